using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Tests.Shared;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite.Tests.TestSupport;

/// <summary>A real store file in a temp folder, opened for the test and deleted after it.</summary>
public abstract class StoreTestBase : IAsyncLifetime
{
    protected TempFolder Temp { get; } = new();

    protected string StorePath => Temp.File("graph.db");

    protected SqliteGraphStore Store { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Store = SqliteGraphStore.Open(StorePath);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        Temp.Dispose();
    }

    protected Task<LoadReport> LoadAsync(params GraphBatch[] batches) => Store.LoadAsync(batches);

    protected StoreSnapshot Snapshot() => StoreSnapshot.Take(Store.Connection);

    protected async Task<List<StoredNode>> NodesAsync()
    {
        var nodes = new List<StoredNode>();
        await foreach (var node in Store.ReadNodesAsync())
        {
            nodes.Add(node);
        }
        return nodes;
    }

    protected async Task<List<StoredRelationship>> RelationshipsAsync()
    {
        var rels = new List<StoredRelationship>();
        await foreach (var rel in Store.ReadRelationshipsAsync())
        {
            rels.Add(rel);
        }
        return rels;
    }

    protected async Task<StoredNode> NodeAsync(string id) => Assert.Single(await NodesAsync(), n => n.Id == id);

    protected List<string> Column(string sql, params (string Name, object Value)[] parameters)
    {
        using var cmd = Store.Connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value);
        }
        using var reader = cmd.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }
        return values;
    }

    /// <summary>The id of the node a key (any id a source used) resolves to.</summary>
    protected string? Resolve(string key) =>
        Column("SELECT n.id FROM node_keys k JOIN nodes n ON n.seq = k.node WHERE k.key = $key", ("$key", key)).SingleOrDefault();

    protected static SqliteConnection OpenConnection(string path)
    {
        var connection = new SqliteConnection(SqliteGraphStore.ConnectionString(path));
        connection.Open();
        return connection;
    }
}
