using BenchmarkDotNet.Attributes;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.Bench.GraphQL;

/// <summary>Parsing a document into the AST (allocations per parse reported by the memory diagnoser).</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private string _text = "";

    /// <summary>Which input of <c>bench/inputs/</c>.</summary>
    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = "typical";

    /// <summary>The input names.</summary>
    public static IEnumerable<string> Inputs => BenchInputs.Names;

    /// <summary>Loads the input once.</summary>
    [GlobalSetup]
    public void Setup() => _text = BenchInputs.Read(Input);

    /// <summary>One parse (no token limit, as graphql-js has none by default).</summary>
    [Benchmark]
    public DocumentNode Parse() => Parser.Parse(_text, ParserOptions.Trusted);
}
