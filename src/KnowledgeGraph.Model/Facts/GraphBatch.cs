namespace KnowledgeGraph.Model.Facts;

/// <summary>
/// A self-contained set of facts that is loaded as one unit (one transaction): a study file, or one import.
/// Every relationship names nodes asserted in the same batch.
/// </summary>
/// <param name="Name">What the batch came from (a file path or a dataset name), for reports.</param>
/// <param name="Nodes">Node assertions.</param>
/// <param name="Relationships">Relationship assertions.</param>
public sealed record GraphBatch(string Name, IReadOnlyList<NodeAssertion> Nodes, IReadOnlyList<RelationshipAssertion> Relationships);
