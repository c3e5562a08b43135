using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Dashboard;

/// <summary>
/// The dashboard's HTML page and its two files (<c>dashboard.js</c>, <c>dashboard.css</c>, embedded in this assembly
/// at build time from <c>App/</c>). The page names the GraphQL endpoint it talks to; its Content-Security-Policy lets
/// it load and ask nothing outside its own origin.
/// </summary>
public sealed class DashboardPage
{
    /// <summary>The script's file name, served beside the page.</summary>
    public const string ScriptFileName = "dashboard.js";

    /// <summary>The stylesheet's file name, served beside the page.</summary>
    public const string StyleFileName = "dashboard.css";

    /// <summary>
    /// Only this origin for scripts, styles, images and requests. <c>blob:</c> workers run the layout off the main
    /// thread; <c>blob:</c>/<c>data:</c> images are the exports' previews. No inline script or style.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>The page's title.</summary>
    public string Title { get; init; } = "City-networks dashboard";

    /// <summary>The path of the GraphQL endpoint the dashboard queries (and where GraphiQL is), such as <c>/graphql</c>.</summary>
    public string GraphQLPath { get; init; } = "/graphql";

    /// <summary>Whether this build includes the bundle (false when node/npm were missing at build time).</summary>
    public static bool IsBundled => DashboardAssets.Script is not null && DashboardAssets.Style is not null;

    /// <summary>Writes the page for a dashboard whose files live under <paramref name="basePath"/> (no trailing slash).</summary>
    internal Task WriteAsync(HttpContext context, string basePath)
    {
        var bytes = Encoding.UTF8.GetBytes(Render(basePath, IsBundled));
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-cache";
        response.ContentLength = bytes.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(bytes).AsTask();
    }

    /// <summary>The page's HTML with the bundle or, when <paramref name="bundled"/> is false, a page that says it is missing.</summary>
    internal string Render(string basePath, bool bundled)
    {
        var encoder = HtmlEncoder.Default;
        var title = encoder.Encode(Title);
        var graphql = encoder.Encode(GraphQLPath);
        var html = new StringBuilder(1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(title).Append("</title>\n")
            .Append("<link rel=\"icon\" href=\"data:,\">\n");
        if (bundled)
        {
            var prefix = encoder.Encode(basePath);
            html.Append("<link rel=\"stylesheet\" href=\"").Append(prefix).Append('/').Append(StyleFileName)
                .Append("?v=").Append(DashboardAssets.Style!.Version).Append("\">\n")
                .Append("<script defer src=\"").Append(prefix).Append('/').Append(ScriptFileName)
                .Append("?v=").Append(DashboardAssets.Script!.Version).Append("\"></script>\n")
                .Append("</head>\n<body>\n<div id=\"app\" data-graphql=\"").Append(graphql).Append("\" data-title=\"").Append(title)
                .Append("\"><p class=\"loading\">Loading the dashboard…</p></div>\n")
                .Append("<noscript><p>The dashboard needs JavaScript. The same data is available from the GraphQL API at <a href=\"")
                .Append(graphql).Append("\">").Append(graphql).Append("</a>.</p></noscript>\n");
        }
        else
        {
            html.Append("</head>\n<body>\n<h1>").Append(title).Append("</h1>\n")
                .Append("<p>The dashboard was not bundled into this build (node and npm were not available when it was built). ")
                .Append("Install node 20+ and npm and rebuild to include it. The GraphQL API and GraphiQL are at <a href=\"")
                .Append(graphql).Append("\">").Append(graphql).Append("</a>.</p>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Writes an asset: cached for a year (the page links it with its content hash), ETag, gzip when accepted.</summary>
    internal static Task ServeAssetAsync(HttpContext context, DashboardAsset? asset)
    {
        var response = context.Response;
        if (asset is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        var headers = response.Headers;
        headers.ETag = asset.EntityTag.ToString();
        headers.CacheControl = "public, max-age=31536000, immutable";
        headers.XContentTypeOptions = "nosniff";
        headers.Vary = "Accept-Encoding";
        var ifNoneMatch = context.Request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count > 0 && EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
            && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(asset.EntityTag, useStrongComparison: false)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = asset.ContentType;
        var body = asset.Content;
        if (StringWithQualityHeaderValue.TryParseList(context.Request.Headers.AcceptEncoding, out var codings)
            && codings.Any(c => string.Equals(c.Value.Value, "gzip", StringComparison.OrdinalIgnoreCase) && (c.Quality ?? 1) > 0))
        {
            body = asset.Gzip;
            headers.ContentEncoding = "gzip";
        }

        response.ContentLength = body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body).AsTask();
    }
}
