using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Dashboard;

/// <summary>One embedded file of the dashboard's bundle, with its content hash and a gzip copy made on first use.</summary>
internal sealed class DashboardAsset
{
    private readonly Lazy<byte[]> _gzip;

    public DashboardAsset(string contentType, byte[] content)
    {
        ContentType = contentType;
        Content = content;
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        Version = hash[..16];
        EntityTag = new EntityTagHeaderValue("\"" + hash[..32] + "\"");
        _gzip = new Lazy<byte[]>(() => Compress(content), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string ContentType { get; }

    public byte[] Content { get; }

    /// <summary>The content compressed once.</summary>
    public byte[] Gzip => _gzip.Value;

    /// <summary>A short content hash: the <c>v</c> parameter of the page's links, so the files can be cached for a year.</summary>
    public string Version { get; }

    public EntityTagHeaderValue EntityTag { get; }

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

/// <summary>The bundle embedded by the project file (both null when it was built without node).</summary>
internal static class DashboardAssets
{
    private const string ResourcePrefix = "KnowledgeGraph.Dashboard.";

    public static DashboardAsset? Script { get; } = Load(DashboardPage.ScriptFileName, "text/javascript; charset=utf-8");

    public static DashboardAsset? Style { get; } = Load(DashboardPage.StyleFileName, "text/css; charset=utf-8");

    private static DashboardAsset? Load(string name, string contentType)
    {
        using var stream = typeof(DashboardAssets).Assembly.GetManifestResourceStream(ResourcePrefix + name);
        if (stream is null)
        {
            return null;
        }

        var content = new byte[stream.Length];
        stream.ReadExactly(content);
        return new DashboardAsset(contentType, content);
    }
}
