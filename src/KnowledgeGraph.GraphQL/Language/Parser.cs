using System.Globalization;

namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// Recursive-descent GraphQL parser producing the immutable AST (spec 2 "Language" and the type
/// system language of spec 3). Entry points: <see cref="Parse(string, ParserOptions?)"/>,
/// <see cref="ParseValue(string, ParserOptions?)"/>, <see cref="ParseConstValue(string, ParserOptions?)"/>
/// and <see cref="ParseType(string, ParserOptions?)"/>. All errors are <see cref="GraphQLSyntaxException"/>.
/// </summary>
public sealed partial class Parser
{
    private readonly ParserOptions _options;
    private readonly Source _source;
    private readonly List<Node> _scratch = new(32);
    private Lexer _lexer;
    private int _lastEnd;
    private int _depth;

    private Parser(Source source, ParserOptions? options)
    {
        _source = source;
        _options = options ?? ParserOptions.Default;
        _lexer = new Lexer(source);
        Next();
    }

    /// <summary>Parses a document (executable and/or type system definitions).</summary>
    public static DocumentNode Parse(string text, ParserOptions? options = null) => Parse(new Source(text), options);

    /// <summary>Parses a document from a <see cref="Source"/>.</summary>
    public static DocumentNode Parse(Source source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        return parser.ParseDocument();
    }

    /// <summary>Parses a single value that may contain variables (the whole text must be one value).</summary>
    public static ValueNode ParseValue(string text, ParserOptions? options = null)
    {
        var parser = new Parser(new Source(text), options);
        var value = parser.ParseValueLiteral(false);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a single constant value (no variables).</summary>
    public static ValueNode ParseConstValue(string text, ParserOptions? options = null)
    {
        var parser = new Parser(new Source(text), options);
        var value = parser.ParseValueLiteral(true);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a single type reference such as <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string text, ParserOptions? options = null)
    {
        var parser = new Parser(new Source(text), options);
        var type = parser.ParseTypeReference();
        parser.Expect(TokenKind.EndOfFile);
        return type;
    }

    // ---- token helpers -------------------------------------------------------------------

    private TokenKind Kind => _lexer.Kind;

    private void Next()
    {
        _lastEnd = _lexer.End;
        _lexer.Advance();
        if (_lexer.TokenCount > _options.MaxTokens)
        {
            throw new GraphQLSyntaxException(_source, _lexer.Start, $"Document contains more than {_options.MaxTokens} tokens. Parsing aborted.");
        }
    }

    private Location Loc(int start) => new(start, _lastEnd, _source);

    /// <summary>Moves the items pushed on the scratch stack since <paramref name="mark"/> into an exactly sized array.</summary>
    private T[] Collect<T>(int mark)
        where T : Node
    {
        int count = _scratch.Count - mark;
        var items = new T[count];
        for (int i = 0; i < count; i++)
        {
            items[i] = (T)_scratch[mark + i];
        }

        _scratch.RemoveRange(mark, count);
        return items;
    }

    private bool Skip(TokenKind kind)
    {
        if (_lexer.Kind == kind)
        {
            Next();
            return true;
        }

        return false;
    }

    private void Expect(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            throw new GraphQLSyntaxException(_source, _lexer.Start, $"Expected {DescribeKind(kind)}, found {DescribeToken()}.");
        }

        Next();
    }

    private bool IsKeyword(string keyword) => _lexer.Kind == TokenKind.Name && _lexer.Span.SequenceEqual(keyword);

