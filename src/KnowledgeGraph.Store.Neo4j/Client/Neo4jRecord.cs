using System.Text.Json;

namespace KnowledgeGraph.Store.Neo4j.Client;

/// <summary>One row of a result: the columns' names and values (JSON as the server sent it).</summary>
public sealed class Neo4jRecord
{
    internal Neo4jRecord(IReadOnlyList<string> keys, JsonElement values)
    {
        Keys = keys;
        Values = values;
    }

    /// <summary>The column names.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>The row as a JSON array, one element per column.</summary>
    public JsonElement Values { get; }

    /// <summary>The value of column <paramref name="index"/>.</summary>
    public JsonElement this[int index] => Values[index];

    /// <summary>The value of the column named <paramref name="key"/>.</summary>
    public JsonElement this[string key]
    {
        get
        {
            for (var i = 0; i < Keys.Count; i++)
            {
                if (Keys[i] == key)
                {
                    return Values[i];
                }
            }
            throw new KeyNotFoundException($"The result has no column '{key}' (columns: {string.Join(", ", Keys)}).");
        }
    }
}

/// <summary>What statements changed, summed over the statements of one call (Neo4j's counters).</summary>
public sealed class Neo4jCounters
{
    private readonly Dictionary<string, long> _values = new(StringComparer.Ordinal);

    /// <summary>A counter by Neo4j's name, in either spelling (<c>nodes_created</c> or <c>nodesCreated</c>); 0 when absent.</summary>
    public long this[string name] => _values.TryGetValue(Normalize(name), out var v) ? v : 0;

    /// <summary>Nodes created.</summary>
    public long NodesCreated => this["nodescreated"];

    /// <summary>Relationships created.</summary>
    public long RelationshipsCreated => this["relationshipscreated"];

    /// <summary>Properties set.</summary>
    public long PropertiesSet => this["propertiesset"];

    /// <summary>Nodes deleted.</summary>
    public long NodesDeleted => this["nodesdeleted"];

    /// <summary>True when anything changed.</summary>
    public bool ContainsUpdates => _values.Any(kv => kv.Value > 0 && kv.Key != "containsupdates" && kv.Key != "containssystemupdates");

    internal void Add(JsonElement stats)
    {
        if (stats.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        foreach (var p in stats.EnumerateObject())
        {
            if (p.Value.ValueKind == JsonValueKind.Number && p.Value.TryGetInt64(out var n))
            {
                var key = Normalize(p.Name);
                _values[key] = (_values.TryGetValue(key, out var old) ? old : 0) + n;
            }
        }
    }

    internal void Add(Neo4jCounters other)
    {
        foreach (var (key, value) in other._values)
        {
            _values[key] = (_values.TryGetValue(key, out var old) ? old : 0) + value;
        }
    }

    private static string Normalize(string name) => name.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();

    /// <inheritdoc/>
    public override string ToString() => string.Join(", ", _values.Where(kv => kv.Value != 0).Select(kv => $"{kv.Key}={kv.Value}"));
}
