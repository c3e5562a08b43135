using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Sqlite;

namespace KnowledgeGraph.Seed.Tests.TestSupport;

/// <summary>Reads a store file's whole graph through the store port.</summary>
public static class StoreReader
{
    public static async Task<(List<StoredNode> Nodes, List<StoredRelationship> Relationships)> ReadAsync(string path)
    {
        await using var store = SqliteGraphStore.Open(path);
        var nodes = new List<StoredNode>();
        await foreach (var node in store.ReadNodesAsync())
        {
            nodes.Add(node);
        }
        var relationships = new List<StoredRelationship>();
        await foreach (var rel in store.ReadRelationshipsAsync())
        {
            relationships.Add(rel);
        }
        return (nodes, relationships);
    }
}
