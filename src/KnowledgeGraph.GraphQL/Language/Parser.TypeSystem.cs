namespace KnowledgeGraph.GraphQL.Language;

/// <content>Type system definitions and extensions (spec 3).</content>
public sealed partial class Parser
{
    private TypeSystemDefinitionNode ParseTypeSystemDefinition(ReadOnlySpan<char> keyword)
    {
        int start = _lexer.Start;
        var description = ParseDescription();
        switch (keyword)
        {
            case "schema":
            {
                Next();
                var directives = ParseDirectives(true);
                var operationTypes = ParseOperationTypeDefinitions();
                return new SchemaDefinitionNode(Loc(start), description, directives, operationTypes);
            }

            case "scalar":
            {
                Next();
                var name = ParseName();
                var directives = ParseDirectives(true);
                return new ScalarTypeDefinitionNode(Loc(start), description, name, directives);
            }

            case "type":
            {
                Next();
                var name = ParseName();
                var interfaces = ParseImplementsInterfaces();
                var directives = ParseDirectives(true);
                var fields = ParseFieldsDefinition();
                return new ObjectTypeDefinitionNode(Loc(start), description, name, interfaces, directives, fields);
            }

            case "interface":
            {
                Next();
                var name = ParseName();
                var interfaces = ParseImplementsInterfaces();
                var directives = ParseDirectives(true);
                var fields = ParseFieldsDefinition();
                return new InterfaceTypeDefinitionNode(Loc(start), description, name, interfaces, directives, fields);
            }

            case "union":
            {
                Next();
                var name = ParseName();
                var directives = ParseDirectives(true);
                var types = ParseUnionMemberTypes();
                return new UnionTypeDefinitionNode(Loc(start), description, name, directives, types);
            }

            case "enum":
            {
                Next();
                var name = ParseName();
                var directives = ParseDirectives(true);
                var values = ParseEnumValuesDefinition();
                return new EnumTypeDefinitionNode(Loc(start), description, name, directives, values);
            }

            case "input":
            {
                Next();
                var name = ParseName();
                var directives = ParseDirectives(true);
                var fields = ParseInputFieldsDefinition();
                return new InputObjectTypeDefinitionNode(Loc(start), description, name, directives, fields);
            }

            default:
                return ParseDirectiveDefinition(start, description);
        }
    }

