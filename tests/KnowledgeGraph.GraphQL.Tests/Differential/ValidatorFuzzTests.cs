using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation;

namespace KnowledgeGraph.GraphQL.Tests.Differential;

/// <summary>
/// Robustness: thousands of randomly mutated documents (token deletions, duplications, swaps and stray
/// insertions, and names replaced by other names of the corpus, applied repeatedly) go through parse + full validation. Only syntax errors or
/// GraphQL errors may come out — no other exception, no hang. Needs no node.
/// </summary>
public sealed class ValidatorFuzzTests
{
    private const int Documents = 4000;

    private static readonly Schema TestSchema = SdlSchemaBuilder.Build(DifferentialCorpus.Schema);

    // Names that occur in the schema or the corpus, plus some that do not: swapping them keeps the syntax
    // mostly intact so that the validator rather than the parser sees the damage.
    private static readonly string[] Names =
    [
        "id", "name", "age", "friends", "pets", "best", "dog", "person", "people", "node", "search", "lookup", "echo",
        "filter", "sort", "limit", "first", "after", "upper", "command", "range", "from", "to", "Person", "Dog", "Cat",
        "Pet", "Named", "Living", "Node", "Query", "Mutation", "Subscription", "Filter", "Lookup", "Range", "Int", "String",
        "Boolean", "ID", "Float", "DateTime", "Color", "RED", "SIT", "ASC", "true", "null", "include", "skip", "tag",
        "cached", "sensitive", "__typename", "__schema", "__type", "on", "fragment", "query", "mutation", "subscription",
        "Unknown", "zz", "A", "B", "C", "F",
    ];

    private static string SwapName(string text, Random random)
    {
        var names = DifferentialCorpus.Tokens(text).Where(t => Lexer.IsNameStart(text[t.Start])).ToList();
        if (names.Count == 0)
        {
            return text;
        }

        var (start, end) = names[random.Next(names.Count)];
        return text[..start] + Names[random.Next(Names.Length)] + text[end..];
    }

    [Fact]
    public void Mutated_documents_yield_only_graphql_errors()
    {
        var random = new Random(7_351);
        var seeds = DifferentialCorpus.ValidDocuments;
        int syntaxErrors = 0, invalid = 0, valid = 0;
        for (int i = 0; i < Documents; i++)
        {
            var text = seeds[random.Next(seeds.Count)];
            int edits = 1 + random.Next(4);
            for (int e = 0; e < edits; e++)
            {
                text = random.Next(3) == 0 ? DifferentialCorpus.TokenMutation(text, random).Query : SwapName(text, random);
            }

            DocumentNode document;
            try
            {
                document = Parser.Parse(text);
            }
            catch (GraphQLSyntaxException)
            {
                syntaxErrors++;
                continue;
            }

            IReadOnlyList<GraphQLError> errors;
            try
            {
                errors = DocumentValidator.Validate(TestSchema, document);
            }
            catch (Exception ex)
            {
                Assert.Fail($"validation threw {ex.GetType().Name} on:\n{text}\n{ex}");
                return;
            }

            // Every error says what and where: a message, and locations inside the document.
            var lines = text.Split(["\r\n", "\n", "\r"], StringSplitOptions.None);
            Assert.All(errors, error =>
            {
                Assert.False(string.IsNullOrEmpty(error.Message));
                Assert.NotEmpty(error.Locations);
                Assert.All(error.Locations, at =>
                {
                    Assert.InRange(at.Line, 1, lines.Length);
                    Assert.InRange(at.Column, 1, lines[at.Line - 1].Length + 1);
                });
            });
            if (errors.Count == 0)
            {
                valid++;
            }
            else
            {
                invalid++;
            }
        }

        // The mutations must exercise the parser's and the validator's error paths, and the path of documents that stay valid.
        Assert.True(syntaxErrors > Documents / 10, $"syntax errors: {syntaxErrors}");
        Assert.True(invalid > Documents / 10, $"invalid documents: {invalid}");
        Assert.True(valid > Documents / 100, $"valid documents: {valid}");
    }
}
