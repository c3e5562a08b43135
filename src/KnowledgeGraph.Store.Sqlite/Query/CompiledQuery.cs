namespace KnowledgeGraph.Store.Sqlite.Query;

/// <summary>One SQL statement returning one row with one JSON text column, and its parameter values.</summary>
/// <param name="Sql">The statement.</param>
/// <param name="Parameters">Every value the statement uses, by name (<c>$p1</c>...): long, double, string or null.</param>
public sealed record CompiledQuery(string Sql, IReadOnlyList<KeyValuePair<string, object?>> Parameters);
