using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Types;
using static KnowledgeGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace KnowledgeGraph.GraphQL.Tests.Execution;

public sealed class ResolverTests
{
    private sealed class Person
    {
        public string Name { get; init; } = "";

        public int Age { get; init; }

        public Person? Friend { get; init; }
    }

    private sealed class Robot
    {
        public string Model { get; init; } = "";
    }

    [Fact]
    public async Task Default_resolver_reads_properties_case_insensitively_and_dictionaries()
    {
        var schema = SdlSchemaBuilder.Build("type P { name: String age: Int friend: P } type Query { person: P map: P }");
        var root = new Dictionary<string, object?>
        {
            ["person"] = new Person { Name = "Ada", Age = 36, Friend = new Person { Name = "Bob" } },
            ["map"] = new Dictionary<string, object?> { ["name"] = "Map", ["age"] = 2 },
        };
        var json = await Json(schema, "{ person { name age friend { name friend { name } } } map { name age } }", root);
        AssertJson("{'data':{'person':{'name':'Ada','age':36,'friend':{'name':'Bob','friend':null}},'map':{'name':'Map','age':2}}}", json);
    }

    [Fact]
    public async Task Abstract_types_resolve_through_ResolveType_IsTypeOf_and_clr_names()
    {
        var schema = SdlSchemaBuilder.Build("interface Thing { id: ID } type Person implements Thing { id: ID name: String } type Robot implements Thing { id: ID model: String } union Any = Person | Robot type Query { things: [Thing] any: [Any] }");
        ((ObjectType)schema.GetType("Robot")!).IsTypeOf = v => v is Robot;
        ((UnionType)schema.GetType("Any")!).ResolveType = v => v is Person ? "Person" : "Robot";
        var root = new Dictionary<string, object?>
        {
            ["things"] = new object[] { new Person { Name = "Ada" }, new Robot { Model = "R2" } },
            ["any"] = new object[] { new Robot { Model = "C3" }, new Person { Name = "Bob" } },
        };
        var json = await Json(schema, "{ things { __typename ... on Person { name } ... on Robot { model } } any { __typename } }", root);
        AssertJson("{'data':{'things':[{'__typename':'Person','name':'Ada'},{'__typename':'Robot','model':'R2'}],'any':[{'__typename':'Robot'},{'__typename':'Person'}]}}", json);
    }

    [Fact]
    public async Task Resolver_exceptions_are_hidden_and_reported_to_the_callback()
    {
        var schema = SdlSchemaBuilder.Build("type Query { boom: String safe: String ok: Int }");
        schema.Query!.GetField("boom")!.Resolver = _ => throw new InvalidOperationException("secret connection string");
        schema.Query!.GetField("safe")!.Resolver = _ => ValueTask.FromException<object?>(new GraphQLException("Name is too long.", ErrorCodes.BadUserInput));
        schema.Query!.GetField("ok")!.Resolver = _ => new ValueTask<object?>(1);
        var logged = new List<ResolverErrorInfo>();
        var result = await Execute(schema, "{ boom safe ok }", options: new ExecutionOptions { OnResolverError = logged.Add });
        var json = result.ToJson();
        Assert.DoesNotContain("secret", json, StringComparison.Ordinal);
        Assert.Equal("Unexpected error.", result.Errors[0].Message);
        Assert.Equal(ErrorCodes.InternalServerError, result.Errors[0].Code);
        Assert.Equal(["boom"], result.Errors[0].Path!);
        var info = Assert.Single(logged);
        Assert.Equal(info.CorrelationId, result.Errors[0].Extensions!["correlationId"]);
        Assert.IsType<InvalidOperationException>(info.Exception);
        Assert.Equal("Name is too long.", result.Errors[1].Message);
        Assert.Equal(ErrorCodes.BadUserInput, result.Errors[1].Code);
        Assert.Equal(1, result.Data!["ok"]);
    }

