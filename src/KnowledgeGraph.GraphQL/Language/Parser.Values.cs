namespace KnowledgeGraph.GraphQL.Language;

/// <content>Values (spec 2.9) and type references (spec 2.11).</content>
public sealed partial class Parser
{
    private ValueNode ParseValueLiteral(bool isConst)
    {
        int start = _lexer.Start;
        switch (_lexer.Kind)
        {
            case TokenKind.BracketLeft:
                return ParseList(isConst);
            case TokenKind.BraceLeft:
                return ParseObject(isConst);
            case TokenKind.Int:
            {
                var text = _lexer.GetRawValue();
                Next();
                return new IntValueNode(Loc(start), text);
            }

            case TokenKind.Float:
            {
                var text = _lexer.GetRawValue();
                Next();
                return new FloatValueNode(Loc(start), text);
            }

            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
            {
                var span = _lexer.Span;
                ValueNode result;
                if (span.SequenceEqual("true"))
                {
                    Next();
                    result = new BooleanValueNode(Loc(start), true);
                }
                else if (span.SequenceEqual("false"))
                {
                    Next();
                    result = new BooleanValueNode(Loc(start), false);
                }
                else if (span.SequenceEqual("null"))
                {
                    Next();
                    result = new NullValueNode(Loc(start));
                }
                else
                {
                    var name = CurrentName();
                    Next();
                    result = new EnumValueNode(Loc(start), name);
                }

                return result;
            }

            case TokenKind.Dollar:
                if (isConst)
                {
                    var peek = _lexer;
                    peek.Advance();
                    var what = peek.Kind == TokenKind.Name ? $"variable \"${peek.GetRawValue()}\"" : "\"$\"";
                    throw new GraphQLSyntaxException(_source, start, $"Unexpected {what} in constant value.");
                }

                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        int start = _lexer.Start;
        bool block = _lexer.Kind == TokenKind.BlockString;
        var value = _lexer.GetStringValue();
        Next();
        return new StringValueNode(Loc(start), value, block);
    }

    private ListValueNode ParseList(bool isConst)
    {
        int start = _lexer.Start;
        Expect(TokenKind.BracketLeft);
        EnterNesting();
        if (Skip(TokenKind.BracketRight))
        {
            _depth--;
            return new ListValueNode(Loc(start), []);
        }

        int valuesMark = _scratch.Count;
        do
        {
            _scratch.Add(ParseValueLiteral(isConst));
        }
        while (!Skip(TokenKind.BracketRight));

        _depth--;
        return new ListValueNode(Loc(start), Collect<ValueNode>(valuesMark));
    }

    private ObjectValueNode ParseObject(bool isConst)
    {
        int start = _lexer.Start;
        Expect(TokenKind.BraceLeft);
        EnterNesting();
        if (Skip(TokenKind.BraceRight))
        {
            _depth--;
            return new ObjectValueNode(Loc(start), []);
        }

        int fieldsMark = _scratch.Count;
        do
        {
            int fieldStart = _lexer.Start;
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            _scratch.Add(new ObjectFieldNode(Loc(fieldStart), name, value));
        }
        while (!Skip(TokenKind.BraceRight));

        _depth--;
        return new ObjectValueNode(Loc(start), Collect<ObjectFieldNode>(fieldsMark));
    }

    private TypeNode ParseTypeReference()
    {
        int start = _lexer.Start;
        TypeNode type;
        if (Skip(TokenKind.BracketLeft))
        {
            EnterNesting();
            var inner = ParseTypeReference();
            Expect(TokenKind.BracketRight);
            _depth--;
            type = new ListTypeNode(Loc(start), inner);
        }
        else
        {
            type = ParseNamedType();
        }

        if (Skip(TokenKind.Bang))
        {
            return new NonNullTypeNode(Loc(start), type);
        }

        return type;
    }

    private NamedTypeNode ParseNamedType()
    {
        int start = _lexer.Start;
        var name = ParseName();
        return new NamedTypeNode(Loc(start), name);
    }
}
