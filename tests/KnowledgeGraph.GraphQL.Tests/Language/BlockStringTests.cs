using System.Text;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Tests.Language;

public class BlockStringTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("\n\n  \n", "")]
    [InlineData("single", "single")]
    [InlineData("  keeps first line indent", "  keeps first line indent")]
    [InlineData("\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  ", "Hello,\n  World!\n\nYours,\n  GraphQL.")]
    [InlineData("\n\t\tTabs\n\t\tare\n\t\twhitespace\n", "Tabs\nare\nwhitespace")]
    [InlineData("first\n  second\n    third", "first\nsecond\n  third")]
    [InlineData("  \n  a\n    \n  b\n  ", "a\n  \nb")]
    [InlineData("a\r\n  b\r  c", "a\nb\nc")]
    [InlineData("esc \\\"\"\" inside", "esc \"\"\" inside")]
    public void Computes_block_string_values(string raw, string expected) =>
        Assert.Equal(expected, BlockString.DedentBlockStringLines(raw));

    [Theory]
    [InlineData("simple", true)]
    [InlineData("multi\nline", true)]
    [InlineData("  first indented\nsecond", true)]
    [InlineData("  all\n  indented", false)]
    [InlineData("\nleading blank", false)]
    [InlineData("trailing blank\n  ", false)]
    [InlineData("carriage\rreturn", false)]
    [InlineData("control\u0001", false)]
    [InlineData("", false)]
    [InlineData("with \"\"\" quotes", true)]
    public void Knows_what_is_printable(string value, bool printable) =>
        Assert.Equal(printable, BlockString.IsPrintableAsBlockString(value));

    [Theory]
    [InlineData("simple")]
    [InlineData("multi\nline\n\nwith blank")]
    [InlineData("  first indented\nsecond\n    deeper")]
    [InlineData("ends with \"")]
    [InlineData("ends with \\")]
    [InlineData("has \"\"\" and \\\"\"\" inside")]
    [InlineData("tab\tinside\n\tindented second")]
    [InlineData("line\n   \nwhitespace-only middle line")]
    public void Printed_block_strings_read_back_unchanged(string value)
    {
        Assert.True(BlockString.IsPrintableAsBlockString(value));
        foreach (var indent in new[] { string.Empty, "    " })
        {
            var sb = new StringBuilder();
            BlockString.Print(sb, value, indent);
            var lexer = new Lexer(new Source(sb.ToString()));
            Assert.Equal(TokenKind.BlockString, lexer.Advance());
            Assert.Equal(value, lexer.GetStringValue());
        }
    }
}