    [Fact]
    public async Task Async_query_fields_run_concurrently_and_mutation_fields_serially()
    {
        var schema = SdlSchemaBuilder.Build("type Query { a: Int b: Int c: Int } type Mutation { a: Int b: Int c: Int }");
        var order = new List<string>();
        int running = 0, maxRunning = 0;
        FieldResolver Slow(string name) => async ctx =>
        {
            lock (order)
            {
                order.Add("start " + name);
                maxRunning = Math.Max(maxRunning, ++running);
            }

            await Task.Delay(150, ctx.CancellationToken);
            lock (order)
            {
                order.Add("end " + name);
                running--;
            }

            return 1;
        };
        foreach (var type in new[] { schema.Query!, schema.Mutation! })
        {
            foreach (var f in type.Fields.Values)
            {
                f.Resolver = Slow(f.Name);
            }
        }

        // All three were running at once: concurrency shown by the overlap itself, not by a timing.
        AssertJson("{'data':{'a':1,'b':1,'c':1}}", (await Execute(schema, "{ a b c }")).ToJson());
        Assert.Equal(3, maxRunning);

        order.Clear();
        maxRunning = 0;
        AssertJson("{'data':{'c':1,'a':1,'b':1}}", (await Execute(schema, "mutation { c a b }")).ToJson());
        Assert.Equal(1, maxRunning);
        Assert.Equal(["start c", "end c", "start a", "end a", "start b", "end b"], order);
    }

    [Fact]
    public async Task Async_non_null_errors_propagate()
    {
        var schema = SdlSchemaBuilder.Build("type Item { v: Int! } type Query { items: [Item!] other: Int }");
        schema.Query!.GetField("items")!.Resolver = async _ =>
        {
            await Task.Yield();
            return new object[] { new Dictionary<string, object?> { ["v"] = 1 }, new Dictionary<string, object?> { ["v"] = null } };
        };
        ((ObjectType)schema.GetType("Item")!).GetField("v")!.Resolver = async ctx =>
        {
            await Task.Yield();
            return ((IReadOnlyDictionary<string, object?>)ctx.Source!)["v"];
        };
        schema.Query!.GetField("other")!.Resolver = _ => new ValueTask<object?>(5);
        var json = (await Execute(schema, "{ items { v } other }")).ToJson();
        AssertJson("{'errors':[{'message':'Cannot return null for non-nullable field Item.v.','locations':[{'line':1,'column':11}],'path':['items',1,'v']}],'data':{'items':null,'other':5}}", json);
    }

