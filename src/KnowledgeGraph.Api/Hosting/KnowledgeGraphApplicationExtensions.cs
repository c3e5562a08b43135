using KnowledgeGraph.Api.Curation;
using KnowledgeGraph.Api.Schema;
using KnowledgeGraph.GraphQL.AspNetCore;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Backends;
using KnowledgeGraph.Store.Neo4j;
using KnowledgeGraph.Store.Sqlite;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// The service's composition: <c>builder.AddKnowledgeGraph()</c> registers the store (opened and seeded in the
/// background), the schema generated from the model, the curators' writer and key check, GraphQL options and the health
/// checks; <c>app.MapKnowledgeGraph()</c> maps <c>/graphql</c> (GraphiQL for browsers), <c>/health</c>,
/// <c>/health/live</c> and <c>/health/ready</c>.
/// </summary>
public static partial class KnowledgeGraphApplicationExtensions
{
    /// <summary>The title of the GraphiQL page browsers get at <c>/graphql</c>.</summary>
    public const string GraphiQLTitle = "City-networks knowledge graph";

    /// <summary>The query a new GraphiQL tab starts with: an example over the seed graph.</summary>
    public const string GraphiQLDefaultQuery = """
        # The city-networks knowledge graph. Press the run button (or Ctrl-Enter).
        {
          cityByName(name: "Barcelona") {
            id
            name
            countryCode
            events(first: 3) { totalCount nodes { name startDate } }
          }
        }
        """;

    /// <summary>
    /// The store back-ends the service can use, by <c>Store:Provider</c>: each back-end project plugs in with one entry here.
    /// </summary>
    public static StoreProviders StoreProviders { get; } = new(SqliteStoreProvider.Instance, Neo4jStoreProvider.Instance);

    /// <summary>Registers the service's parts (configuration: Store and the chosen back-end's section, Seed, Api, GraphQL).</summary>
    public static WebApplicationBuilder AddKnowledgeGraph(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.Configure<SeedOptions>(builder.Configuration.GetSection(SeedOptions.Section));
        services.Configure<ApiOptions>(builder.Configuration.GetSection(ApiOptions.Section));
        services.AddGraphQL(builder.Configuration.GetSection(GraphQLServerOptions.SectionName),
            options => options.UseGraphiQL(new GraphiQLPage { Title = GraphiQLTitle, DefaultQuery = GraphiQLDefaultQuery }));
        services.AddSingleton(CityNetworksModel.Instance);
        services.AddSingleton(StoreProviders);
        services.AddSingleton(sp => StoreHolder.For(
            sp.GetRequiredService<StoreProviders>(), sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<GraphModel>()));
        services.AddHostedService<StoreStartup>();
        services.AddHealthChecks()
            .AddCheck("process", () => HealthCheckResult.Healthy(), tags: [StoreHealthCheck.LiveTag])
            .AddCheck<StoreHealthCheck>(StoreHealthCheck.Name, tags: [StoreHealthCheck.ReadyTag]);
        services.AddSingleton<ApiKeyGuard>();
        services.AddSingleton<CuratorWriter>();
        services.AddSingleton(sp => KnowledgeGraphSchema.Build(
            sp.GetRequiredService<GraphModel>(), sp.GetRequiredService<StoreHolder>(),
            sp.GetRequiredService<CuratorWriter>(), sp.GetRequiredService<ApiKeyGuard>()));
        return builder;
    }

    /// <summary>Maps <c>/graphql</c> (GraphQL over HTTP) and <c>/health</c> (with <c>/live</c> and <c>/ready</c>), and prints the listening URLs once started.</summary>
    public static WebApplication MapKnowledgeGraph(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGraphQL("/graphql");
        app.MapHealth("/health");
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                LogListening(app.Logger, address.TrimEnd('/') + "/graphql", app.Services.GetRequiredService<StoreHolder>().Location);
            }
        });
        return app;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge-graph API: GraphQL at {Url} (store {Store})")]
    private static partial void LogListening(ILogger logger, string url, string store);
}
