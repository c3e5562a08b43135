using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Tests.Language;

public class LexerTests
{
    private static List<(TokenKind Kind, string Text)> Lex(string text)
    {
        var lexer = new Lexer(new Source(text));
        var tokens = new List<(TokenKind, string)>();
        while (lexer.Advance() != TokenKind.EndOfFile)
        {
            var value = lexer.Kind is TokenKind.String or TokenKind.BlockString ? lexer.GetStringValue() : lexer.GetRawValue();
            tokens.Add((lexer.Kind, value));
        }

        return tokens;
    }

    private static (TokenKind Kind, string Text) Single(string text)
    {
        var tokens = Lex(text);
        Assert.Single(tokens);
        return tokens[0];
    }

    private static GraphQLSyntaxException LexError(string text) => Assert.Throws<GraphQLSyntaxException>(() => Lex(text));

    [Theory]
    [InlineData("!", TokenKind.Bang)]
    [InlineData("$", TokenKind.Dollar)]
    [InlineData("&", TokenKind.Amp)]
    [InlineData("(", TokenKind.ParenLeft)]
    [InlineData(")", TokenKind.ParenRight)]
    [InlineData("...", TokenKind.Spread)]
    [InlineData(":", TokenKind.Colon)]
    [InlineData("=", TokenKind.Equals)]
    [InlineData("@", TokenKind.At)]
    [InlineData("[", TokenKind.BracketLeft)]
    [InlineData("]", TokenKind.BracketRight)]
    [InlineData("{", TokenKind.BraceLeft)]
    [InlineData("|", TokenKind.Pipe)]
    [InlineData("}", TokenKind.BraceRight)]
    public void Lexes_punctuators(string text, TokenKind kind) => Assert.Equal(kind, Single(text).Kind);

    [Theory]
    [InlineData("a")]
    [InlineData("_")]
    [InlineData("__typename")]
    [InlineData("Abc_123")]
    [InlineData("zZ9")]
    public void Lexes_names(string name) => Assert.Equal((TokenKind.Name, name), Single(name));

