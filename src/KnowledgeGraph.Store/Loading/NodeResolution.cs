namespace KnowledgeGraph.Store.Loading;

/// <summary>
/// Which stored node an asserted node is (<see cref="Found"/>, <see cref="Node"/>), how it was found, and the ids the
/// back-end records for it.
/// </summary>
/// <param name="AssertedId">The id the assertion uses.</param>
/// <param name="ExternalId">The canonical external id (<c>city:geonames:3128760</c>) when the assertion claims the kind's external key.</param>
/// <param name="Method">How it was found; <see cref="MergeMethod.None"/> when it is new.</param>
/// <param name="Node">The stored node, when found.</param>
public sealed record NodeResolution<TNode>(string AssertedId, string? ExternalId, MergeMethod Method, TNode? Node)
{
    /// <summary>True when the assertion names a stored node.</summary>
    public bool Found => Method != MergeMethod.None;

    /// <summary>The id a new node gets: the external id when there is one, else the asserted id.</summary>
    public string CanonicalId => ExternalId ?? AssertedId;

    /// <summary>
    /// The ids that must resolve to the node after the load (<see cref="CanonicalId"/>, then <see cref="AssertedId"/>),
    /// so merged and renamed ids still resolve.
    /// </summary>
    public IEnumerable<string> Keys => ExternalId is null || ExternalId == AssertedId ? [AssertedId] : [ExternalId, AssertedId];

    /// <summary>
    /// The id a found node whose id is <paramref name="currentId"/> takes, or null to keep it: a node just recognised in
    /// an outside register (found by id or name, with an external key no node holds yet) takes its canonical external id.
    /// </summary>
    public string? RenameTo(string currentId) =>
        Found && ExternalId is not null && Method != MergeMethod.ExternalKey && currentId != ExternalId ? ExternalId : null;
}
