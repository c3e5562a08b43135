using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Tests.Language;

public class PrinterTests
{
    public static TheoryData<string> Corpus => new()
    {
        "{ a }",
        "query { a }",
        "query Q($a: Int = 1, $b: [String!]! @d) @op { x: f(a: $a, b: [1, 2.5, \"s\", true, null, E, {k: [$b]}]) @skip(if: false) { ...F ... on T { g } ... @include(if: true) { h } } }",
        "mutation M { m(input: {a: 1, b: {c: \"d\"}}) { id } }",
        "subscription { s }",
        "fragment F on T @x(y: 1) { a b { c } }",
        "\"op desc\" query Q(\"var desc\" $v: Int) { a }",
        "\"\"\"\nblock op\n\"\"\" fragment F on T { a }",
        "{ a(s: \"quote \\\" backslash \\\\ newline \\n tab \\t unicode \\u00e9 \\u{1F600} control \\u0001\") }",
        "{ a(s: \"\"\"  leading space\n  kept\"\"\") }",
        "{ a(s: \"\"\"\n    indented\n      more\n    back\n  \"\"\") }",
        "{ a(s: \"\"\"has \\\"\"\" triple\"\"\") }",
        "{ a(s: \"\"\"   \"\"\") }",
        "{ a(s: \"\"\"ends with quote\" \"\"\", t: \"\"\"ends with backslash\\\n\"\"\") }",
        "schema { query: Q mutation: M subscription: S }",
        "\"d\" schema @x { query: Q }",
        "extend schema @a { mutation: M }",
        "extend schema @a",
        "scalar S @specifiedBy(url: \"u\")",
        "extend scalar S @d",
        "type T implements A & B @d { \"f\" f(\"a\" a: Int = 1 @x, b: [T!]! = []): String! @deprecated(reason: \"no\") g: T }",
        "type T",
        "extend type T implements C @d { h: Int }",
        "interface I implements J & K { f(a: Int): Int }",
        "extend interface I @d",
        "union U @d = A | B",
        "union U",
        "extend union U = C",
        "enum E { A \"described\" B @deprecated C }",
        "extend enum E @d { D }",
        "input I @oneOf { a: Int = 1 @d, \"\"\"multi\nline\"\"\" b: [I] }",
        "extend input I { c: Int }",
        "\"\"\"\nA directive.\n\"\"\" directive @d(\"arg\" a: Int = 2, b: [String]) repeatable on FIELD | QUERY",
        "directive @e on SCHEMA",
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Printing_then_parsing_preserves_the_ast(string text)
    {
        var ast = Parser.Parse(text);
        var printed = AstPrinter.Print(ast);
        var reparsed = Parser.Parse(printed);
        Assert.True(AstComparer.Instance.Equals(ast, reparsed), AstComparer.Diff(ast, reparsed) + "\n" + printed);
        Assert.Equal(printed, AstPrinter.Print(reparsed));
    }

    [Theory]
    [InlineData("introspection-query.graphql")]
    [InlineData("kitchen-sink.graphql")]
    [InlineData("schema-kitchen-sink.graphql")]
    public void Fixtures_round_trip(string file)
    {
        var ast = Parser.Parse(Fixtures.Read(file));
        var printed = AstPrinter.Print(ast);
        var reparsed = Parser.Parse(printed);
        Assert.True(AstComparer.Instance.Equals(ast, reparsed), AstComparer.Diff(ast, reparsed) + "\n" + printed);
        Assert.Equal(printed, AstPrinter.Print(reparsed));
    }

    [Fact]
    public void Prints_in_a_readable_layout()
    {
        var printed = AstPrinter.Print(Parser.Parse("query Q($a:Int=1){x:f(a:$a){...F ... on T{g}}} type T implements A&B{\"d\" f(a:Int):[T!]!}"));
        Assert.Equal(
            """
            query Q($a: Int = 1) {
              x: f(a: $a) {
                ...F
                ... on T {
                  g
                }
              }
            }

            type T implements A & B {
              "d"
              f(a: Int): [T!]!
            }
            """.ReplaceLineEndings("\n"),
            printed);
    }

    [Fact]
    public void Prints_shorthand_queries_as_shorthand()
    {
        Assert.Equal("{\n  a\n}", AstPrinter.Print(Parser.Parse("{a}")));
        Assert.Equal("query {\n  a\n}", AstPrinter.Print(Parser.Parse("query {a}")));
    }

    [Fact]
    public void Prints_block_strings_with_indentation_and_falls_back_to_quoted_strings()
    {
        var doc = Parser.Parse("type T { \"\"\"\n  two\n  lines\n\"\"\" f: Int }");
        Assert.Equal("type T {\n  \"\"\"\n  two\n  lines\n  \"\"\"\n  f: Int\n}", AstPrinter.Print(doc));
        Assert.Equal("\"a\\rb\"", AstPrinter.Print(new StringValueNode("a\rb", block: true)));
        Assert.Equal("\"  both\\n  indented\"", AstPrinter.Print(new StringValueNode("  both\n  indented", block: true)));
        Assert.Equal("\"\"", AstPrinter.Print(new StringValueNode(string.Empty, block: true)));
    }

    [Fact]
    public void Prints_nodes_built_in_code()
    {
        var value = new ObjectValueNode([new ObjectFieldNode("a", new ListValueNode([new IntValueNode("1"), new NullValueNode(), new EnumValueNode("X")]))]);
        Assert.Equal("{a: [1, null, X]}", AstPrinter.Print(value));
        Assert.Equal("[Int!]", AstPrinter.Print(new ListTypeNode(new NonNullTypeNode(new NamedTypeNode("Int")))));
        Assert.Equal("\"\\u0007\\u007F\"", AstPrinter.PrintString("\u0007\u007F"));
    }

    [Fact]
    public void Comparer_detects_differences_and_ignores_locations()
    {
        var a = Parser.Parse("{ a(x: 1) }");
        Assert.True(AstComparer.Instance.Equals(a, Parser.Parse("{\n\n a ( x : 1 ) }")));
        Assert.False(AstComparer.Instance.Equals(a, Parser.Parse("{ a(x: 2) }")));
        Assert.False(AstComparer.Instance.Equals(a, Parser.Parse("{ b: a(x: 1) }")));
        Assert.False(AstComparer.Instance.Equals(a, Parser.Parse("query { a(x: 1) }")));
        Assert.False(AstComparer.Instance.Equals(Parser.Parse("directive @d on FIELD"), Parser.Parse("directive @d repeatable on FIELD")));
        Assert.Equal(AstComparer.Instance.GetHashCode(a), AstComparer.Instance.GetHashCode(Parser.Parse("{a(x:1)}")));
        Assert.Null(AstComparer.Diff(a, Parser.Parse("{a(x:1)}")));
    }
}
