using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// The GraphQL lexer (spec 2.1 "Source Text"). A mutable struct that holds only the current token
/// as offsets into the source: no string is allocated per token; values are materialised on demand
/// (<see cref="GetName"/>, <see cref="GetStringValue"/>, <see cref="GetRawValue"/>).
/// Copying the struct snapshots the lexer, which is how the parser looks ahead.
/// Ignored tokens: BOM, white space, line terminators, commas and comments (spec 2.1.7).
/// Errors are thrown as <see cref="GraphQLSyntaxException"/>.
/// </summary>
public struct Lexer
{
    private readonly string _body;
    private int _position;
    private bool _hasEscape;

    /// <summary>Creates a lexer positioned before the first token.</summary>
    public Lexer(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Source = source;
        _body = source.Body;
        Kind = TokenKind.StartOfFile;
    }

    /// <summary>The source being lexed.</summary>
    public Source Source { get; }

    /// <summary>Kind of the current token.</summary>
    public TokenKind Kind { get; private set; }

    /// <summary>Offset of the current token's first character.</summary>
    public int Start { get; private set; }

    /// <summary>Offset just past the current token.</summary>
    public int End { get; private set; }

    /// <summary>Number of tokens lexed so far (excluding end of file).</summary>
    public int TokenCount { get; private set; }

    /// <summary>The characters of the current token.</summary>
    public readonly ReadOnlySpan<char> Span => _body.AsSpan(Start, End - Start);

    /// <summary>The current token's raw text (allocates).</summary>
    public readonly string GetRawValue() => _body.Substring(Start, End - Start);

    /// <summary>The current Name token as a string (allocates; the parser interns names instead).</summary>
    public readonly string GetName() => _body.Substring(Start, End - Start);

    /// <summary>The decoded value of the current String or BlockString token.</summary>
    public readonly string GetStringValue()
    {
        if (Kind == TokenKind.BlockString)
        {
            var raw = _body.AsSpan(Start + 3, End - Start - 6);
            return BlockString.DedentBlockStringLines(raw);
        }

        var content = _body.AsSpan(Start + 1, End - Start - 2);
        return _hasEscape ? DecodeEscapes(content) : content.ToString();
    }

    /// <summary>Advances to the next significant token and returns its kind.</summary>
    public TokenKind Advance()
    {
        if (Kind == TokenKind.EndOfFile)
        {
            return Kind;
        }

        SkipIgnored();
        Start = _position;
        if (_position >= _body.Length)
        {
            Kind = TokenKind.EndOfFile;
            End = _position;
            return Kind;
        }

        TokenCount++;
        char c = _body[_position];
        switch (c)
        {
            case '!': return Punct(TokenKind.Bang);
            case '$': return Punct(TokenKind.Dollar);
            case '&': return Punct(TokenKind.Amp);
            case '(': return Punct(TokenKind.ParenLeft);
            case ')': return Punct(TokenKind.ParenRight);
            case ':': return Punct(TokenKind.Colon);
            case '=': return Punct(TokenKind.Equals);
            case '@': return Punct(TokenKind.At);
            case '[': return Punct(TokenKind.BracketLeft);
            case ']': return Punct(TokenKind.BracketRight);
            case '{': return Punct(TokenKind.BraceLeft);
            case '|': return Punct(TokenKind.Pipe);
            case '}': return Punct(TokenKind.BraceRight);
            case '.':
                if (_position + 2 < _body.Length && _body[_position + 1] == '.' && _body[_position + 2] == '.')
                {
                    _position += 3;
                    return Set(TokenKind.Spread);
                }

                if (_position + 1 < _body.Length && IsDigit(_body[_position + 1]))
                {
                    throw Error(_position, "Invalid number, expected digit before \".\".");
                }

                throw Error(_position, "Unexpected character: \".\".");
            case '"':
                if (_position + 2 < _body.Length && _body[_position + 1] == '"' && _body[_position + 2] == '"')
                {
                    return ReadBlockString();
                }

                return ReadString();
        }

        if (IsNameStart(c))
        {
            int p = _position + 1;
            while (p < _body.Length && IsNameContinue(_body[p]))
            {
                p++;
            }

            _position = p;
            return Set(TokenKind.Name);
        }

        if (IsDigit(c) || c == '-')
        {
            return ReadNumber();
        }

        throw Error(_position, "Unexpected character: " + DescribeChar(_position) + ".");
    }

