namespace KnowledgeGraph.Store;

/// <summary>How far a load has come: items (nodes and relationships) done out of the total.</summary>
public readonly record struct LoadProgress(string Batch, int Done, int Total);
