using System.Text;
using BenchmarkDotNet.Attributes;
using KnowledgeGraph.GraphQL;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using KnowledgeGraph.GraphQL.Validation.Rules.Optional;

namespace KnowledgeGraph.Bench.GraphQL;

/// <summary>
/// The documents the rule tests use to prove that validation stays polynomial on hostile input (their wall-clock bounds
/// moved here): fragments that spread each other so that the paths grow exponentially with <see cref="Size"/>. Read the
/// result as the ratio between the two sizes of one method: twice the size must cost about twice (or, for the dense
/// case, four times: the document itself grows with the square), never the exponential growth of the paths.
/// </summary>
[MemoryDiagnoser]
public class HostileInputBenchmarks
{
    private Schema _schema = null!;
    private DocumentNode _shared = null!;
    private DocumentNode _dense = null!;

    /// <summary>The size: 1 or 2 (twice as many fragments).</summary>
    [Params(1, 2)]
    public int Size { get; set; } = 1;

    /// <summary>Builds the schema and the two documents once; checks they are valid.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _schema = SdlSchemaBuilder.Build(BenchInputs.Read("schema"));
        _shared = SharedIntrospectionFragments(30 * Size);
        _dense = DenselySharedFragments(150 * Size);
        if (SharedFragments().Count > 0 || DenseFragments().Count > 0)
        {
            throw new InvalidOperationException("The hostile documents must be valid.");
        }
    }

    /// <summary>Each fragment spreads the next one twice (2^n paths through __Type): MaxIntrospectionDepthRule memoises them.</summary>
    [Benchmark]
    public IReadOnlyList<GraphQLError> SharedFragments() => DocumentValidator.Validate(_schema, _shared, [new MaxIntrospectionDepthRule()]);

    /// <summary>Every fragment spreads all later ones: NoFragmentCyclesRule searches each fragment once.</summary>
    [Benchmark]
    public IReadOnlyList<GraphQLError> DenseFragments() => DocumentValidator.Validate(_schema, _dense, [new NoFragmentCyclesRule()]);

    private static DocumentNode SharedIntrospectionFragments(int n)
    {
        var sb = new StringBuilder("{ __schema { types { ...F0 } } }\n");
        for (var i = 0; i < n; i++)
        {
            sb.Append($"fragment F{i} on __Type {{ name ofType {{ ...F{i + 1} }} ofType {{ ...F{i + 1} }} }}\n");
        }
        sb.Append($"fragment F{n} on __Type {{ fields {{ name }} }}\n");
        return Parser.Parse(sb.ToString(), ParserOptions.Trusted);
    }

    private static DocumentNode DenselySharedFragments(int n)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < n; i++)
        {
            sb.Append($"fragment F{i} on Dog {{ name");
            for (var j = i + 1; j < n; j++)
            {
                sb.Append($" ...F{j}");
            }
            sb.Append(" }\n");
        }
        return Parser.Parse(sb.ToString(), ParserOptions.Trusted);
    }
}
