using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.GraphQL.AspNetCore;

/// <summary>
/// GraphiQL for browsers, served by the GraphQL endpoint itself: enable it with
/// <see cref="GraphQLServerOptions.UseGraphiQL(GraphiQLPage?)"/>. A browser visit to the endpoint (GET,
/// <c>Accept</c> naming <c>text/html</c>, no <c>query</c>) gets a small HTML page that loads
/// <c>&lt;endpoint&gt;/graphiql.js</c> and <c>&lt;endpoint&gt;/graphiql.css</c>, the bundle built from the npm
/// package <c>graphiql</c> at build time and embedded in this assembly (see <c>GraphiQL/</c>): nothing is loaded
/// from another origin, and the page's Content-Security-Policy forbids it. GraphiQL posts its requests to the
/// page's own path; its headers editor sends extra headers (e.g. an API key) with them.
/// </summary>
public sealed class GraphiQLPage
{
    /// <summary>The route of the script, appended to the endpoint's pattern.</summary>
    public const string ScriptFileName = "graphiql.js";

    /// <summary>The route of the stylesheet, appended to the endpoint's pattern.</summary>
    public const string StyleFileName = "graphiql.css";

    /// <summary>
    /// The page's policy: only this origin for scripts, styles, fonts, images and requests; the bundle's fonts and
    /// icons are <c>data:</c> URLs. Inline styles are allowed because GraphiQL's dialogs and editors set them.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>The page's <c>&lt;title&gt;</c>. Default "GraphiQL".</summary>
    public string Title { get; init; } = "GraphiQL";

    /// <summary>The query shown in a new tab; null for GraphiQL's own welcome text.</summary>
    public string? DefaultQuery { get; init; }

    /// <summary>Whether this build includes the bundle (false when node/npm were missing at build time).</summary>
    public static bool IsBundled => GraphiQLAssets.Script is not null && GraphiQLAssets.Style is not null;

