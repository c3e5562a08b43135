using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.GraphQL.AspNetCore;

/// <summary>Registers <see cref="GraphQLServerOptions"/> for <see cref="GraphQLEndpointExtensions"/>.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="GraphQLServerOptions"/> from <paramref name="configuration"/> (the section itself, e.g.
    /// <c>Configuration.GetSection("GraphQL")</c>) and then applies <paramref name="configure"/>.
    /// </summary>
    public static IServiceCollection AddGraphQL(this IServiceCollection services, IConfiguration? configuration = null, Action<GraphQLServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<GraphQLServerOptions>();
        if (configuration is not null)
        {
            builder.Bind(configuration);
        }

        if (configure is not null)
        {
            builder.Configure(configure);
        }

        return services;
    }

    /// <summary>Configures <see cref="GraphQLServerOptions"/> in code.</summary>
    public static IServiceCollection AddGraphQL(this IServiceCollection services, Action<GraphQLServerOptions> configure) =>
        services.AddGraphQL(null, configure);
}
