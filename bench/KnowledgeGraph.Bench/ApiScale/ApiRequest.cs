namespace KnowledgeGraph.Bench.ApiScale;

/// <summary>
/// One measured request: a GraphQL query with one root field, and its floor, a hand-written SQL statement over the same
/// store that returns the same answer (the root field's JSON value) with no more work than the answer needs.
/// </summary>
/// <param name="Name">A short label (q1 ... q6, nested).</param>
/// <param name="Field">The root field (the key under <c>data</c>).</param>
/// <param name="Query">The GraphQL document.</param>
/// <param name="FloorSql">The floor statement; it returns one JSON text.</param>
/// <param name="FloorParameters">The floor statement's parameters.</param>
public sealed record ApiRequest(string Name, string Field, string Query, string FloorSql, IReadOnlyList<(string Name, object Value)> FloorParameters);
