using System.Text;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Tests.Language;

/// <summary>
/// Mutation-based robustness: thousands of damaged or hostile documents must either parse (and then
/// round-trip through the printer) or fail with <see cref="GraphQLSyntaxException"/>; nothing else,
/// no stack overflow, no hang.
/// </summary>
public class RobustnessTests
{
    private const int Mutations = 3000;

    private static readonly string[] Seeds =
    [
        Fixtures.Read("kitchen-sink.graphql"),
        Fixtures.Read("schema-kitchen-sink.graphql"),
        Fixtures.Read("introspection-query.graphql"),
        "{ a(b: [1, 2.5e3, \"s\\u00e9\", \"\"\"block\"\"\", {c: $d}]) @x { ...F } }",
    ];

    private static readonly string[] Fragments =
    [
        "{", "}", "[", "]", "(", ")", "\"", "\"\"\"", "\\", "\\u", "\\u{", "\\uD83D", "\\uDE00", "\\u{110000}", "$", "@", "...", "..",
        ".", "!", "=", ":", "|", "&", "#", "\n", "\r", "\t", ",", "0", "00", "-", "1e", "1.", "0x1", "1e309", "-0.0",
        "99999999999999999999999999999", "on", "fragment", "query", "type", "extend", "schema", "directive", "repeatable",
        "implements", "true", "null", "\u0000", "\uFEFF", "\u00e9", "\U0001F600", ((char)0xD800).ToString(), ((char)0xDC00).ToString(),
    ];

    /// <summary>True when <paramref name="text"/> parsed (and round-tripped); false when it failed with a syntax error inside the text.</summary>
    private static bool AssertParsesOrSyntaxError(string text)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(text);
        }
        catch (GraphQLSyntaxException ex)
        {
            // The error points into the text: a line it has (or the end), a column of that line (or just past it).
            var lines = text.Split(["\r\n", "\n", "\r"], StringSplitOptions.None);
            Assert.InRange(ex.Line, 1, lines.Length);
            Assert.InRange(ex.Column, 1, lines[ex.Line - 1].Length + 1);
            return false;
        }

        var printed = AstPrinter.Print(document);
        var reparsed = Parser.Parse(printed, ParserOptions.Trusted);
        Assert.True(AstComparer.Instance.Equals(document, reparsed), "round trip failed for:\n" + text + "\nprinted:\n" + printed);
        return true;
    }

    [Fact]
    public void Random_mutations_only_produce_syntax_errors()
    {
        var random = new Random(20211026);
        int parsed = 0, failed = 0;
        for (int i = 0; i < Mutations; i++)
        {
            var seed = Seeds[random.Next(Seeds.Length)];
            var sb = new StringBuilder(seed);
            int mutations = 1 + random.Next(4);
            for (int m = 0; m < mutations; m++)
            {
                int at = random.Next(sb.Length + 1);
                switch (random.Next(5))
                {
                    case 0:
                        sb.Length = at;
                        break;
                    case 1:
                        if (at < sb.Length)
                        {
                            sb[at] = (char)random.Next(0, 0x80);
                        }

                        break;
                    case 2:
                        sb.Insert(at, Fragments[random.Next(Fragments.Length)]);
                        break;
                    case 3:
                        if (at < sb.Length)
                        {
                            sb.Remove(at, Math.Min(sb.Length - at, random.Next(1, 20)));
                        }

                        break;
                    default:
                        if (at < sb.Length)
                        {
                            sb[at] = (char)random.Next(0, 0x10000);
                        }

                        break;
                }
            }

            if (AssertParsesOrSyntaxError(sb.ToString()))
            {
                parsed++;
            }
            else
            {
                failed++;
            }
        }

        // The mutations must exercise both paths: documents that still parse (and round-trip) and syntax errors.
        Assert.True(parsed > Mutations / 20, $"parsed: {parsed} of {Mutations}");
        Assert.True(failed > Mutations / 2, $"syntax errors: {failed} of {Mutations}");
    }

    [Theory]
    [InlineData("{", 100_000)]
    [InlineData("[", 100_000)]
    [InlineData("{a", 100_000)]
    [InlineData("{a(b:", 50_000)]
    [InlineData("{a(b:[", 50_000)]
    [InlineData("{a(b:{c:", 50_000)]
    [InlineData("query($v:[", 50_000)]
    [InlineData("type T { f: [", 50_000)]
    [InlineData("...", 100_000)]
    [InlineData("\"\"\"", 30_001)]
    public void Deep_or_repetitive_input_fails_cleanly(string unit, int count)
    {
        var text = string.Concat(Enumerable.Repeat(unit, count));
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(text));
    }

    [Fact]
    public void Huge_tokens_are_handled()
    {
        var longString = "{ a(s: \"" + new string('x', 2_000_000) + "\") }";
        Parser.Parse(longString);
        var longBlock = "{ a(s: \"\"\"" + string.Concat(Enumerable.Repeat("  line\n", 100_000)) + "\"\"\") }";
        Parser.Parse(longBlock);
        Parser.Parse("{ a(i: " + new string('9', 100_000) + ", f: 1." + new string('1', 100_000) + "e" + new string('9', 1000) + ") }");
        var longName = "{ " + new string('n', 1_000_000) + " }";
        Parser.Parse(longName);
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a(s: \"" + new string('x', 1_000_000)));
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a(s: \"\"\"" + new string('x', 1_000_000)));
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(string.Concat(Enumerable.Repeat("a ", 60_000))));
        var manyTokens = "{ " + string.Concat(Enumerable.Repeat("a ", 100_000)) + "}";
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(manyTokens));
        Parser.Parse(manyTokens, ParserOptions.Trusted);
    }

    [Fact]
    public void Invalid_surrogates_and_escapes_fail_cleanly()
    {
        string[] cases =
        [
            "{ a(s: \"\\uD800\") }", "{ a(s: \"\\uDBFF\\uDBFF\") }", "{ a(s: \"\\uDC00\\uD800\") }", "{ a(s: \"\\u{D800}\") }",
            "{ a(s: \"\\u{FFFFFFFFF}\") }", "{ a(s: \"" + (char)0xD800 + "\") }", "{ a(s: \"\"\"" + (char)0xDC00 + "\"\"\") }",
            "{ a" + (char)0xD800 + " }", "{ a(s: \"\\u{\") }", "{ a(s: \"\\u{1F600\") }", "{ a(s: \"\\uD83D\\u{DE00}\") }",
        ];
        foreach (var text in cases)
        {
            Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(text));
        }

        Assert.Equal("\U0001F600", ((StringValueNode)Parser.ParseValue("\"\\uD83D\\uDE00\"")).Value);
    }
}