    private IReadOnlyList<OperationTypeDefinitionNode> ParseOperationTypeDefinitions()
    {
        Expect(TokenKind.BraceLeft);
        int listMark = _scratch.Count;
        do
        {
            int start = _lexer.Start;
            var operation = ParseOperationType();
            Expect(TokenKind.Colon);
            var type = ParseNamedType();
            _scratch.Add(new OperationTypeDefinitionNode(Loc(start), operation, type));
        }
        while (!Skip(TokenKind.BraceRight));

        return Collect<OperationTypeDefinitionNode>(listMark);
    }

    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces()
    {
        if (!SkipKeyword("implements"))
        {
            return [];
        }

        Skip(TokenKind.Amp);
        int listMark = _scratch.Count;
        do
        {
            _scratch.Add(ParseNamedType());
        }
        while (Skip(TokenKind.Amp));

        return Collect<NamedTypeNode>(listMark);
    }

    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition()
    {
        if (!Skip(TokenKind.BraceLeft))
        {
            return [];
        }

        int listMark = _scratch.Count;
        do
        {
            int start = _lexer.Start;
            var description = ParseDescription();
            var name = ParseName();
            var arguments = ParseArgumentDefinitions();
            Expect(TokenKind.Colon);
            var type = ParseTypeReference();
            var directives = ParseDirectives(true);
            _scratch.Add(new FieldDefinitionNode(Loc(start), description, name, arguments, type, directives));
        }
        while (!Skip(TokenKind.BraceRight));

        return Collect<FieldDefinitionNode>(listMark);
    }

    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentDefinitions()
    {
        if (!Skip(TokenKind.ParenLeft))
        {
            return [];
        }

        int listMark = _scratch.Count;
        do
        {
            _scratch.Add(ParseInputValueDefinition());
        }
        while (!Skip(TokenKind.ParenRight));

        return Collect<InputValueDefinitionNode>(listMark);
    }

    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        int start = _lexer.Start;
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        ValueNode? defaultValue = Skip(TokenKind.Equals) ? ParseValueLiteral(true) : null;
        var directives = ParseDirectives(true);
        return new InputValueDefinitionNode(Loc(start), description, name, type, defaultValue, directives);
    }

    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes()
    {
        if (!Skip(TokenKind.Equals))
        {
            return [];
        }

        Skip(TokenKind.Pipe);
        int listMark = _scratch.Count;
        do
        {
            _scratch.Add(ParseNamedType());
        }
        while (Skip(TokenKind.Pipe));

        return Collect<NamedTypeNode>(listMark);
    }

    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition()
    {
        if (!Skip(TokenKind.BraceLeft))
        {
            return [];
        }

        int listMark = _scratch.Count;
        do
        {
            int start = _lexer.Start;
            var description = ParseDescription();
            if (_lexer.Kind == TokenKind.Name && _lexer.Span is "true" or "false" or "null")
            {
                throw new GraphQLSyntaxException(_source, _lexer.Start, $"Name \"{_lexer.GetRawValue()}\" is reserved and cannot be used for an enum value.");
            }

            var name = ParseName();
            var directives = ParseDirectives(true);
            _scratch.Add(new EnumValueDefinitionNode(Loc(start), description, name, directives));
        }
        while (!Skip(TokenKind.BraceRight));

        return Collect<EnumValueDefinitionNode>(listMark);
    }

    private IReadOnlyList<InputValueDefinitionNode> ParseInputFieldsDefinition()
    {
        if (!Skip(TokenKind.BraceLeft))
        {
            return [];
        }

        int listMark = _scratch.Count;
        do
        {
            _scratch.Add(ParseInputValueDefinition());
        }
        while (!Skip(TokenKind.BraceRight));

        return Collect<InputValueDefinitionNode>(listMark);
    }

    private DirectiveDefinitionNode ParseDirectiveDefinition(int start, StringValueNode? description)
    {
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        bool repeatable = SkipKeyword("repeatable");
        ExpectKeyword("on");
        Skip(TokenKind.Pipe);
        int locationsMark = _scratch.Count;
        do
        {
            if (_lexer.Kind != TokenKind.Name || !DirectiveLocationNames.TryParse(_lexer.Span, out _))
            {
                throw Unexpected();
            }

            _scratch.Add(ParseName());
        }
        while (Skip(TokenKind.Pipe));

        return new DirectiveDefinitionNode(Loc(start), description, name, arguments, repeatable, Collect<NameNode>(locationsMark));
    }

    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        int start = _lexer.Start;
        ExpectKeyword("extend");
        if (_lexer.Kind != TokenKind.Name)
        {
            throw Unexpected();
        }

        switch (_lexer.Span)
        {
            case "schema":
            {
                Next();
                var directives = ParseDirectives(true);
                var operationTypes = _lexer.Kind == TokenKind.BraceLeft ? ParseOperationTypeDefinitions() : [];
                if (directives.Count == 0 && operationTypes.Count == 0)
                {
                    throw Unexpected();
                }

                return new SchemaExtensionNode(Loc(start), directives, operationTypes);
            }

            case "scalar":
            {
                Next();
                var name = ParseName();
                var directives = ParseDirectives(true);
                if (directives.Count == 0)
                {
                    throw Unexpected();
                }

                return new ScalarTypeExtensionNode(Loc(start), name, directives);
            }

            case "type":
            case "interface":
            {
                bool isObject = _lexer.Span.SequenceEqual("type");
                Next();
                var name = ParseName();
                var interfaces = ParseImplementsInterfaces();
                var directives = ParseDirectives(true);
                var fields = ParseFieldsDefinition();
                if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
                {
                    throw Unexpected();
                }

                return isObject
                    ? new ObjectTypeExtensionNode(Loc(start), name, interfaces, directives, fields)
                    : new InterfaceTypeExtensionNode(Loc(start), name, interfaces, directives, fields);
            }

            case "union":
            {
                Next();
                var name = ParseName();
                var directives = ParseDirectives(true);
                var types = ParseUnionMemberTypes();
                if (directives.Count == 0 && types.Count == 0)
                {
                    throw Unexpected();
                }

                return new UnionTypeExtensionNode(Loc(start), name, directives, types);
            }

            case "enum":
            {
                Next();
                var name = ParseName();
                var directives = ParseDirectives(true);
                var values = ParseEnumValuesDefinition();
                if (directives.Count == 0 && values.Count == 0)
                {
                    throw Unexpected();
                }

                return new EnumTypeExtensionNode(Loc(start), name, directives, values);
            }

            case "input":
            {
                Next();
                var name = ParseName();
                var directives = ParseDirectives(true);
                var fields = ParseInputFieldsDefinition();
                if (directives.Count == 0 && fields.Count == 0)
                {
                    throw Unexpected();
                }

                return new InputObjectTypeExtensionNode(Loc(start), name, directives, fields);
            }

            default:
                throw Unexpected();
        }
    }
}
