using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using static KnowledgeGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace KnowledgeGraph.GraphQL.Tests.Execution;

public sealed class LimitsTests
{
    private static readonly Schema Schema = SdlSchemaBuilder.Build("type Query { a: Int q: Query } type Mutation { m: Int }");

    private static async Task<string?> Code(string query, ExecutionOptions options) =>
        (await Execute(Schema, query, options: options)).Errors is { Count: > 0 } errors ? errors[0].Code : null;

    [Fact]
    public async Task Document_size_limit()
    {
        Assert.Equal(ErrorCodes.QueryTooLarge, await Code("{ a " + new string(' ', 100) + "}", new ExecutionOptions { MaxDocumentLength = 50 }));
        Assert.Null(await Code("{ a }", new ExecutionOptions { MaxDocumentLength = 50 }));
    }

    [Fact]
    public async Task Depth_limit_counts_through_fragments()
    {
        var options = new ExecutionOptions { MaxDepth = 3 };
        Assert.Null(await Code("{ q { q { a } } }", options));
        Assert.Equal(ErrorCodes.QueryTooDeep, await Code("{ q { ...F } } fragment F on Query { q { q { a } } }", options));
    }

    [Fact]
    public async Task Field_and_alias_limits()
    {
        Assert.Equal(ErrorCodes.QueryTooComplex, await Code("{ ...F q { ...F } } fragment F on Query { a b: a c: a }", new ExecutionOptions { MaxFieldCount = 6 }));
        Assert.Equal(ErrorCodes.QueryTooComplex, await Code("{ x: a y: a z: a }", new ExecutionOptions { MaxAliasCount = 2 }));
        Assert.Null(await Code("{ x: a y: a }", new ExecutionOptions { MaxAliasCount = 2 }));
    }

    [Fact]
    public async Task Introspection_can_be_disabled_but_typename_works()
    {
        var options = new ExecutionOptions { EnableIntrospection = false };
        Assert.Equal(ErrorCodes.IntrospectionDisabled, await Code("{ __schema { queryType { name } } }", options));
        Assert.Equal(ErrorCodes.IntrospectionDisabled, await Code("{ __type(name: \"Query\") { name } }", options));
        AssertJson("{'data':{'__typename':'Query'}}", (await Execute(Schema, "{ __typename }", options: options)).ToJson());
    }

    [Fact]
    public void Prepare_reports_the_operation_type_without_executing()
    {
        var executor = new GraphQLExecutor(Schema);
        var prepared = executor.Prepare(new GraphQLRequest { Query = "mutation M { m } query Q { a }", OperationName = "M" });
        Assert.True(prepared.IsValid);
        Assert.Equal(OperationType.Mutation, prepared.OperationType);
        Assert.False(executor.Prepare(new GraphQLRequest { Query = "{ nope }" }).IsValid);
        Assert.Equal(ErrorCodes.ParseFailed, executor.Prepare(new GraphQLRequest { Query = "" }).Errors[0].Code);
    }

    [Fact]
    public async Task Allowed_operations_and_max_errors()
    {
        Assert.Equal(ErrorCodes.OperationNotAllowed, await Code("mutation { m }", new ExecutionOptions { AllowedOperations = new HashSet<OperationType> { OperationType.Query } }));
        var schema = SdlSchemaBuilder.Build("type Query { list: [Int] }");
        var root = ExecutionHarness.Root("{\"list\": [\"a\", \"b\", \"c\", \"d\"]}");
        var result = await Execute(schema, "{ list }", root, options: new ExecutionOptions { MaxErrors = 2 });
        Assert.Equal(3, result.Errors.Count);
        Assert.StartsWith("Too many errors", result.Errors[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deeply_nested_lists_and_wide_queries_complete()
    {
        var schema = SdlSchemaBuilder.Build("type Query { a: Int q: Query }");
        var query = "{" + string.Concat(Enumerable.Range(0, 200).Select(i => $" f{i}: a")) + " }";
        var result = await Execute(schema, query, ExecutionHarness.Root("{\"a\": 1}"), options: new ExecutionOptions { MaxAliasCount = 0 });
        Assert.Empty(result.Errors);
        Assert.Equal(200, result.Data!.Count);
    }
}
