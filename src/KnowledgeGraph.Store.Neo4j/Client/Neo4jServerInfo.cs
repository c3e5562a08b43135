namespace KnowledgeGraph.Store.Neo4j.Client;

/// <summary>Which HTTP protocol the client speaks to a server.</summary>
public enum Neo4jProtocol
{
    /// <summary>The transactional Cypher endpoint: <c>/db/data/transaction</c> (3.x), <c>/db/&lt;db&gt;/tx</c> (4.x, 5.x).</summary>
    Transactional,

    /// <summary>The Query API, <c>/db/&lt;db&gt;/query/v2</c> (5.19 and later, the only HTTP interface on Aura).</summary>
    QueryApi,
}

/// <summary>What discovery (<c>GET /</c>) found: the server's version and the endpoints it offers.</summary>
/// <param name="Version">The version the server states (<c>3.1.1</c>, <c>5.26.0</c>), or empty when it does not say.</param>
/// <param name="Transactional">The transactional endpoint for the configured database, when offered.</param>
/// <param name="Query">The Query API for the configured database, when offered.</param>
public sealed record Neo4jServerInfo(string Version, Uri? Transactional, Uri? Query)
{
    /// <summary>
    /// The protocol in use: the transactional endpoint where the server has it (it streams every row and sends several
    /// statements per call), else the Query API (Aura).
    /// </summary>
    public Neo4jProtocol Protocol => Transactional is not null ? Neo4jProtocol.Transactional : Neo4jProtocol.QueryApi;

    /// <summary>The major version (3, 4, 5, 2025 ...), or 0 when unknown.</summary>
    public int Major => int.TryParse(Version.Split('.')[0], out var major) ? major : 0;
}
