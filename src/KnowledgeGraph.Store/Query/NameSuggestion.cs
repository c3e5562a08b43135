namespace KnowledgeGraph.Store.Query;

/// <summary>A node whose name or alias is close to a text that matched nothing.</summary>
/// <param name="Id">The node's id.</param>
/// <param name="Kind">The node's kind name.</param>
/// <param name="Name">The node's display name.</param>
/// <param name="Matched">The name or alias that came closest (the display name or one of the aliases).</param>
/// <param name="Distance">The spelling distance of <paramref name="Matched"/>, folded, from the text, folded (0 when the name contains the text as a whole word).</param>
public sealed record NameSuggestion(string Id, string Kind, string Name, string Matched, int Distance)
{
    /// <summary>The suggestion as a reader sees it: <c>"Culture" (theme:culture)</c>, with the alias when it is the name that matched.</summary>
    public override string ToString() =>
        Matched == Name ? $"\"{Name}\" ({Id})" : $"\"{Name}\" ({Id}, also \"{Matched}\")";
}
