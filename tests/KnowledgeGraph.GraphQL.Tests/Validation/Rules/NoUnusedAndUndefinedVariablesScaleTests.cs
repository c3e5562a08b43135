using System.Text;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The variable rules read the context's memoised usages: many operations sharing a deep chain of
/// fragments must validate quickly (a per-operation re-walk of the chain would be quadratic).
/// Timings are not asserted; a hang would trip the per-test timeout.
/// </summary>
public sealed class NoUnusedAndUndefinedVariablesScaleTests
{
    private static string LargeDocument(int operations, int fragments)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < operations; i++)
        {
            sb.Append($"query Q{i}($v: Int, $unused{i}: Int) {{ complicatedArgs {{ ...F0 }} }}\n");
        }

        for (int i = 0; i < fragments; i++)
        {
            var next = i + 1 < fragments ? $" ...F{i + 1}" : string.Empty;
            sb.Append($"fragment F{i} on ComplicatedArgs {{ a{i}: intArgField(intArg: $v){next} }}\n");
        }

        return sb.ToString();
    }

    [Fact(Timeout = 30_000)]
    public async Task Many_operations_over_a_long_fragment_chain_validate_quickly()
    {
        await Task.Yield();
        var document = Parser.Parse(LargeDocument(500, 500), ParserOptions.Trusted);
        var errors = DocumentValidator.Validate(
            InputRulesSchema.Schema, document, [new NoUnusedVariablesRule(), new NoUndefinedVariablesRule(), new VariablesInAllowedPositionRule()], maxErrors: 10_000);

        Assert.Equal(500, errors.Count);
        Assert.All(errors, e => Assert.Contains("is never used in operation", e.Message, StringComparison.Ordinal));
    }
}