    /// <summary>Writes the page (the endpoint's <see cref="GraphQLServerOptions.HtmlHandler"/>).</summary>
    public Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var endpoint = (context.Request.PathBase + context.Request.Path).ToUriComponent().TrimEnd('/');
        var html = Render(endpoint);
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-cache";
        // The same URL answers API clients with JSON.
        headers.Vary = "Accept";
        var bytes = Encoding.UTF8.GetBytes(html);
        response.ContentLength = bytes.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(bytes).AsTask();
    }

    /// <summary>The page's HTML for an endpoint at <paramref name="endpointPath"/> (escaped path, no trailing slash).</summary>
    internal string Render(string endpointPath) => Render(endpointPath, IsBundled);

    /// <summary>The page as it is with the bundle or, when <paramref name="bundled"/> is false, without it.</summary>
    internal string Render(string endpointPath, bool bundled)
    {
        var encoder = HtmlEncoder.Default;
        var title = encoder.Encode(Title);
        var html = new StringBuilder(1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"robots\" content=\"noindex\">\n")
            .Append("<title>").Append(title).Append("</title>\n")
            .Append("<link rel=\"icon\" href=\"data:,\">\n");
        if (bundled)
        {
            var basePath = encoder.Encode(endpointPath);
            html.Append("<link rel=\"stylesheet\" href=\"").Append(basePath).Append('/').Append(StyleFileName)
                .Append("?v=").Append(GraphiQLAssets.Style!.Version).Append("\">\n")
                .Append("</head>\n<body>\n<div id=\"graphiql\"");
            if (DefaultQuery is not null)
            {
                html.Append(" data-default-query=\"").Append(encoder.Encode(DefaultQuery)).Append('"');
            }

            html.Append(">Loading GraphiQL…</div>\n")
                .Append("<noscript>GraphiQL needs JavaScript. GraphQL requests can be sent to this URL with POST.</noscript>\n")
                .Append("<script src=\"").Append(basePath).Append('/').Append(ScriptFileName)
                .Append("?v=").Append(GraphiQLAssets.Script!.Version).Append("\"></script>\n");
        }
        else
        {
            html.Append("</head>\n<body>\n<h1>").Append(title).Append("</h1>\n")
                .Append("<p>GraphiQL was not bundled into this build (node and npm were not available when it was built). ")
                .Append("GraphQL requests can still be sent to this URL with POST (or GET with a <code>query</code> parameter).</p>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Maps GET/HEAD of <c>{pattern}/graphiql.js</c> and <c>{pattern}/graphiql.css</c>.</summary>
    internal static void MapAssets(IEndpointRouteBuilder endpoints, string pattern)
    {
        var prefix = pattern.TrimEnd('/');
        string[] methods = [HttpMethods.Get, HttpMethods.Head];
        endpoints.MapMethods(prefix + "/" + ScriptFileName, methods, context => ServeAsync(context, GraphiQLAssets.Script))
            .WithDisplayName("GraphiQL script " + pattern);
        endpoints.MapMethods(prefix + "/" + StyleFileName, methods, context => ServeAsync(context, GraphiQLAssets.Style))
            .WithDisplayName("GraphiQL stylesheet " + pattern);
    }

    /// <summary>
    /// Writes an asset: cached for a year (the page names it with its content hash), revalidated by ETag, gzip when
    /// the client accepts it.
    /// </summary>
    internal static Task ServeAsync(HttpContext context, GraphiQLAsset? asset)
    {
        var response = context.Response;
        if (asset is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        var headers = response.Headers;
        headers.ETag = asset.ETag;
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
        if (AcceptsGzip(context.Request.Headers.AcceptEncoding))
        {
            body = asset.Gzip;
            headers.ContentEncoding = "gzip";
        }

        response.ContentLength = body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body).AsTask();
    }

    private static bool AcceptsGzip(Microsoft.Extensions.Primitives.StringValues acceptEncoding) =>
        StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var codings)
        && codings.Any(c => string.Equals(c.Value.Value, "gzip", StringComparison.OrdinalIgnoreCase) && (c.Quality ?? 1) > 0);
}

/// <summary>One embedded file of the GraphiQL bundle.</summary>
internal sealed class GraphiQLAsset
{
    private readonly Lazy<byte[]> _gzip;

    public GraphiQLAsset(string contentType, byte[] content)
    {
        ContentType = contentType;
        Content = content;
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        Version = hash[..16];
        EntityTag = new EntityTagHeaderValue("\"" + hash[..32] + "\"");
        ETag = EntityTag.ToString();
        _gzip = new Lazy<byte[]>(() => Compress(content), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string ContentType { get; }

    public byte[] Content { get; }

    /// <summary>The content compressed once, on first use.</summary>
    public byte[] Gzip => _gzip.Value;

    /// <summary>A short content hash, the <c>v</c> parameter of the page's links.</summary>
    public string Version { get; }

    public EntityTagHeaderValue EntityTag { get; }

    public string ETag { get; }

    private static byte[] Compress(byte[] content)
    {
        using var output = new MemoryStream(content.Length / 3);
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return output.ToArray();
    }
}

/// <summary>The bundle embedded by the project file (absent when it was built without node).</summary>
internal static class GraphiQLAssets
{
    private const string ResourcePrefix = "KnowledgeGraph.GraphQL.AspNetCore.GraphiQL.";

    public static GraphiQLAsset? Script { get; } = Load(GraphiQLPage.ScriptFileName, "text/javascript; charset=utf-8");

    public static GraphiQLAsset? Style { get; } = Load(GraphiQLPage.StyleFileName, "text/css; charset=utf-8");

    private static GraphiQLAsset? Load(string name, string contentType)
    {
        using var stream = typeof(GraphiQLAssets).Assembly.GetManifestResourceStream(ResourcePrefix + name);
        if (stream is null)
        {
            return null;
        }

        var content = new byte[stream.Length];
        stream.ReadExactly(content);
        return new GraphiQLAsset(contentType, content);
    }
}
