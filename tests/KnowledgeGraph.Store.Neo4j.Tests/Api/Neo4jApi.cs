using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Api.Tests;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Backends;
using KnowledgeGraph.Store.Neo4j.Tests.Lint;
using KnowledgeGraph.Store.Neo4j.Tests.Live;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Store.Neo4j.Tests.Api;

/// <summary>
/// The API configured for Neo4j as a user would configure it (<c>Store:Provider = Neo4j</c> and the <c>Neo4j</c>
/// section), with the real Neo4j provider wrapped so that every statement the service sends also goes to the run's
/// <see cref="CypherLog"/> (the end-of-run Cypher 5 lint).
/// </summary>
public static class Neo4jApi
{
    /// <summary>A server (not started) over the live server's database, or over <paramref name="uri"/> when given.</summary>
    public static ApiServer Create(LiveNeo4j server, string? uri = null, IReadOnlyDictionary<string, string?>? more = null, bool waitForReady = true)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Store:Provider"] = Neo4jStoreProvider.ProviderName,
            ["Neo4j:Uri"] = uri ?? server.Options.Uri,
            ["Neo4j:User"] = server.Options.User,
            ["Neo4j:Password"] = server.Options.Password,
            ["Neo4j:Database"] = server.Options.Database,
        };
        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        return new ApiServer
        {
            Settings = settings,
            WaitForReady = waitForReady,
            ConfigureServices = services => services.AddSingleton(
                new StoreProviders(KnowledgeGraphApplicationExtensions.StoreProviders.All.Select(p => p is Neo4jStoreProvider ? new LoggedProvider(p) : p))),
        };
    }

    /// <summary>
    /// The pair a contract test compares: the API over a SQLite store and the API over the live Neo4j (emptied first),
    /// both started and seeded by the service the same way.
    /// </summary>
    public static async Task<(ApiServer Sqlite, ApiServer Neo4j)> StartPairAsync(LiveNeo4j server)
    {
        await server.ClearAsync();
        var sqlite = new ApiServer();
        await sqlite.InitializeAsync();
        var neo4j = Create(server);
        await neo4j.InitializeAsync();
        return (sqlite, neo4j);
    }

    /// <summary>The Neo4j provider whose back-ends log every statement their client sends.</summary>
    private sealed class LoggedProvider(IStoreProvider inner) : IStoreProvider
    {
        public string Name => inner.Name;

        public IReadOnlyList<string> Schemes => inner.Schemes;

        public IReadOnlyList<StoreSetting> Settings => inner.Settings;

        public IReadOnlyDictionary<string, string?> LocationSettings(string location) => inner.LocationSettings(location);

        public string Describe(IConfiguration configuration) => inner.Describe(configuration);

        public async Task<IGraphBackend> OpenAsync(IConfiguration configuration, GraphModel model, CancellationToken cancellationToken = default)
        {
            var backend = await inner.OpenAsync(configuration, model, cancellationToken);
            var client = ((Neo4jBackend)backend).Store.Client;
            var counted = client.StatementObserver;
            client.StatementObserver = s =>
            {
                counted?.Invoke(s);
                CypherLog.Add(s);
            };
            return backend;
        }
    }
}
