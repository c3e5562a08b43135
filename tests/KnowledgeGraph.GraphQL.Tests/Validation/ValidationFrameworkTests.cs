using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

public sealed class ValidationFrameworkTests
{
    private static readonly Schema Schema = SdlSchemaBuilder.Build("""
        type Query { thing(id: ID!, filter: Filter): Thing }
        type Thing { id: ID!, name(upper: Boolean = false): String, child: Thing }
        input Filter { name: String, limit: Int = 10 }
        """);

    [Fact]
    public void Executable_definitions_rule_reports_type_system_definitions()
    {
        var document = Parser.Parse("{ thing(id: 1) { id } }\ntype T { a: Int }\nextend schema @d\n  scalar S");
        var errors = DocumentValidator.Validate(Schema, document, [new ExecutableDefinitionsRule()]);
        Assert.Equal(
            ["The \"T\" definition is not executable.", "The \"schema\" definition is not executable.", "The \"S\" definition is not executable."],
            errors.Select(e => e.Message));
        Assert.Equal([new SourceLocation(2, 1), new SourceLocation(3, 1), new SourceLocation(4, 3)], errors.Select(e => e.Locations[0]));
        Assert.Empty(DocumentValidator.Validate(Schema, Parser.Parse("query Q { thing(id: 1) { id } } fragment F on Thing { id }"), [new ExecutableDefinitionsRule()]));
    }

    [Fact]
    public void Specified_rules_are_discovered_and_ordered_by_section()
    {
        Assert.Contains(SpecifiedRules.All, r => r is ExecutableDefinitionsRule);
        Assert.Equal("5.1.1", SpecifiedRules.All[0].SpecSection);
        for (int i = 1; i < SpecifiedRules.All.Count; i++)
        {
            Assert.True(SpecifiedRules.CompareSections(SpecifiedRules.All[i - 1].SpecSection, SpecifiedRules.All[i].SpecSection) <= 0);
        }

        Assert.True(SpecifiedRules.CompareSections("5.2.1.1", "5.10") < 0);
        Assert.True(SpecifiedRules.CompareSections("5.3", "5.3.1") < 0);
        Assert.Equal(0, SpecifiedRules.CompareSections("5.8.1", "5.8.1"));
    }

    private sealed class EveryFieldRule : IValidationRule
    {
        public string SpecSection => "9";

        public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

        private sealed class Visitor(ValidationContext context) : AstVisitor
        {
            public override VisitorAction EnterField(FieldNode node)
            {
                context.ReportError("field " + node.Name.Value + " on " + context.TypeInfo.ParentType, node);
                return VisitorAction.Continue;
            }
        }
    }

    [Fact]
    public void Rules_see_type_info_and_errors_are_capped()
    {
        var document = Parser.Parse("{ thing(id: 1) { id child { name } } }");
        var errors = DocumentValidator.Validate(Schema, document, [new EveryFieldRule()]);
        Assert.Equal(["field thing on Query", "field id on Thing", "field child on Thing", "field name on Thing"], errors.Select(e => e.Message));
        var capped = DocumentValidator.Validate(Schema, document, [new EveryFieldRule()], maxErrors: 2);
        Assert.Equal(3, capped.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", capped[^1].Message);
    }

    private sealed class ContextProbe : IValidationRule
    {
        public List<string> Seen { get; } = [];

        public string SpecSection => "9";

        public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context, Seen);

        private sealed class Visitor(ValidationContext context, List<string> seen) : AstVisitor
        {
            public override VisitorAction EnterOperationDefinition(OperationDefinitionNode node)
            {
                seen.Add("fragments: " + string.Join(",", context.GetRecursivelyReferencedFragments(node).Select(f => f.Name.Value)));
                seen.Add("spreads: " + string.Join(",", context.GetFragmentSpreads(node.SelectionSet).Select(s => s.Name.Value)));
                foreach (var usage in context.GetRecursiveVariableUsages(node))
                {
                    seen.Add($"${usage.Node.Name.Value}: {usage.Type} default={(usage.DefaultValue is null ? "-" : AstPrinter.Print(usage.DefaultValue))}");
                }

                seen.Add("missing fragment: " + (context.GetFragment("Nope") is null));
                return VisitorAction.Skip;
            }
        }
    }

    [Fact]
    public void Context_resolves_fragments_and_variable_usages()
    {
        var probe = new ContextProbe();
        var document = Parser.Parse("""
            query Q($id: ID!, $u: Boolean, $n: String) { thing(id: $id) { ...A ... on Thing { ...B } } }
            fragment A on Thing { name(upper: $u) ...B ...Nope }
            fragment B on Thing { child { ...A } thing2: child { id } }
            fragment C on Query { thing(id: 1, filter: {name: $n}) { id } }
            """);
        DocumentValidator.Validate(Schema, document, [probe]);
        Assert.Equal(
            [
                "fragments: A,B",
                "spreads: A,B",
                "$id: ID! default=-",
                "$u: Boolean default=false",
                "missing fragment: True",
            ],
            probe.Seen);
    }
}
