using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>
/// Checks the engine's own part on the shared conformance cases, independent of which rules exist yet:
/// every schema builds, every document parses, and a TypeInfo walk over it never throws.
/// </summary>
public sealed class ConformanceInfrastructureTests
{
    [Fact]
    public void Every_case_schema_builds_and_every_document_parses_and_walks()
    {
        var failures = new List<string>();
        var schemas = new Dictionary<string, Schema>(StringComparer.Ordinal);
        foreach (var c in ConformanceCases.Cases)
        {
            try
            {
                if (!schemas.TryGetValue(c.Schema, out var schema))
                {
                    schema = SdlSchemaBuilder.Build(c.Schema);
                    schemas[c.Schema] = schema;
                }

                var document = Parser.Parse(c.Query);
                Assert.True(AstComparer.Instance.Equals(document, Parser.Parse(AstPrinter.Print(document))));
                DocumentValidator.Validate(schema, document, [new TypeInfoProbeRule()]);
            }
            catch (Exception ex)
            {
                failures.Add($"#{c.Index} {c.Rule}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Every_case_schema_passes_schema_validation()
    {
        var failures = new List<string>();
        foreach (var text in ConformanceCases.Cases.Select(c => c.Schema).Distinct(StringComparer.Ordinal))
        {
            var errors = SchemaValidator.Validate(SdlSchemaBuilder.Build(text));
            if (errors.Count > 0)
            {
                failures.Add(string.Join("; ", errors.Select(e => e.Message)));
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private sealed class TypeInfoProbeRule : IValidationRule
    {
        public string SpecSection => "0";

        public AstVisitor CreateVisitor(ValidationContext context) => new Probe(context);

        private sealed class Probe(ValidationContext context) : AstVisitor
        {
            public override VisitorAction Enter(Node node)
            {
                _ = context.TypeInfo.Type;
                _ = context.TypeInfo.ParentType;
                _ = context.TypeInfo.InputType;
                if (node is OperationDefinitionNode operation)
                {
                    _ = context.GetRecursiveVariableUsages(operation);
                }

                return VisitorAction.Continue;
            }
        }
    }
}
