using BenchmarkDotNet.Attributes;
using KnowledgeGraph.GraphQL;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation;

namespace KnowledgeGraph.Bench.GraphQL;

/// <summary>Parse + validate with every specified rule against <c>bench/inputs/schema.graphql</c> (built once).</summary>
[MemoryDiagnoser]
public class ValidateBenchmarks
{
    private string _text = "";
    private Schema _schema = null!;

    /// <summary>Which input of <c>bench/inputs/</c>.</summary>
    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = "typical";

    /// <summary>The input names.</summary>
    public static IEnumerable<string> Inputs => BenchInputs.Names;

    /// <summary>Loads the input and builds the schema once; checks the input really is valid.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = BenchInputs.Read(Input);
        _schema = SdlSchemaBuilder.Build(BenchInputs.Read("schema"));
        var errors = ParseAndValidate();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"{Input} is not valid: {errors[0]}");
        }
    }

    /// <summary>One parse followed by full validation.</summary>
    [Benchmark]
    public IReadOnlyList<GraphQLError> ParseAndValidate() =>
        DocumentValidator.Validate(_schema, Parser.Parse(_text, ParserOptions.Trusted));
}