    [Theory]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("9", TokenKind.Int)]
    [InlineData("-123", TokenKind.Int)]
    [InlineData("123456789012345678901234567890", TokenKind.Int)]
    [InlineData("0.0", TokenKind.Float)]
    [InlineData("-1.5", TokenKind.Float)]
    [InlineData("1e10", TokenKind.Float)]
    [InlineData("1E-10", TokenKind.Float)]
    [InlineData("1.5e+3", TokenKind.Float)]
    [InlineData("0e0", TokenKind.Float)]
    public void Lexes_numbers(string text, TokenKind kind) => Assert.Equal((kind, text), Single(text));

    [Theory]
    [InlineData("00", 1, 2)]
    [InlineData("01", 1, 2)]
    [InlineData("-01", 1, 3)]
    [InlineData("1.", 1, 3)]
    [InlineData("1.e1", 1, 3)]
    [InlineData(".123", 1, 1)]
    [InlineData("1e", 1, 3)]
    [InlineData("1e+", 1, 4)]
    [InlineData("0x1", 1, 2)]
    [InlineData("1a", 1, 2)]
    [InlineData("1_000", 1, 2)]
    [InlineData("1.2.3", 1, 4)]
    [InlineData("1.2e3e", 1, 6)]
    [InlineData("-", 1, 2)]
    [InlineData("-a", 1, 2)]
    [InlineData("\n  1.x", 2, 5)]
    public void Rejects_invalid_numbers(string text, int line, int column)
    {
        var error = LexError(text);
        Assert.StartsWith("Syntax Error: Invalid number", error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Reports_the_offending_character_in_number_errors()
    {
        Assert.Equal("Syntax Error: Invalid number, unexpected digit after 0: \"0\".", LexError("00").Message);
        Assert.Equal("Syntax Error: Invalid number, expected digit but got: \"x\".", LexError("0x1").Message);
        Assert.Equal("Syntax Error: Invalid number, expected digit but got: <EOF>.", LexError("1.").Message);
    }

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\\/\\\\\"", "escaped \n\r\b\t\f/\\")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"\\u{1F600}\"", "\U0001F600")]
    [InlineData("\"\\u{0}\"", "\0")]
    [InlineData("\"\\u{10FFFF}\"", "\U0010FFFF")]
    [InlineData("\"\\uD83D\\uDE00\"", "\U0001F600")]
    [InlineData("\"\\u{00000000041}\"", "A")]
    [InlineData("\"\\u{110000}\"", null)]
    [InlineData("\"raw \U0001F600 pair\"", "raw \U0001F600 pair")]
    [InlineData("\"unicode \u00e9\"", "unicode \u00e9")]
    public void Lexes_strings(string text, string? expected)
    {
        if (expected is null)
        {
            LexError(text);
            return;
        }

        Assert.Equal((TokenKind.String, expected), Single(text));
    }

    [Theory]
    [InlineData("\"", "Unterminated string.", 1, 2)]
    [InlineData("\"abc", "Unterminated string.", 1, 5)]
    [InlineData("\"abc\ndef\"", "Unterminated string.", 1, 5)]
    [InlineData("\"abc\rdef\"", "Unterminated string.", 1, 5)]
    [InlineData("\"bad \\z esc\"", "Invalid character escape sequence: \"\\z\".", 1, 6)]
    [InlineData("\"bad \\x esc\"", "Invalid character escape sequence: \"\\x\".", 1, 6)]
    [InlineData("\"bad \\u1 esc\"", "Invalid Unicode escape sequence: \"\\u1 es\".", 1, 6)]
    [InlineData("\"bad \\uXXXX esc\"", "Invalid Unicode escape sequence: \"\\uXXXX\".", 1, 6)]
    [InlineData("\"bad \\u{} esc\"", "Invalid Unicode escape sequence: \"\\u{}\".", 1, 6)]
    [InlineData("\"bad \\u{110000}\"", "Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 6)]
    [InlineData("\"bad \\u{D800}\"", "Invalid Unicode escape sequence: \"\\u{D800}\".", 1, 6)]
    [InlineData("\"lone \\uD83D\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 1, 7)]
    [InlineData("\"lone \\uDE00\"", "Invalid Unicode escape sequence: \"\\uDE00\".", 1, 7)]
    [InlineData("\"pair \\uD83D\\u0041\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 1, 7)]
    [InlineData("\"trailing \\", "Unterminated string.", 1, 11)]
    public void Rejects_invalid_strings(string text, string message, int line, int column)
    {
        var error = LexError(text);
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Rejects_raw_lone_surrogates()
    {
        // Built in code: test-case serialization would replace lone surrogates.
        string high = "\"raw " + (char)0xD83D + " lone\"";
        string low = "\"raw " + (char)0xDE00 + " lone\"";
        string reversed = "\"" + (char)0xDE00 + (char)0xD83D + "\"";
        Assert.Equal("Syntax Error: Invalid character within String: U+D83D.", LexError(high).Message);
        Assert.Equal("Syntax Error: Invalid character within String: U+DE00.", LexError(low).Message);
        Assert.Equal(6, LexError(low).Column);
        Assert.Equal("Syntax Error: Invalid character within String: U+DE00.", LexError(reversed).Message);
        Assert.Equal("Syntax Error: Invalid character within String: U+D83D.", LexError("\"" + (char)0xD83D).Message);
    }

    [Theory]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\r\nline\rnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"slashes \\\\ \\/\"\"\"", "slashes \\\\ \\/")]
    [InlineData("\"\"\"\n\n    spans\n      multiple\n        lines\n\n    \"\"\"", "spans\n  multiple\n    lines")]
    [InlineData("\"\"\"  first keeps\n    others\n    lose\"\"\"", "  first keeps\nothers\nlose")]
    [InlineData("\"\"\"\n   \n\t\n\"\"\"", "")]
    public void Lexes_block_strings(string text, string expected) => Assert.Equal((TokenKind.BlockString, expected), Single(text));

    [Fact]
    public void Rejects_unterminated_block_strings()
    {
        var error = LexError("\"\"\"abc\n  def");
        Assert.Equal("Syntax Error: Unterminated string.", error.Message);
        Assert.Equal((2, 6), (error.Line, error.Column));
        Assert.Equal("Syntax Error: Unterminated string.", LexError("\"\"\"abc \\\"\"\"").Message);
        Assert.Equal("Syntax Error: Invalid character within String: U+D800.", LexError("\"\"\"a\uD800\"\"\"").Message);
    }

    [Fact]
    public void Skips_ignored_tokens()
    {
        var tokens = Lex("\uFEFF  \t,,, # comment \" not a string\r\n\n\rfoo # trailing\n,bar,");
        Assert.Equal([(TokenKind.Name, "foo"), (TokenKind.Name, "bar")], tokens);
    }

    [Fact]
    public void Tracks_positions_and_lines()
    {
        var lexer = new Lexer(new Source("\n\r\n\r  foo\n"));
        lexer.Advance();
        Assert.Equal(6, lexer.Start);
        Assert.Equal(9, lexer.End);
        Assert.Equal(new SourceLocation(4, 3), lexer.Source.GetLocation(lexer.Start));
    }

    [Theory]
    [InlineData("?", "Unexpected character: \"?\".", 1, 1)]
    [InlineData("  ..", "Unexpected character: \".\".", 1, 3)]
    [InlineData("\u203B", "Unexpected character: U+203B.", 1, 1)]
    [InlineData("\u0007", "Unexpected character: U+0007.", 1, 1)]
    [InlineData("\n\n   \u00a0", "Unexpected character: U+00A0.", 3, 4)]
    [InlineData("'", "Unexpected character: \"'\".", 1, 1)]
    public void Rejects_unexpected_characters(string text, string message, int line, int column)
    {
        var error = LexError(text);
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Lexes_a_sequence_of_mixed_tokens()
    {
        var tokens = Lex("query Q($a: [Int!] = [1, 2.5]) { f(s: \"x\") @d ...F }");
        Assert.Equal(
            "Name Name ParenLeft Dollar Name Colon BracketLeft Name Bang BracketRight Equals BracketLeft Int Float BracketRight ParenRight BraceLeft Name ParenLeft Name Colon String ParenRight At Name Spread Name BraceRight",
            string.Join(" ", tokens.Select(t => t.Kind)));
    }

    [Fact]
    public void Peeks_without_moving()
    {
        var lexer = new Lexer(new Source("a b"));
        lexer.Advance();
        Assert.Equal(TokenKind.Name, lexer.PeekKind());
        Assert.Equal("a", lexer.GetName());
        lexer.Advance();
        Assert.Equal(TokenKind.EndOfFile, lexer.PeekKind());
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance());
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance());
    }
}