    /// <summary>Returns the kind of the token after the current one without moving this lexer.</summary>
    public readonly TokenKind PeekKind()
    {
        var copy = this;
        return copy.Advance();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TokenKind Punct(TokenKind kind)
    {
        _position++;
        return Set(kind);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TokenKind Set(TokenKind kind)
    {
        Kind = kind;
        End = _position;
        return kind;
    }

    private void SkipIgnored()
    {
        var body = _body;
        int p = _position;
        while (p < body.Length)
        {
            char c = body[p];
            switch (c)
            {
                case ' ':
                case '\t':
                case ',':
                case '\n':
                case '\r':
                case '\uFEFF':
                    p++;
                    continue;
                case '#':
                    p++;
                    while (p < body.Length && body[p] != '\n' && body[p] != '\r')
                    {
                        p++;
                    }

                    continue;
            }

            break;
        }

        _position = p;
    }

    private TokenKind ReadNumber()
    {
        var body = _body;
        int start = _position;
        int p = start;
        bool isFloat = false;
        if (body[p] == '-')
        {
            p++;
        }

        if (p < body.Length && body[p] == '0')
        {
            p++;
            if (p < body.Length && IsDigit(body[p]))
            {
                throw Error(p, "Invalid number, unexpected digit after 0: " + DescribeChar(p) + ".");
            }
        }
        else
        {
            p = ReadDigits(p);
        }

        if (p < body.Length && body[p] == '.')
        {
            isFloat = true;
            p = ReadDigits(p + 1);
        }

        if (p < body.Length && (body[p] == 'e' || body[p] == 'E'))
        {
            isFloat = true;
            p++;
            if (p < body.Length && (body[p] == '+' || body[p] == '-'))
            {
                p++;
            }

            p = ReadDigits(p);
        }

        // Lookahead restriction (spec 2.9.1/2.9.2): a number may not be followed by `.` or a NameStart.
        if (p < body.Length && (body[p] == '.' || IsNameStart(body[p])))
        {
            throw Error(p, "Invalid number, expected digit but got: " + DescribeChar(p) + ".");
        }

        _position = p;
        return Set(isFloat ? TokenKind.Float : TokenKind.Int);
    }

    private readonly int ReadDigits(int p)
    {
        if (p >= _body.Length || !IsDigit(_body[p]))
        {
            throw Error(p, "Invalid number, expected digit but got: " + DescribeChar(p) + ".");
        }

        p++;
        while (p < _body.Length && IsDigit(_body[p]))
        {
            p++;
        }

        return p;
    }

    private TokenKind ReadString()
    {
        var body = _body;
        int p = _position + 1;
        _hasEscape = false;
        while (p < body.Length)
        {
            char c = body[p];
            if (c == '"')
            {
                _position = p + 1;
                return Set(TokenKind.String);
            }

            if (c == '\n' || c == '\r')
            {
                break;
            }

            if (c == '\\')
            {
                _hasEscape = true;
                p = ValidateEscape(p);
                continue;
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && p + 1 < body.Length && char.IsLowSurrogate(body[p + 1]))
                {
                    p += 2;
                    continue;
                }

                throw Error(p, "Invalid character within String: " + DescribeChar(p) + ".");
            }

            p++;
        }

        throw Error(p, "Unterminated string.");
    }

    /// <summary>Validates the escape sequence at <paramref name="p"/> (a backslash) and returns the offset after it.</summary>
    private readonly int ValidateEscape(int p)
    {
        var body = _body;
        if (p + 1 >= body.Length)
        {
            throw Error(p, "Unterminated string.");
        }

        switch (body[p + 1])
        {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                return p + 2;
            case 'u':
                int next = TryReadUnicodeEscape(body, p, out int codePoint);
                if (next < 0)
                {
                    throw Error(p, "Invalid Unicode escape sequence: \"" + EscapeText(p) + "\".");
                }

                if (codePoint is >= 0xD800 and <= 0xDBFF)
                {
                    // A leading surrogate must be immediately followed by an escaped trailing surrogate.
                    int low = 0;
                    int next2 = next + 1 < body.Length && body[next] == '\\' && body[next + 1] == 'u'
                        ? TryReadUnicodeEscape(body, next, out low)
                        : -1;
                    if (next2 < 0 || low is < 0xDC00 or > 0xDFFF)
                    {
                        throw Error(p, "Invalid Unicode escape sequence: \"" + body[p..next] + "\".");
                    }

                    return next2;
                }

                if (codePoint is >= 0xDC00 and <= 0xDFFF)
                {
                    throw Error(p, "Invalid Unicode escape sequence: \"" + body[p..next] + "\".");
                }

                return next;
            default:
                throw Error(p, "Invalid character escape sequence: \"" + EscapeText(p) + "\".");
        }
    }

    private readonly string EscapeText(int p)
    {
        int end = p + 2;
        if (end < _body.Length && _body[p + 1] == 'u')
        {
            end = Math.Min(_body.Length, p + 6);
            if (p + 2 < _body.Length && _body[p + 2] == '{')
            {
                int close = _body.IndexOf('}', p + 2);
                end = close >= 0 && close - p < 16 ? close + 1 : end;
            }
        }

        end = Math.Min(end, _body.Length);
        var text = _body[p..end];
        int nl = text.AsSpan().IndexOfAny('\n', '\r');
        return nl >= 0 ? text[..nl] : text;
    }

    /// <summary>Reads <c>\uXXXX</c> or <c>\u{X...}</c> at <paramref name="p"/>; returns the offset after it or -1.</summary>
    private static int TryReadUnicodeEscape(string body, int p, out int codePoint)
    {
        codePoint = 0;
        int q = p + 2;
        if (q < body.Length && body[q] == '{')
        {
            q++;
            int digits = 0;
            while (q < body.Length && body[q] != '}')
            {
                int h = HexValue(body[q]);
                digits++;
                if (h < 0)
                {
                    return -1;
                }

                codePoint = (codePoint << 4) | h;
                if (codePoint > 0x10FFFF)
                {
                    return -1;
                }

                q++;
            }

            if (q >= body.Length || digits == 0 || codePoint is >= 0xD800 and <= 0xDFFF)
            {
                return -1;
            }

            return q + 1;
        }

        if (q + 4 > body.Length)
        {
            return -1;
        }

        for (int i = 0; i < 4; i++)
        {
            int h = HexValue(body[q + i]);
            if (h < 0)
            {
                return -1;
            }

            codePoint = (codePoint << 4) | h;
        }

        return q + 4;
    }

    private static string DecodeEscapes(ReadOnlySpan<char> content)
    {
        var sb = new StringBuilder(content.Length);
        int i = 0;
        while (i < content.Length)
        {
            char c = content[i];
            if (c != '\\')
            {
                int run = content[i..].IndexOf('\\');
                if (run < 0)
                {
                    sb.Append(content[i..]);
                    break;
                }

                sb.Append(content.Slice(i, run));
                i += run;
                continue;
            }

            char e = content[i + 1];
            switch (e)
            {
                case 'b': sb.Append('\b'); i += 2; break;
                case 'f': sb.Append('\f'); i += 2; break;
                case 'n': sb.Append('\n'); i += 2; break;
                case 'r': sb.Append('\r'); i += 2; break;
                case 't': sb.Append('\t'); i += 2; break;
                case 'u':
                    // Already validated by the lexer: decode (surrogate pairs as two \u escapes or one \u{...}).
                    var s = content[i..].ToString();
                    int next = TryReadUnicodeEscape(s, 0, out int cp);
                    sb.Append(char.ConvertFromUtf32(cp is >= 0xD800 and <= 0xDBFF ? ReadPair(s, next, cp, out next) : cp));
                    i += next;
                    break;
                default: sb.Append(e); i += 2; break;
            }
        }

        return sb.ToString();
    }

    private static int ReadPair(string s, int next, int high, out int after)
    {
        after = TryReadUnicodeEscape(s, next, out int low);
        return 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
    }

    private TokenKind ReadBlockString()
    {
        var body = _body;
        int p = _position + 3;
        while (p < body.Length)
        {
            char c = body[p];
            if (c == '"' && p + 2 < body.Length && body[p + 1] == '"' && body[p + 2] == '"')
            {
                _position = p + 3;
                return Set(TokenKind.BlockString);
            }

            if (c == '\\' && p + 3 < body.Length && body[p + 1] == '"' && body[p + 2] == '"' && body[p + 3] == '"')
            {
                p += 4;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && p + 1 < body.Length && char.IsLowSurrogate(body[p + 1]))
                {
                    p += 2;
                    continue;
                }

                throw Error(p, "Invalid character within String: " + DescribeChar(p) + ".");
            }

            p++;
        }

        throw Error(p, "Unterminated string.");
    }

    private readonly GraphQLSyntaxException Error(int position, string message) => new(Source, position, message);

    private readonly string DescribeChar(int p)
    {
        if (p >= _body.Length)
        {
            return "<EOF>";
        }

        char c = _body[p];
        if (c == '"')
        {
            return "'\"'";
        }

        if (c >= 0x20 && c < 0x7F)
        {
            return "\"" + c + "\"";
        }

        return "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
    }

    /// <summary>True for <c>0-9</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>True for a NameStart character: letter or underscore (spec 2.1.9).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNameStart(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_';

    /// <summary>True for a NameContinue character: letter, digit or underscore.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNameContinue(char c) => IsNameStart(c) || IsDigit(c);

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
