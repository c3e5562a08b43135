// bench/http host. Usage: KnowledgeGraph.Bench.Http (graphql|bare|print) [port]
//   graphql: POST /graphql served by MapGraphQL with a small query schema
//   bare:    POST /graphql answered by a minimal endpoint writing the bytes the GraphQL endpoint returns for the bench query
//   print:   writes those bytes (the expected response) to stdout
using KnowledgeGraph.GraphQL.AspNetCore;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Types;

var mode = args.Length > 0 ? args[0] : "graphql";
var port = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5080;
var schema = BenchSchema.Create();

// The bare endpoint's body: what our engine answers to the bench request, computed once.
var expected = await new GraphQLExecutor(schema).ExecuteAsync(new GraphQLRequest
{
    Query = BenchSchema.Query,
    Variables = new Dictionary<string, object?> { ["id"] = 7 },
});
var bytes = System.Text.Encoding.UTF8.GetBytes(expected.ToJson());
if (mode == "print")
{
    Console.WriteLine(expected.ToJson());
    return;
}

if (mode == "handler")
{
    // In-process cost of the HTTP handler (body reading, negotiation, engine, writing) without Kestrel.
    var handler = new GraphQLHttpHandler(() => new GraphQLExecutor(schema, new GraphQLServerOptions().ToExecutionOptions()), new GraphQLServerOptions(), Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
    var body = System.Text.Encoding.UTF8.GetBytes("{\"query\":\"" + BenchSchema.Query + "\",\"operationName\":\"Person\",\"variables\":{\"id\":7}}");
    for (var round = 0; round < 5; round++)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var count = 0;
        while (watch.ElapsedMilliseconds < 2000)
        {
            var context = new DefaultHttpContext();
            context.Request.Method = "POST";
            context.Request.ContentType = "application/json";
            context.Request.Headers.Accept = "application/json";
            context.Request.Body = new MemoryStream(body);
            context.Request.ContentLength = body.Length;
            context.Response.Body = new MemoryStream();
            await handler.HandleAsync(context);
            count++;
        }

        Console.WriteLine($"handler: {count / watch.Elapsed.TotalSeconds:F0} requests/s ({watch.Elapsed.TotalMicroseconds / count:F1} us each, {GC.GetTotalAllocatedBytes() / (double)count / (round + 1):F0} B allocated each)");
    }

    return;
}

if (mode == "engine")
{
    // In-process cost of the same request without HTTP: prepare + execute + serialise, one thread.
    var executor = new GraphQLExecutor(schema, new GraphQLServerOptions { Timeout = Environment.GetEnvironmentVariable("BENCH_NO_TIMEOUT") == "1" ? null : TimeSpan.FromSeconds(10) }.ToExecutionOptions());
    var variables = new Dictionary<string, object?> { ["id"] = 7 };
    using var sink = new MemoryStream();
    for (var round = 0; round < 5; round++)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var count = 0;
        while (watch.ElapsedMilliseconds < 2000)
        {
            var prepared = executor.Prepare(new GraphQLRequest { Query = BenchSchema.Query, OperationName = "Person", Variables = variables });
            var result = await executor.ExecuteAsync(prepared);
            sink.Position = 0;
            await result.WriteToAsync(sink);
            count++;
        }

        Console.WriteLine($"engine: {count / watch.Elapsed.TotalSeconds:F0} requests/s ({watch.Elapsed.TotalMicroseconds / count:F1} us each, {GC.GetTotalAllocatedBytes() / (double)count / (round + 1):F0} B allocated each)");
    }

    return;
}

var builder = WebApplication.CreateSlimBuilder(args.Skip(2).ToArray());
builder.Logging.ClearProviders();
builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
var app = builder.Build();
if (mode == "bare")
{
    app.MapPost("/graphql", async context =>
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    });
}
else
{
    app.MapGraphQL("/graphql", schema);
}

Console.WriteLine($"{mode} listening on http://127.0.0.1:{port}/graphql");
await app.RunAsync();

/// <summary>A small query schema: a person with a few scalar fields and a list of friends.</summary>
internal static class BenchSchema
{
    public const string Query = "query Person($id: Int!) { person(id: $id) { id name email friends { id name } } }";

    public static Schema Create()
    {
        var schema = SdlSchemaBuilder.Build("""
            type Person { id: Int! name: String! email: String friends: [Person!]! }
            type Query { person(id: Int!): Person hello: String }
            """);
        schema.Query!.GetField("person")!.Resolver = ctx => new ValueTask<object?>(Person(Convert.ToInt32(ctx.Arguments["id"], System.Globalization.CultureInfo.InvariantCulture)));
        schema.Query!.GetField("hello")!.Resolver = _ => new ValueTask<object?>("world");
        ((ObjectType)schema.GetType("Person")!).GetField("friends")!.Resolver = ctx =>
        {
            var id = ((PersonRecord)ctx.Source!).Id;
            return new ValueTask<object?>(new[] { Person(id + 1), Person(id + 2), Person(id + 3) });
        };
        return schema;
    }

    private static PersonRecord Person(int id) => new(id, "Person " + id, $"person{id}@example.org");

    internal sealed record PersonRecord(int Id, string Name, string Email);
}
