using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace KnowledgeGraph.GraphQL.Tests.Differential;

/// <summary>
/// The reference implementation (npm <c>graphql</c> 16.x) run through node: installed once into
/// <c>&lt;repo&gt;/.cache/npm-graphql</c> and driven by <c>Differential/reference.js</c>, one process per batch.
/// When node/npm are missing or the install fails, <see cref="SkipReason"/> explains why and tests skip.
/// </summary>
public static class GraphQLJsReference
{
    private static readonly Lazy<string?> Skip = new(Prepare, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The repository root (assembly metadata written by Directory.Build.props).</summary>
    public static string RepositoryRoot => KnowledgeGraph.Tests.Shared.TestPaths.RepoRoot;

    /// <summary>Where graphql-js is installed.</summary>
    public static string InstallFolder => Path.Combine(RepositoryRoot, ".cache", "npm-graphql");

    /// <summary>The oracle script.</summary>
    public static string ScriptPath => Path.Combine(RepositoryRoot, "tests", "KnowledgeGraph.GraphQL.Tests", "Differential", "reference.js");

    /// <summary>Null when the reference can run; otherwise why the differential tests are skipped.</summary>
    public static string? SkipReason => Skip.Value;

    /// <summary>One error as reported by graphql-js.</summary>
    public sealed record ReferenceError(string Message, IReadOnlyList<(int Line, int Column)> Locations);

    /// <summary>The outcome of one case: <c>Kind</c> is "syntax", "validation" or "schema".</summary>
    public sealed record ReferenceResult(string Kind, IReadOnlyList<ReferenceError> Errors);

    /// <summary>Runs graphql-js once over the whole batch of (schema, query) pairs; results are in input order.</summary>
    public static IReadOnlyList<ReferenceResult> Run(IReadOnlyList<(string Schema, string Query)> batch)
    {
        if (SkipReason is { } reason)
        {
            throw new InvalidOperationException(reason);
        }

        var input = JsonSerializer.Serialize(batch.Select(c => new Dictionary<string, string> { ["schema"] = c.Schema, ["query"] = c.Query }));
        var (exit, stdout, stderr) = RunProcess("node", [ScriptPath, InstallFolder], input, TimeSpan.FromMinutes(3));
        if (exit != 0)
        {
            throw new InvalidOperationException($"reference.js failed ({exit}): {stderr}");
        }

        using var doc = JsonDocument.Parse(stdout);
        var results = new List<ReferenceResult>();
        foreach (var item in doc.RootElement.GetProperty("results").EnumerateArray())
        {
            var errors = item.GetProperty("errors").EnumerateArray().Select(e => new ReferenceError(
                e.GetProperty("message").GetString()!,
                e.GetProperty("locations").EnumerateArray().Select(l => (l.GetProperty("line").GetInt32(), l.GetProperty("column").GetInt32())).ToList())).ToList();
            results.Add(new ReferenceResult(item.GetProperty("kind").GetString()!, errors));
        }

        if (results.Count != batch.Count)
        {
            throw new InvalidOperationException($"reference.js answered {results.Count} results for {batch.Count} cases");
        }

        return results;
    }

    private static string? Prepare()
    {
        try
        {
            if (!File.Exists(ScriptPath))
            {
                return $"reference script missing: {ScriptPath}";
            }

            var (nodeExit, nodeVersion, _) = RunProcess("node", ["--version"], null, TimeSpan.FromSeconds(20));
            if (nodeExit != 0)
            {
                return "node is not available";
            }

            if (InstalledVersion() is { } version && version.StartsWith("16.", StringComparison.Ordinal))
            {
                return null;
            }

            Directory.CreateDirectory(InstallFolder);
            var (npmExit, _, npmErr) = RunProcess("npm", ["install", "--prefix", InstallFolder, "--no-audit", "--no-fund", "graphql@16"], null, TimeSpan.FromMinutes(4));
            if (npmExit != 0 || InstalledVersion() is not { } installed || !installed.StartsWith("16.", StringComparison.Ordinal))
            {
                return $"could not install graphql@16 with npm (node {nodeVersion.Trim()}): {Tail(npmErr)}";
            }

            return null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException or InvalidOperationException or TimeoutException)
        {
            return $"node/npm unavailable: {e.Message}";
        }
    }

    private static string? InstalledVersion()
    {
        var package = Path.Combine(InstallFolder, "node_modules", "graphql", "package.json");
        if (!File.Exists(package))
        {
            return null;
        }

        using var doc = JsonDocument.Parse(File.ReadAllText(package));
        return doc.RootElement.TryGetProperty("version", out var v) ? v.GetString() : null;
    }

    private static string Tail(string text) => text.Length <= 400 ? text.Trim() : text[^400..].Trim();

    private static (int Exit, string Stdout, string Stderr) RunProcess(string file, IReadOnlyList<string> args, string? stdin, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish within {timeout}");
        }

        return (process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }
}

/// <summary>A fact that needs graphql-js; skipped with the reason when node/npm or the package are unavailable.</summary>
public sealed class DifferentialFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the reference cannot run.</summary>
    public DifferentialFactAttribute()
    {
        if (GraphQLJsReference.SkipReason is { } reason)
        {
            Skip = "graphql-js reference unavailable: " + reason;
        }
    }
}

/// <summary>A theory that needs graphql-js; skipped with the reason when node/npm or the package are unavailable.</summary>
public sealed class DifferentialTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the reference cannot run.</summary>
    public DifferentialTheoryAttribute()
    {
        if (GraphQLJsReference.SkipReason is { } reason)
        {
            Skip = "graphql-js reference unavailable: " + reason;
        }
    }
}
