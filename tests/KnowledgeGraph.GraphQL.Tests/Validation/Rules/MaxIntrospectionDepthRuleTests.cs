using System.Text;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules.Optional;
using static KnowledgeGraph.GraphQL.Tests.Validation.RuleHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class MaxIntrospectionDepthRuleTests
{
    private static readonly MaxIntrospectionDepthRule Rule = new();

    [Fact]
    public void Two_nested_list_fields_are_allowed_three_are_not()
    {
        ExpectValid(Rule, "{ __schema { types { fields { type { fields { name } } } } } }");
        var errors = ExpectErrors(Rule, "{ __schema { types { ...F } } } fragment F on __Type { inputFields { type { interfaces { possibleTypes { name } } } } }", (1, 3));
        Assert.Equal("Maximum introspection depth exceeded.", errors[0].Message);
    }

    [Fact]
    public void List_fields_outside_introspection_roots_are_not_counted()
    {
        ExpectValid(Rule, "{ dog { fields: name interfaces: name possibleTypes: name } }");
    }

    [Fact]
    public void Shared_fragments_are_memoised()
    {
        // Each fragment spreads the next one twice: 2^n paths, none of them too deep.
        const int n = 60;
        var sb = new StringBuilder("{ __schema { types { ...F0 } } }\n");
        for (int i = 0; i < n; i++)
        {
            sb.Append($"fragment F{i} on __Type {{ name ofType {{ ...F{i + 1} }} ofType {{ ...F{i + 1} }} }}\n");
        }

        sb.Append($"fragment F{n} on __Type {{ fields {{ name }} }}\n");
        var document = Parser.Parse(sb.ToString(), ParserOptions.Trusted);
        // Its cost is measured in bench/ (HostileInputBenchmarks: growth with n, as a ratio), not bounded here.
        Assert.Empty(DocumentValidator.Validate(TestSchema, document, [Rule]));
    }
}
