using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Store.Neo4j.Writing;

/// <summary>
/// The statements the back-end writes with, in the dialect that runs on Neo4j 3.1 and is valid Cypher 5 (see
/// docs/neo4j.md). Labels and relationship types come from the model (a label cannot be a parameter) and are quoted
/// with backticks; every value is a parameter.
/// </summary>
internal static class Cypher
{
    /// <summary>A label or relationship type from the model, quoted.</summary>
    public static string Quote(string name) => "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";

    /// <summary>Property names the back-end keeps for itself; a model property of such a name is not copied onto the node.</summary>
    public static bool Reserved(string property) => property is "id" or "kind" or "name" or "description" || property.StartsWith('_');

    public static string Rename(NodeKind kind) =>
        $"UNWIND $rows AS row MATCH (n:{Quote(kind.Name)} {{id: row.old}}) SET n.id = row.new";

    /// <summary>
    /// Writes the final state of nodes the load made: <c>CREATE</c> (they did not exist when its transaction read the
    /// graph, and the unique id constraint stands guard).
    /// </summary>
    public static string CreateNodes(NodeKind kind) => $$"""
        UNWIND $rows AS row
        CREATE (n:{{Quote(kind.Name)}} {id: row.id})
        {{NodeState}}
        """;

    /// <summary>Writes the final state of stored nodes the load changed (after renames: by their current id).</summary>
    public static string UpdateNodes(NodeKind kind) => $$"""
        UNWIND $rows AS row
        MATCH (n:{{Quote(kind.Name)}} {id: row.id})
        {{NodeState}}
        """;

    private const string NodeState = """
        SET n.kind = row.kind, n.name = row.name, n.description = row.description, n._seq = row.seq,
            n._names = row.names, n._langs = row.langs, n._folded = row.folded, n._keys = row.keys,
            n._props = row.props, n._sources = row.sources, n._sourceCount = row.sourceCount
        SET n += row.values
        """;

    /// <summary>
    /// Writes relationships' final state between nodes found by their ids (a unique index seek): <c>CREATE</c> for the
    /// ones the load made, <c>MERGE</c> for stored ones. (A <c>MERGE</c> of a new relationship expands every relationship
    /// of its end nodes, including those the transaction made, which made large loads into dense nodes quadratic.)
    /// </summary>
    public static string WriteRelationships(string type, NodeKind from, NodeKind to, bool created) => $$"""
        UNWIND $rows AS row
        MATCH (a:{{Quote(from.Name)}} {id: row.from})
        MATCH (b:{{Quote(to.Name)}} {id: row.to})
        {{(created ? "CREATE" : "MERGE")}} (a)-[r:{{Quote(type)}}]->(b)
        SET r._props = row.props, r._sources = row.sources, r._sourceCount = row.sourceCount
        SET r += row.values
        """;

    /// <summary>The schema for a server of major version <paramref name="major"/>: idempotent statements, one per call.</summary>
    public static IReadOnlyList<string> Schema(GraphModel model, int major)
    {
        var statements = new List<string>();
        foreach (var kind in model.NodeKinds)
        {
            var label = Quote(kind.Name);
            var prefix = "kg_" + kind.Name.ToLowerInvariant();
            // No index on _seq: nothing looks a node up by it, and each index is one more entry per node at commit.
            var indexed = new List<string> { "name" };
            if (kind.ExternalKey is { } key)
            {
                indexed.Add(key.Name);
            }
            if (major >= 5)
            {
                statements.Add($"CREATE CONSTRAINT {prefix}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE");
                statements.AddRange(indexed.Select(p => $"CREATE INDEX {prefix}_{p.TrimStart('_')} IF NOT EXISTS FOR (n:{label}) ON (n.{Quote(p)})"));
            }
            else if (major == 4)
            {
                statements.Add($"CREATE CONSTRAINT {prefix}_id IF NOT EXISTS ON (n:{label}) ASSERT n.id IS UNIQUE");
                statements.AddRange(indexed.Select(p => $"CREATE INDEX {prefix}_{p.TrimStart('_')} IF NOT EXISTS FOR (n:{label}) ON (n.{Quote(p)})"));
            }
            else
            {
                // Neo4j 3.x: no names, no IF NOT EXISTS; creating what exists is a no-op.
                statements.Add($"CREATE CONSTRAINT ON (n:{label}) ASSERT n.id IS UNIQUE");
                statements.AddRange(indexed.Select(p => $"CREATE INDEX ON :{label}({Quote(p)})"));
            }
        }
        if (major >= 5)
        {
            // Name search: a full-text index over every kind's name (3.x has none; 4.x only through procedures).
            statements.Add($"CREATE FULLTEXT INDEX kg_names IF NOT EXISTS FOR (n:{string.Join('|', model.NodeKinds.Select(k => Quote(k.Name)))}) ON EACH [n.name]");
        }
        return statements;
    }
}
