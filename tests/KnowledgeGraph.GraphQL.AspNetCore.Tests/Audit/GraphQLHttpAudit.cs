using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace KnowledgeGraph.GraphQL.AspNetCore.Tests.Audit;

/// <summary>
/// The npm package <c>graphql-http</c> (with <c>graphql@16</c>), installed once into
/// <c>&lt;repo&gt;/.cache/npm-graphql-http</c>; its server audit is run by <c>Audit/audit.mjs</c>.
/// <see cref="SkipReason"/> tells why it cannot run (no node/npm, failed install).
/// </summary>
public static class GraphQLHttpAudit
{
    private static readonly JsonSerializerOptions ReadOptions = new() { PropertyNameCaseInsensitive = true };
    private static readonly Lazy<string?> Skip = new(Prepare, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string RepositoryRoot => KnowledgeGraph.Tests.Shared.TestPaths.RepoRoot;

    public static string InstallFolder => Path.Combine(RepositoryRoot, ".cache", "npm-graphql-http");

    public static string Script => Path.Combine(RepositoryRoot, "tests", "KnowledgeGraph.GraphQL.AspNetCore.Tests", "Audit", "audit.mjs");

    /// <summary>Null when the audit can run; otherwise why not.</summary>
    public static string? SkipReason => Skip.Value;

    /// <summary>Runs the audit against <paramref name="url"/>.</summary>
    public static async Task<IReadOnlyList<AuditResult>> RunAsync(Uri url)
    {
        var (exit, output, error) = await RunProcessAsync("node", [Script, InstallFolder, url.ToString()], TimeSpan.FromMinutes(2));
        if (exit != 0)
        {
            throw new InvalidOperationException($"audit.mjs exited with {exit}: {error}");
        }

        return JsonSerializer.Deserialize<List<AuditResult>>(output, ReadOptions)!;
    }

    public static string? InstalledVersion()
    {
        var manifest = Path.Combine(InstallFolder, "node_modules", "graphql-http", "package.json");
        if (!File.Exists(manifest) || !File.Exists(Path.Combine(InstallFolder, "node_modules", "graphql", "package.json")))
        {
            return null;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(manifest));
        return document.RootElement.TryGetProperty("version", out var version) ? version.GetString() : null;
    }

    private static string? Prepare()
    {
        try
        {
            var (nodeExit, nodeVersion, _) = RunProcessAsync("node", ["--version"], TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();
            if (nodeExit != 0)
            {
                return "node is not available";
            }

            if (InstalledVersion() is not null)
            {
                return null;
            }

            Directory.CreateDirectory(InstallFolder);
            var (npmExit, _, npmError) = RunProcessAsync("npm", ["install", "--prefix", InstallFolder, "--no-audit", "--no-fund", "graphql-http", "graphql@16"], TimeSpan.FromMinutes(4)).GetAwaiter().GetResult();
            if (npmExit != 0 || InstalledVersion() is null)
            {
                return $"could not install graphql-http and graphql@16 with npm (node {nodeVersion.Trim()}): {Tail(npmError)}";
            }

            return null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException or TimeoutException)
        {
            return $"node/npm unavailable: {e.Message}";
        }
    }

    private static string Tail(string text) => text.Length <= 400 ? text.Trim() : text[^400..].Trim();

    private static async Task<(int Exit, string Output, string Error)> RunProcessAsync(string fileName, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish within {timeout}.");
        }

        return (process.ExitCode, await output, await error);
    }
}

/// <summary>One audit's outcome as printed by audit.mjs.</summary>
public sealed record AuditResult(string Id, string Name, string Status, string? Reason, int? ResponseStatus)
{
    public string Level => Name.StartsWith("MUST", StringComparison.Ordinal) ? "MUST" : Name.StartsWith("SHOULD", StringComparison.Ordinal) ? "SHOULD" : "MAY";

    public override string ToString() => $"{Id} [{Status}] {Name}{(Reason is null ? "" : $" -- {Reason} (HTTP {ResponseStatus})")}";
}

/// <summary>A fact that needs node and the graphql-http package; skipped with the reason when they are unavailable.</summary>
public sealed class GraphQLHttpAuditFactAttribute : FactAttribute
{
    public GraphQLHttpAuditFactAttribute()
    {
        if (GraphQLHttpAudit.SkipReason is { } reason)
        {
            Skip = "graphql-http audit unavailable: " + reason;
        }
    }
}
