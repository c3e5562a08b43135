namespace KnowledgeGraph.Store.Neo4j.Client;

/// <summary>One Cypher statement with its parameters. Every value goes in a parameter; none is spliced into the text.</summary>
public sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?>? Parameters = null)
{
    /// <summary>The statement without parameters.</summary>
    public static implicit operator CypherStatement(string text) => new(text);

    /// <summary>The statement as text (for messages).</summary>
    public override string ToString() => Text;
}

/// <summary>Whether a call only reads (and may be retried) or may write (and is not retried on its own).</summary>
public enum AccessMode
{
    /// <summary>Reads only: tried again after a transient failure.</summary>
    Read,

    /// <summary>May write: a transient failure is reported, not retried (a lost answer may hide a done write).</summary>
    Write,
}
