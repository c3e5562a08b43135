using System.Text.Json;
using BenchmarkDotNet.Attributes;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.Bench.GraphQL;

/// <summary>
/// Execution of an already prepared (parsed, validated) operation against <c>bench/inputs/schema.graphql</c> with the
/// default resolvers, like graphql-js's <c>execute</c> in <c>bench/graphql-js/bench.js</c>: the standard introspection
/// query, and <c>bench/inputs/nested.graphql</c> over <c>bench/inputs/data.json</c> (read into plain dictionaries and
/// arrays once; abstract types resolved from the <c>__typename</c> entries).
/// </summary>
[MemoryDiagnoser]
public class ExecuteBenchmarks
{
    private GraphQLExecutor _executor = null!;
    private PreparedRequest _prepared = null!;

    /// <summary>Which operation: <c>introspection</c> or <c>nested</c>.</summary>
    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = "nested";

    /// <summary>The input names.</summary>
    public static IEnumerable<string> Inputs => ["introspection", "nested"];

    /// <summary>Builds the schema, loads the data and prepares the request once; checks it executes without errors.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var schema = SdlSchemaBuilder.Build(BenchInputs.Read("schema"));
        _executor = new GraphQLExecutor(schema, ExecutionOptions.Default with { Timeout = null });
        var root = Input == "nested" ? LoadData() : null;
        _prepared = _executor.Prepare(new GraphQLRequest { Query = BenchInputs.Read(Input), RootValue = root });
        if (!_prepared.IsValid)
        {
            throw new InvalidOperationException($"{Input} is not valid: {_prepared.Errors[0]}");
        }

        var result = Execute();
        if (result.Errors.Count > 0 || result.Data is null)
        {
            throw new InvalidOperationException($"{Input} failed: {result.ToJson()}");
        }
    }

    /// <summary>One execution into the result tree.</summary>
    [Benchmark]
    public ExecutionResult Execute() => _executor.ExecuteAsync(_prepared).GetAwaiter().GetResult();

    /// <summary>One execution followed by its serialisation to UTF-8 JSON.</summary>
    [Benchmark]
    public long ExecuteAndSerialize()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = ResultJsonWriter.Encoder, SkipValidation = true }))
        {
            Execute().WriteTo(writer);
        }

        return buffer.WrittenCount;
    }

    /// <summary>Reads <c>bench/inputs/data.json</c> into dictionaries, arrays, strings, ints, doubles and booleans.</summary>
    private static object? LoadData()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(BenchInputs.Folder, "data.json")));
        return ToPlain(json.RootElement);
    }

    private static object? ToPlain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ToPlain(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => element.EnumerateArray().Select(ToPlain).ToArray(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt32(out var i) ? i : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
