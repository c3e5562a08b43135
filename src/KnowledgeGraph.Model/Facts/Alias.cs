namespace KnowledgeGraph.Model.Facts;

/// <summary>Another name of a node, optionally in a language (ISO 639-1), such as Barcelone (fr).</summary>
public sealed record Alias(string Name, string? Language = null);