    private bool SkipKeyword(string keyword)
    {
        if (IsKeyword(keyword))
        {
            Next();
            return true;
        }

        return false;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!SkipKeyword(keyword))
        {
            throw new GraphQLSyntaxException(_source, _lexer.Start, $"Expected \"{keyword}\", found {DescribeToken()}.");
        }
    }

    private GraphQLSyntaxException Unexpected() => UnexpectedAt(_lexer);

    private GraphQLSyntaxException UnexpectedAt(in Lexer token) => new(_source, token.Start, $"Unexpected {DescribeToken(token)}.");

    private void EnterNesting()
    {
        if (++_depth > _options.MaxDepth)
        {
            throw new GraphQLSyntaxException(_source, _lexer.Start, $"Document exceeds the maximum nesting depth of {_options.MaxDepth}.");
        }
    }

    private string CurrentName() => NameCache.Get(_lexer.Span);

    private string DescribeToken() => DescribeToken(_lexer);

    private static string DescribeToken(in Lexer token)
    {
        return token.Kind switch
        {
            TokenKind.EndOfFile => "<EOF>",
            TokenKind.Name => $"Name \"{token.GetRawValue()}\"",
            TokenKind.Int => $"Int \"{token.GetRawValue()}\"",
            TokenKind.Float => $"Float \"{token.GetRawValue()}\"",
            TokenKind.String => $"String {Shorten(token.GetRawValue())}",
            TokenKind.BlockString => $"BlockString {Shorten(token.GetRawValue())}",
            var k => DescribeKind(k),
        };
    }

    private static string Shorten(string raw) => raw.Length <= 40 ? raw : string.Concat(raw.AsSpan(0, 37), "...");

    /// <summary>Human description of a token kind, as used in syntax error messages.</summary>
    public static string DescribeKind(TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Amp => "\"&\"",
        TokenKind.ParenLeft => "\"(\"",
        TokenKind.ParenRight => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketLeft => "\"[\"",
        TokenKind.BracketRight => "\"]\"",
        TokenKind.BraceLeft => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceRight => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => kind.ToString(),
    };

    // ---- names and document ----------------------------------------------------------------

    private NameNode ParseName()
    {
        if (_lexer.Kind != TokenKind.Name)
        {
            throw new GraphQLSyntaxException(_source, _lexer.Start, $"Expected Name, found {DescribeToken()}.");
        }

        int start = _lexer.Start;
        var value = CurrentName();
        Next();
        return new NameNode(Loc(start), value);
    }

    private DocumentNode ParseDocument()
    {
        int start = _lexer.Start;
        int definitionsMark = _scratch.Count;
        do
        {
            _scratch.Add(ParseDefinition());
        }
        while (_lexer.Kind != TokenKind.EndOfFile);

        return new DocumentNode(Loc(start), Collect<DefinitionNode>(definitionsMark));
    }

    private DefinitionNode ParseDefinition()
    {
        if (_lexer.Kind == TokenKind.BraceLeft)
        {
            return ParseOperationDefinition();
        }

        bool hasDescription = _lexer.Kind is TokenKind.String or TokenKind.BlockString;
        ReadOnlySpan<char> keyword;
        Lexer peek = _lexer;
        if (hasDescription)
        {
            peek.Advance();
            if (peek.Kind != TokenKind.Name)
            {
                throw UnexpectedAt(peek);
            }
        }
        else if (_lexer.Kind != TokenKind.Name)
        {
            throw Unexpected();
        }

        keyword = peek.Span;
        switch (keyword)
        {
            case "query":
            case "mutation":
            case "subscription":
                if (hasDescription && !_options.AllowExecutableDescriptions)
                {
                    throw Unexpected();
                }

                return ParseOperationDefinition();
            case "fragment":
                if (hasDescription && !_options.AllowExecutableDescriptions)
                {
                    throw Unexpected();
                }

                return ParseFragmentDefinition();
            case "schema":
            case "scalar":
            case "type":
            case "interface":
            case "union":
            case "enum":
            case "input":
            case "directive":
                return ParseTypeSystemDefinition(keyword);
            case "extend":
                if (hasDescription)
                {
                    throw new GraphQLSyntaxException(_source, _lexer.Start, "Unexpected description, descriptions are not supported on type extensions.");
                }

                return ParseTypeSystemExtension();
        }

        throw UnexpectedAt(peek);
    }

    private StringValueNode? ParseDescription()
    {
        if (_lexer.Kind is TokenKind.String or TokenKind.BlockString)
        {
            return ParseStringLiteral();
        }

        return null;
    }
}
