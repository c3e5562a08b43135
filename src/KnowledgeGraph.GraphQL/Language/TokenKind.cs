namespace KnowledgeGraph.GraphQL.Language;

/// <summary>The kinds of lexical tokens (spec 2.1.6 "Lexical Tokens"), plus start/end of file.</summary>
public enum TokenKind : byte
{
    /// <summary>Start of file (before the first token).</summary>
    StartOfFile,
    /// <summary>End of file.</summary>
    EndOfFile,
    /// <summary><c>!</c></summary>
    Bang,
    /// <summary><c>$</c></summary>
    Dollar,
    /// <summary><c>&amp;</c></summary>
    Amp,
    /// <summary><c>(</c></summary>
    ParenLeft,
    /// <summary><c>)</c></summary>
    ParenRight,
    /// <summary><c>...</c></summary>
    Spread,
    /// <summary><c>:</c></summary>
    Colon,
    /// <summary><c>=</c></summary>
    Equals,
    /// <summary><c>@</c></summary>
    At,
    /// <summary><c>[</c></summary>
    BracketLeft,
    /// <summary><c>]</c></summary>
    BracketRight,
    /// <summary><c>{</c></summary>
    BraceLeft,
    /// <summary><c>|</c></summary>
    Pipe,
    /// <summary><c>}</c></summary>
    BraceRight,
    /// <summary>A name (spec 2.1.9).</summary>
    Name,
    /// <summary>An IntValue (spec 2.9.1).</summary>
    Int,
    /// <summary>A FloatValue (spec 2.9.2).</summary>
    Float,
    /// <summary>A quoted StringValue (spec 2.9.4).</summary>
    String,
    /// <summary>A block string (spec 2.9.4, <c>"""..."""</c>).</summary>
    BlockString,
}
