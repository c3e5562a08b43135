using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Tests.Language;

public class ParserTests
{
    private static GraphQLSyntaxException ParseError(string text, ParserOptions? options = null) =>
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(text, options));

    private static T Single<T>(string text)
        where T : DefinitionNode => Assert.IsType<T>(Assert.Single(Parser.Parse(text).Definitions));

    [Fact]
    public void Parses_the_query_shorthand()
    {
        var op = Single<OperationDefinitionNode>("{ a }");
        Assert.True(op.IsShorthand);
        Assert.Equal(OperationType.Query, op.Operation);
        Assert.Null(op.Name);
        Assert.Equal("a", Assert.IsType<FieldNode>(Assert.Single(op.SelectionSet.Selections)).Name.Value);
    }

    [Theory]
    [InlineData("query { a }", OperationType.Query)]
    [InlineData("mutation M { a }", OperationType.Mutation)]
    [InlineData("subscription S($v: Int) @d { a }", OperationType.Subscription)]
    public void Parses_operation_types(string text, OperationType type)
    {
        var op = Single<OperationDefinitionNode>(text);
        Assert.Equal(type, op.Operation);
        Assert.False(op.IsShorthand);
    }

    [Fact]
    public void Parses_variable_definitions_with_defaults_and_directives()
    {
        var op = Single<OperationDefinitionNode>("query Q($a: Int = 1 @x, $b: [String!]!, \"desc\" $c: In = {f: [1]}) { a }");
        Assert.Equal("Q", op.Name!.Value);
        Assert.Equal(3, op.VariableDefinitions.Count);
        var a = op.VariableDefinitions[0];
        Assert.Equal("a", a.Variable.Name.Value);
        Assert.Equal("1", Assert.IsType<IntValueNode>(a.DefaultValue).Value);
        Assert.Equal("x", Assert.Single(a.Directives).Name.Value);
        var b = Assert.IsType<NonNullTypeNode>(op.VariableDefinitions[1].Type);
        var list = Assert.IsType<ListTypeNode>(b.Type);
        Assert.Equal("String", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(list.Type).Type).Name.Value);
        Assert.Equal("desc", op.VariableDefinitions[2].Description!.Value);
        Assert.IsType<ObjectValueNode>(op.VariableDefinitions[2].DefaultValue);
    }

    [Fact]
    public void Parses_fields_aliases_arguments_directives()
    {
        var op = Single<OperationDefinitionNode>("{ x: f(a: 1, b: $v) @skip(if: true) @other { y } }");
        var field = Assert.IsType<FieldNode>(op.SelectionSet.Selections[0]);
        Assert.Equal("x", field.Alias!.Value);
        Assert.Equal("f", field.Name.Value);
        Assert.Equal("x", field.ResponseKey);
        Assert.Equal(["a", "b"], field.Arguments.Select(a => a.Name.Value));
        Assert.IsType<VariableNode>(field.Arguments[1].Value);
        Assert.Equal(["skip", "other"], field.Directives.Select(d => d.Name.Value));
        Assert.NotNull(field.SelectionSet);
    }

    [Fact]
    public void Parses_fragments()
    {
        var doc = Parser.Parse("{ ...F @d ... on T { a } ... @d { b } ... { c } } fragment F on T @x { a } \"d\" fragment G on U { b }");
        var op = (OperationDefinitionNode)doc.Definitions[0];
        var spread = Assert.IsType<FragmentSpreadNode>(op.SelectionSet.Selections[0]);
        Assert.Equal("F", spread.Name.Value);
        Assert.Single(spread.Directives);
        var inline = Assert.IsType<InlineFragmentNode>(op.SelectionSet.Selections[1]);
        Assert.Equal("T", inline.TypeCondition!.Name.Value);
        var noCondition = Assert.IsType<InlineFragmentNode>(op.SelectionSet.Selections[2]);
        Assert.Null(noCondition.TypeCondition);
        Assert.Single(noCondition.Directives);
        Assert.Null(Assert.IsType<InlineFragmentNode>(op.SelectionSet.Selections[3]).TypeCondition);
        var fragment = Assert.IsType<FragmentDefinitionNode>(doc.Definitions[1]);
        Assert.Equal(("F", "T"), (fragment.Name.Value, fragment.TypeCondition.Name.Value));
        Assert.Equal("d", Assert.IsType<FragmentDefinitionNode>(doc.Definitions[2]).Description!.Value);
    }

    [Fact]
    public void Parses_all_value_kinds()
    {
        var value = Parser.ParseValue("[1, -2.5e3, \"s\", \"\"\"b\"\"\", true, false, null, ENUM, $v, [], {}, {a: {b: [$w]}}]");
        var list = Assert.IsType<ListValueNode>(value);
        Assert.Collection(
            list.Values,
            v => Assert.Equal("1", Assert.IsType<IntValueNode>(v).Value),
            v => Assert.Equal("-2.5e3", Assert.IsType<FloatValueNode>(v).Value),
            v => Assert.False(Assert.IsType<StringValueNode>(v).Block),
            v => Assert.True(Assert.IsType<StringValueNode>(v).Block),
            v => Assert.True(Assert.IsType<BooleanValueNode>(v).Value),
            v => Assert.False(Assert.IsType<BooleanValueNode>(v).Value),
            v => Assert.IsType<NullValueNode>(v),
            v => Assert.Equal("ENUM", Assert.IsType<EnumValueNode>(v).Value),
            v => Assert.Equal("v", Assert.IsType<VariableNode>(v).Name.Value),
            v => Assert.Empty(Assert.IsType<ListValueNode>(v).Values),
            v => Assert.Empty(Assert.IsType<ObjectValueNode>(v).Fields),
            v => Assert.Equal("a", Assert.Single(Assert.IsType<ObjectValueNode>(v).Fields).Name.Value));
    }

    [Fact]
    public void Const_values_reject_variables()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseConstValue("[1, $v]"));
        Assert.Equal("Syntax Error: Unexpected variable \"$v\" in constant value.", error.Message);
        Assert.Equal((1, 5), (error.Line, error.Column));
        Assert.Equal("Syntax Error: Unexpected variable \"$v\" in constant value.", ParseError("query ($a: Int = $v) { a }").Message);
        Assert.Equal("Syntax Error: Unexpected variable \"$v\" in constant value.", ParseError("type T { f(a: Int = $v): Int }").Message);
        Assert.Equal("Syntax Error: Unexpected variable \"$v\" in constant value.", ParseError("type T @d(a: $v)").Message);
    }

    [Fact]
    public void Parses_types()
    {
        Assert.Equal("[[Int!]]!", AstPrinter.Print(Parser.ParseType("[ [Int !] ]!")));
        Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType("Int!!"));
        Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType("[Int"));
        Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType(""));
    }

    [Fact]
    public void Keeps_locations()
    {
        var doc = Parser.Parse("{\n  field(arg: \"x\")\n}");
        var field = (FieldNode)((OperationDefinitionNode)doc.Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal((4, 19), (field.Location.Start, field.Location.End));
        Assert.Equal(new SourceLocation(2, 3), field.Location.StartLocation);
        Assert.Equal(new SourceLocation(2, 14), field.Arguments[0].Value.Location.StartLocation);
        Assert.Equal((0, 21), (doc.Location.Start, doc.Location.End));
    }

    [Theory]
    [InlineData("{", "Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ }", "Expected Name, found \"}\".", 1, 3)]
    [InlineData("{ a(b: ) }", "Unexpected \")\".", 1, 8)]
    [InlineData("{ a(b) }", "Expected \":\", found \")\".", 1, 6)]
    [InlineData("query", "Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("query Q(", "Expected \"$\", found <EOF>.", 1, 9)]
    [InlineData("query Q() { a }", "Expected \"$\", found \")\".", 1, 9)]
    [InlineData("notAnOperation { a }", "Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Unexpected \"...\".", 1, 1)]
    [InlineData("{ ...on }", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("fragment on on T { a }", "Unexpected Name \"on\".", 1, 10)]
    [InlineData("fragment F T { a }", "Expected \"on\", found Name \"T\".", 1, 12)]
    [InlineData("fragment F on T", "Expected \"{\", found <EOF>.", 1, 16)]
    [InlineData("{ a(b: [1, 2) }", "Unexpected \")\".", 1, 13)]
    [InlineData("{ a(b: {c 1}) }", "Expected \":\", found Int \"1\".", 1, 11)]
    [InlineData("\n\n  { a } }", "Unexpected \"}\".", 3, 9)]
    [InlineData("\"desc\" { a }", "Unexpected \"{\".", 1, 8)]
    [InlineData("\"desc\" foo", "Unexpected Name \"foo\".", 1, 8)]
    [InlineData("\"desc\" extend type T @d", "Unexpected description, descriptions are not supported on type extensions.", 1, 1)]
    [InlineData("", "Unexpected <EOF>.", 1, 1)]
    [InlineData("{ a @ }", "Expected Name, found \"}\".", 1, 7)]
    [InlineData("query ($a Int) { a }", "Expected \":\", found Name \"Int\".", 1, 11)]
    public void Reports_syntax_errors(string text, string message, int line, int column)
    {
        var error = ParseError(text);
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Executable_descriptions_can_be_disabled()
    {
        var options = new ParserOptions { AllowExecutableDescriptions = false };
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("\"d\" query { a }", options));
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("query (\"d\" $a: Int) { a }", options));
        Parser.Parse("\"d\" type T { a: Int }", options);
    }

    [Fact]
    public void Enforces_the_depth_limit_without_stack_overflow()
    {
        Assert.Equal("Syntax Error: Expected Name, found \"{\".", ParseError(new string('{', 100_000)).Message);
        var deep = string.Concat(Enumerable.Repeat("{a", 100_000));
        var error = ParseError(deep);
        Assert.Contains("maximum nesting depth of 200", error.Message, StringComparison.Ordinal);
        var fields = string.Concat(Enumerable.Repeat("{ a ", 201)) + new string('}', 201);
        Assert.Contains("nesting depth", ParseError(fields).Message, StringComparison.Ordinal);
        var ok = string.Concat(Enumerable.Repeat("{ a ", 200)) + new string('}', 200);
        Parser.Parse(ok);
        var lists = "{ a(b: " + new string('[', 300) + new string(']', 300) + ") }";
        Assert.Contains("nesting depth", ParseError(lists).Message, StringComparison.Ordinal);
        Assert.Contains("nesting depth", Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType(new string('[', 100_000) + "Int")).Message, StringComparison.Ordinal);
        Parser.Parse(deep[..100] + new string('}', 50), new ParserOptions { MaxDepth = 60 });
    }

    [Fact]
    public void Enforces_the_token_limit()
    {
        var options = new ParserOptions { MaxTokens = 10 };
        Parser.Parse("{ a b c d e f g h }", options);
        var error = ParseError("{ a b c d e f g h i j }", options);
        Assert.Equal("Syntax Error: Document contains more than 10 tokens. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Parses_schema_definitions_and_extensions()
    {
        var doc = Parser.Parse("\"d\" schema @a { query: Q mutation: M subscription: S } extend schema @b extend schema { mutation: M2 }");
        var schema = Assert.IsType<SchemaDefinitionNode>(doc.Definitions[0]);
        Assert.Equal("d", schema.Description!.Value);
        Assert.Equal([OperationType.Query, OperationType.Mutation, OperationType.Subscription], schema.OperationTypes.Select(o => o.Operation));
        Assert.Single(Assert.IsType<SchemaExtensionNode>(doc.Definitions[1]).Directives);
        Assert.Single(Assert.IsType<SchemaExtensionNode>(doc.Definitions[2]).OperationTypes);
        Assert.Equal("Syntax Error: Unexpected <EOF>.", ParseError("extend schema").Message);
    }

    [Fact]
    public void Parses_object_and_interface_definitions()
    {
        var doc = Parser.Parse("""
            "Obj" type T implements & A & B @d { "f" f("a" a: Int = 1 @x, b: [T!]!): String! @y g: T }
            interface I implements A { f: Int }
            type Empty
            extend type T implements C
            extend type T @e
            extend type T { h: Int }
            extend interface I implements B
            """);
        var t = Assert.IsType<ObjectTypeDefinitionNode>(doc.Definitions[0]);
        Assert.Equal("Obj", t.Description!.Value);
        Assert.Equal(["A", "B"], t.Interfaces.Select(i => i.Name.Value));
        Assert.Equal(2, t.Fields.Count);
        Assert.Equal("f", t.Fields[0].Description!.Value);
        Assert.Equal("a", t.Fields[0].Arguments[0].Description!.Value);
        Assert.Equal("1", ((IntValueNode)t.Fields[0].Arguments[0].DefaultValue!).Value);
        Assert.Single(t.Fields[0].Directives);
        Assert.Single(Assert.IsType<InterfaceTypeDefinitionNode>(doc.Definitions[1]).Interfaces);
        Assert.Empty(Assert.IsType<ObjectTypeDefinitionNode>(doc.Definitions[2]).Fields);
        Assert.Single(Assert.IsType<ObjectTypeExtensionNode>(doc.Definitions[3]).Interfaces);
        Assert.Single(Assert.IsType<ObjectTypeExtensionNode>(doc.Definitions[4]).Directives);
        Assert.Single(Assert.IsType<ObjectTypeExtensionNode>(doc.Definitions[5]).Fields);
        Assert.Single(Assert.IsType<InterfaceTypeExtensionNode>(doc.Definitions[6]).Interfaces);
    }

    [Fact]
    public void Parses_scalars_unions_enums_inputs_directives()
    {
        var doc = Parser.Parse("""
            scalar S @specifiedBy(url: "u")
            extend scalar S @d
            union U = | A | B
            union V @d = A
            extend union U = C
            enum E { A "b" B @deprecated }
            extend enum E { C }
            input I @oneOf { a: Int = 1 @d, b: [I] }
            extend input I { c: Int }
            "dd" directive @dir("x" x: Int = 2) repeatable on | FIELD | QUERY
            directive @one on SCHEMA
            """);
        Assert.IsType<ScalarTypeDefinitionNode>(doc.Definitions[0]);
        Assert.IsType<ScalarTypeExtensionNode>(doc.Definitions[1]);
        Assert.Equal(["A", "B"], Assert.IsType<UnionTypeDefinitionNode>(doc.Definitions[2]).Types.Select(t => t.Name.Value));
        Assert.Single(Assert.IsType<UnionTypeDefinitionNode>(doc.Definitions[3]).Directives);
        Assert.Single(Assert.IsType<UnionTypeExtensionNode>(doc.Definitions[4]).Types);
        var e = Assert.IsType<EnumTypeDefinitionNode>(doc.Definitions[5]);
        Assert.Equal("b", e.Values[1].Description!.Value);
        Assert.Single(Assert.IsType<EnumTypeExtensionNode>(doc.Definitions[6]).Values);
        Assert.Equal(2, Assert.IsType<InputObjectTypeDefinitionNode>(doc.Definitions[7]).Fields.Count);
        Assert.Single(Assert.IsType<InputObjectTypeExtensionNode>(doc.Definitions[8]).Fields);
        var d = Assert.IsType<DirectiveDefinitionNode>(doc.Definitions[9]);
        Assert.True(d.Repeatable);
        Assert.Equal(["FIELD", "QUERY"], d.Locations.Select(l => l.Value));
        Assert.False(Assert.IsType<DirectiveDefinitionNode>(doc.Definitions[10]).Repeatable);
    }

    [Theory]
    [InlineData("type T {}", "Expected Name, found \"}\".")]
    [InlineData("type T implements { a: Int }", "Expected Name, found \"{\".")]
    [InlineData("union U =", "Expected Name, found <EOF>.")]
    [InlineData("enum E { true }", "Name \"true\" is reserved and cannot be used for an enum value.")]
    [InlineData("enum E { null }", "Name \"null\" is reserved and cannot be used for an enum value.")]
    [InlineData("directive @d on NOWHERE", "Unexpected Name \"NOWHERE\".")]
    [InlineData("directive @d(a: Int)", "Expected \"on\", found <EOF>.")]
    [InlineData("directive d on FIELD", "Expected \"@\", found Name \"d\".")]
    [InlineData("extend scalar S", "Unexpected <EOF>.")]
    [InlineData("extend type T", "Unexpected <EOF>.")]
    [InlineData("extend interface I", "Unexpected <EOF>.")]
    [InlineData("extend union U", "Unexpected <EOF>.")]
    [InlineData("extend enum E", "Unexpected <EOF>.")]
    [InlineData("extend input I", "Unexpected <EOF>.")]
    [InlineData("extend foo", "Unexpected Name \"foo\".")]
    [InlineData("schema { query Q }", "Expected \":\", found Name \"Q\".")]
    [InlineData("schema { other: Q }", "Unexpected Name \"other\".")]
    [InlineData("type T { f: }", "Expected Name, found \"}\".")]
    [InlineData("input I { a }", "Expected \":\", found \"}\".")]
    public void Reports_type_system_syntax_errors(string text, string message) =>
        Assert.Equal("Syntax Error: " + message, ParseError(text).Message);
}