    [Fact]
    public async Task Timeout_gives_a_timeout_error_and_caller_cancellation_throws()
    {
        // No clock: the resolvers wait on gates the test opens only after execution has answered, so an executor that
        // waited for them would answer only after their own (long) fallback, and the assertions below would fail.
        var schema = SdlSchemaBuilder.Build("type Query { slow: Int ignoring: Int }");
        var slowCancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ignoringFinished = false;
        schema.Query!.GetField("slow")!.Resolver = async ctx =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, ctx.CancellationToken);
            }
            catch (OperationCanceledException)
            {
                slowCancelled.TrySetResult(true);
                throw;
            }
            return 1;
        };
        schema.Query!.GetField("ignoring")!.Resolver = async _ =>
        {
            // Ignores the token: finishes when the test releases it (or, should execution wait for it, after 30 s).
            await Task.WhenAny(release.Task, Task.Delay(30_000, CancellationToken.None));
            ignoringFinished = true;
            return 1;
        };
        var result = await Execute(schema, "{ slow }", options: new ExecutionOptions { Timeout = TimeSpan.FromMilliseconds(100) });
        Assert.False(result.HasData);
        Assert.Equal(ErrorCodes.Timeout, result.Errors[0].Code);
        // The resolver that honours the token was told to stop.
        Assert.True(await slowCancelled.Task);

        var ignoring = await Execute(schema, "{ ignoring }", options: new ExecutionOptions { Timeout = TimeSpan.FromMilliseconds(100) });
        Assert.Equal(ErrorCodes.Timeout, ignoring.Errors[0].Code);
        // Execution answered without waiting for the resolver that ignores the token.
        Assert.False(ignoringFinished);
        release.SetResult();

        using var cts = new CancellationTokenSource(50);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new GraphQLExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = "{ slow }" }, cts.Token));
    }

    [Fact]
    public async Task Resolve_context_exposes_path_arguments_user_context_and_sub_selection()
    {
        var schema = SdlSchemaBuilder.Build("type Book { title: String author: Author } type Author { name: String born: Int } type Query { books(first: Int = 2): [Book] }");
        ResolveContext? seen = null;
        schema.Query!.GetField("books")!.Resolver = ctx =>
        {
            seen = ctx;
            return new ValueTask<object?>(Array.Empty<object>());
        };
        var result = await Execute(
            schema,
            "query($skip: Boolean!) { list: books { title ...A author @skip(if: $skip) { name } } } fragment A on Book { title author { born } }",
            variablesJson: "{\"skip\": false}",
            userContext: "user-1");
        Assert.Empty(result.Errors);
        Assert.NotNull(seen);
        Assert.Equal(["list"], seen!.Path);
        Assert.Equal(2, seen.GetArgument<int>("first"));
        Assert.Equal("user-1", seen.UserContext);
        var sub = seen.GetSubFields();
        Assert.Equal(["title", "author"], sub.Select(f => f.ResponseKey));
        Assert.Equal(2, sub[1].Nodes.Count);
        Assert.Equal(["born", "name"], seen.GetSubFields(sub[1]).Select(f => f.Name));
    }

    [Fact]
    public async Task DataLoader_batches_one_call_per_level()
    {
        var schema = SdlSchemaBuilder.Build("type Node { id: Int! child: Node children: [Node] } type Query { nodes: [Node] }");
        int batches = 0;
        var batchSizes = new List<int>();
        schema.Query!.GetField("nodes")!.Resolver = _ => new ValueTask<object?>(Enumerable.Range(0, 100).Select(i => new Dictionary<string, object?> { ["id"] = i }).ToArray());
        var node = (ObjectType)schema.GetType("Node")!;
        BatchLoadFunction<int, IReadOnlyDictionary<string, object?>> load = async (keys, ct) =>
        {
            batches++;
            batchSizes.Add(keys.Count);
            await Task.Delay(5, ct);
            return keys.ToDictionary(k => k, k => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?> { ["id"] = k + 1000 });
        };
        node.GetField("child")!.Resolver = async ctx =>
        {
            var id = (int)((IReadOnlyDictionary<string, object?>)ctx.Source!)["id"]!;
            return await ctx.GetDataLoader("child", load).LoadAsync(id);
        };
        node.GetField("children")!.Resolver = async ctx =>
        {
            var id = (int)((IReadOnlyDictionary<string, object?>)ctx.Source!)["id"]!;
            var loader = ctx.GetDataLoader("child", load);
            return await loader.LoadManyAsync([id + 1, id + 2]);
        };
        var result = await Execute(schema, "{ nodes { id child { id child { id child { id } } } } }");
        Assert.Empty(result.Errors);
        Assert.Equal(3, batches);
        Assert.Equal([100, 100, 100], batchSizes);
        var first = (ResultMap)((object?[])result.Data!["nodes"]!)[5]!;
        Assert.Equal(3005, ((ResultMap)((ResultMap)((ResultMap)first["child"]!)["child"]!)["child"]!)["id"]);

        batches = 0;
        batchSizes.Clear();
        result = await Execute(schema, "{ nodes { children { id } } }");
        Assert.Empty(result.Errors);
        Assert.Equal(1, batches);
        Assert.Equal([101], batchSizes); // keys 1..101, cached per request
    }
}
