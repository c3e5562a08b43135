using System.Diagnostics.CodeAnalysis;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphQL.AspNetCore;

/// <summary>
/// Maps GraphQL-over-HTTP endpoints:
/// <code>
/// builder.Services.AddGraphQL(builder.Configuration.GetSection("GraphQL"));
/// app.MapGraphQL("/graphql", schema);                      // options from AddGraphQL (or defaults)
/// app.MapGraphQL("/graphql", sp => BuildSchema(sp), options); // schema built on first request
/// app.MapGraphQL("/graphql", schema, new GraphQLServerOptions().UseGraphiQL()); // GraphiQL for browsers
/// </code>
/// </summary>
public static class GraphQLEndpointExtensions
{
    /// <summary>Serves <paramref name="schema"/> at <paramref name="pattern"/>; null <paramref name="options"/> reads <see cref="IOptions{TOptions}"/> of <see cref="GraphQLServerOptions"/>.</summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern, Schema schema, GraphQLServerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return endpoints.MapGraphQL(pattern, _ => schema, options);
    }

    /// <summary>Serves the schema that <paramref name="schemaFactory"/> builds (once, on the first request, from the application's services).</summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern, Func<IServiceProvider, Schema> schemaFactory, GraphQLServerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(schemaFactory);
        var services = endpoints.ServiceProvider;
        options ??= services.GetService<IOptions<GraphQLServerOptions>>()?.Value ?? new GraphQLServerOptions();
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger(typeof(GraphQLHttpHandler).FullName!) ?? NullLogger.Instance;
        var serverOptions = options;
        var handler = new GraphQLHttpHandler(
            () => new GraphQLExecutor(schemaFactory(services), serverOptions.ToExecutionOptions(info => LogResolverError(logger, info))),
            serverOptions,
            logger);
        if (serverOptions.GraphiQL is not null)
        {
            GraphiQLPage.MapAssets(endpoints, pattern);
        }

        return endpoints.Map(pattern, handler.HandleAsync).WithDisplayName("GraphQL " + pattern);
    }

    /// <summary>Serves the <see cref="Schema"/> registered in the application's services.</summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern = "/graphql", GraphQLServerOptions? options = null) =>
        endpoints.MapGraphQL(pattern, static sp => sp.GetRequiredService<Schema>(), options);

    private static void LogResolverError(ILogger logger, ResolverErrorInfo info) =>
        logger.LogError(info.Exception, "Resolver of {Type}.{Field} failed at {Path} (correlation id {CorrelationId}).",
            info.ParentType.Name, info.Field.Name, string.Join('.', info.Path), info.CorrelationId);
}
