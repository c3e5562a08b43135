using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Dashboard;

/// <summary><c>app.MapDashboard()</c>: the dashboard at <c>/</c> (its files beside it), talking to <c>/graphql</c>.</summary>
public static partial class DashboardEndpointExtensions
{
    /// <summary>
    /// Maps GET/HEAD of <paramref name="pattern"/> (the page; it keeps its whole state in the query string) and of
    /// <c>{pattern}/dashboard.js</c>, <c>{pattern}/dashboard.css</c>; logs the dashboard's URL once the server listens.
    /// </summary>
    public static WebApplication MapDashboard(this WebApplication app, string pattern = "/", DashboardPage? page = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        page ??= new DashboardPage();
        var prefix = pattern.TrimEnd('/');
        string[] methods = [HttpMethods.Get, HttpMethods.Head];
        ((IEndpointRouteBuilder)app).MapMethods(prefix.Length == 0 ? "/" : prefix, methods,
                context => page.WriteAsync(context, (context.Request.PathBase + prefix).ToString()))
            .WithDisplayName("Dashboard page");
        ((IEndpointRouteBuilder)app).MapMethods(prefix + "/" + DashboardPage.ScriptFileName, methods,
                context => DashboardPage.ServeAssetAsync(context, DashboardAssets.Script))
            .WithDisplayName("Dashboard script");
        ((IEndpointRouteBuilder)app).MapMethods(prefix + "/" + DashboardPage.StyleFileName, methods,
                context => DashboardPage.ServeAssetAsync(context, DashboardAssets.Style))
            .WithDisplayName("Dashboard stylesheet");
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                LogListening(app.Logger, address.TrimEnd('/') + prefix + "/", DashboardPage.IsBundled ? "" : " (not bundled: node/npm were missing at build time)");
            }
        });
        return app;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge-graph dashboard at {Url}{Note}")]
    private static partial void LogListening(ILogger logger, string url, string note);
}
