using System.Buffers;
using System.Text.Json;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.GraphQL.AspNetCore;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.Store.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Bench.ApiScale;

/// <summary>
/// The API "in the server" without HTTP: the service's own composition (<c>AddKnowledgeGraph</c>: the schema generated
/// from the model, its resolvers and store holder) over a given store, and a <see cref="GraphQLExecutor"/> with the
/// server's execution options. A request is executed (documents cached by text, as the endpoint does) and serialised
/// to UTF-8 JSON like the endpoint's response.
/// </summary>
public sealed class InProcessApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly GraphQLExecutor _executor;
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);

    /// <summary>Builds the service over the store file at <paramref name="storePath"/> (opened now, not seeded).</summary>
    public InProcessApi(string storePath)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration["Store:Path"] = storePath;
        builder.Logging.ClearProviders();
        builder.AddKnowledgeGraph();
        _app = builder.Build();
        Store = SqliteGraphStore.Open(storePath, readConnections: SqliteStoreProvider.Options(builder.Configuration).ReadConnections);
        _app.Services.GetRequiredService<StoreHolder>().SetReady(Store, "benchmark");
        var options = _app.Services.GetRequiredService<IOptions<GraphQLServerOptions>>().Value;
        _executor = new GraphQLExecutor(_app.Services.GetRequiredService<KnowledgeGraph.GraphQL.Types.Schema>(), options.ToExecutionOptions());
    }

    /// <summary>The store the API reads.</summary>
    public SqliteGraphStore Store { get; }

    /// <summary>Executes <paramref name="query"/> and serialises the response; returns its length in bytes.</summary>
    public async Task<int> ExecuteAsync(string query)
    {
        var result = await _executor.ExecuteAsync(new GraphQLRequest { Query = query }).ConfigureAwait(false);
        _buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = ResultJsonWriter.Encoder, SkipValidation = true }))
        {
            result.WriteTo(writer);
        }
        return _buffer.WrittenCount;
    }

    /// <summary>The last response, as a JSON document.</summary>
    public JsonDocument LastResponse() => JsonDocument.Parse(_buffer.WrittenMemory);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _app.Services.GetRequiredService<StoreHolder>().DisposeAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
