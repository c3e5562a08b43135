namespace KnowledgeGraph.GraphQL.Language;

/// <content>Executable definitions (spec 2.3 - 2.12).</content>
public sealed partial class Parser
{
    private OperationDefinitionNode ParseOperationDefinition()
    {
        int start = _lexer.Start;
        if (_lexer.Kind == TokenKind.BraceLeft)
        {
            var shorthand = ParseSelectionSet();
            return new OperationDefinitionNode(Loc(start), null, OperationType.Query, null, [], [], shorthand, isShorthand: true);
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        NameNode? name = _lexer.Kind == TokenKind.Name ? ParseName() : null;
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(Loc(start), description, operation, name, variables, directives, selectionSet);
    }

    private OperationType ParseOperationType()
    {
        if (_lexer.Kind == TokenKind.Name)
        {
            OperationType? type = _lexer.Span switch
            {
                "query" => OperationType.Query,
                "mutation" => OperationType.Mutation,
                "subscription" => OperationType.Subscription,
                _ => null,
            };
            if (type is { } t)
            {
                Next();
                return t;
            }
        }

        throw Unexpected();
    }

    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
    {
        if (!Skip(TokenKind.ParenLeft))
        {
            return [];
        }

        int listMark = _scratch.Count;
        do
        {
            _scratch.Add(ParseVariableDefinition());
        }
        while (!Skip(TokenKind.ParenRight));

        return Collect<VariableDefinitionNode>(listMark);
    }

    private VariableDefinitionNode ParseVariableDefinition()
    {
        int start = _lexer.Start;
        var description = _options.AllowExecutableDescriptions ? ParseDescription() : null;
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        ValueNode? defaultValue = Skip(TokenKind.Equals) ? ParseValueLiteral(true) : null;
        var directives = ParseDirectives(true);
        return new VariableDefinitionNode(Loc(start), description, variable, type, defaultValue, directives);
    }

    private VariableNode ParseVariable()
    {
        int start = _lexer.Start;
        Expect(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode(Loc(start), name);
    }

    private SelectionSetNode ParseSelectionSet()
    {
        int start = _lexer.Start;
        Expect(TokenKind.BraceLeft);
        EnterNesting();
        int selectionsMark = _scratch.Count;
        do
        {
            _scratch.Add(ParseSelection());
        }
        while (!Skip(TokenKind.BraceRight));

        _depth--;
        return new SelectionSetNode(Loc(start), Collect<SelectionNode>(selectionsMark));
    }

    private SelectionNode ParseSelection() => _lexer.Kind == TokenKind.Spread ? ParseFragment() : ParseField();

    private FieldNode ParseField()
    {
        int start = _lexer.Start;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        NameNode name;
        if (Skip(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }
        else
        {
            name = nameOrAlias;
        }

        var arguments = ParseArguments(false);
        var directives = ParseDirectives(false);
        var selectionSet = _lexer.Kind == TokenKind.BraceLeft ? ParseSelectionSet() : null;
        return new FieldNode(Loc(start), alias, name, arguments, directives, selectionSet);
    }

    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!Skip(TokenKind.ParenLeft))
        {
            return [];
        }

        int listMark = _scratch.Count;
        do
        {
            int start = _lexer.Start;
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            _scratch.Add(new ArgumentNode(Loc(start), name, value));
        }
        while (!Skip(TokenKind.ParenRight));

        return Collect<ArgumentNode>(listMark);
    }

    private SelectionNode ParseFragment()
    {
        int start = _lexer.Start;
        Expect(TokenKind.Spread);
        bool hasTypeCondition = IsKeyword("on");
        if (!hasTypeCondition && _lexer.Kind == TokenKind.Name)
        {
            var name = ParseName();
            var spreadDirectives = ParseDirectives(false);
            return new FragmentSpreadNode(Loc(start), name, spreadDirectives);
        }

        NamedTypeNode? typeCondition = null;
        if (hasTypeCondition)
        {
            Next();
            typeCondition = ParseNamedType();
        }

        var directives = ParseDirectives(false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(Loc(start), typeCondition, directives, selectionSet);
    }

    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        int start = _lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        if (IsKeyword("on"))
        {
            throw Unexpected();
        }

        var name = ParseName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(Loc(start), description, name, typeCondition, directives, selectionSet);
    }

    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (_lexer.Kind != TokenKind.At)
        {
            return [];
        }

        int listMark = _scratch.Count;
        do
        {
            int start = _lexer.Start;
            Next();
            var name = ParseName();
            var arguments = ParseArguments(isConst);
            _scratch.Add(new DirectiveNode(Loc(start), name, arguments));
        }
        while (_lexer.Kind == TokenKind.At);

        return Collect<DirectiveNode>(listMark);
    }
}
