using System.Collections.Concurrent;
using System.Text.Json;
using KnowledgeGraph.Store.Neo4j.Client;
using KnowledgeGraph.Store.Neo4j.Tests.Live;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Store.Neo4j.Tests.Lint;

/// <summary>Every distinct statement the tests' clients sent, with the names of its parameters.</summary>
public static class CypherLog
{
    private static readonly ConcurrentDictionary<string, string[]> Statements = new(StringComparer.Ordinal);

    /// <summary>Records a statement (the clients' <see cref="Neo4jClient.StatementObserver"/>).</summary>
    public static void Add(CypherStatement statement) =>
        Statements.TryAdd(statement.Text, statement.Parameters?.Keys.ToArray() ?? []);

    /// <summary>What was recorded so far.</summary>
    public static IReadOnlyList<(string Query, string[] Parameters)> Snapshot() =>
        Statements.Select(kv => (kv.Key, kv.Value)).OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
}

/// <summary>
/// Neo4j's Cypher 5 linter (npm <c>@neo4j-cypher/language-support</c>, <c>lintCypherQuery</c>) run through node,
/// installed once into <c>&lt;repo&gt;/.cache/npm-cypher</c>. <see cref="SkipReason"/> says why it cannot run.
/// </summary>
public static class CypherLinter
{
    /// <summary>The package version (the package publishes pre-releases only).</summary>
    public const string Package = "@neo4j-cypher/language-support@2.0.0-next.38";

    private static readonly Lazy<string?> Skip = new(Prepare, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Where the package is installed.</summary>
    public static string InstallFolder => Path.Combine(TestPaths.RepoRoot, ".cache", "npm-cypher");

    private static string Script => Path.Combine(TestPaths.RepoRoot, "tests", "KnowledgeGraph.Store.Neo4j.Tests", "Lint", "lint.mjs");

    /// <summary>Null when the linter can run; otherwise why the lint tests skip.</summary>
    public static string? SkipReason => Skip.Value;

    /// <summary>One statement's findings.</summary>
    public sealed record Finding(string Query, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings);

    /// <summary>Lints every statement (one node process for all).</summary>
    public static async Task<IReadOnlyList<Finding>> LintAsync(IReadOnlyList<(string Query, string[] Parameters)> statements)
    {
        if (SkipReason is { } reason)
        {
            throw new InvalidOperationException(reason);
        }
        var input = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(input, JsonSerializer.Serialize(statements.Select(s => new { query = s.Query, parameters = s.Parameters })));
            // The live run lints every distinct statement it sent (several hundred with the research questions' scopes),
            // which takes minutes on a loaded machine: a generous guard, not a speed check.
            var (exit, output) = await LiveNeo4j.RunAsync("bash", ["-c", "node \"$0\" \"$1\" < \"$2\"", Script, InstallFolder, input], TimeSpan.FromMinutes(10));
            if (exit != 0)
            {
                throw new InvalidOperationException($"lint.mjs failed ({exit}): {output}");
            }
            using var doc = JsonDocument.Parse(output);
            return doc.RootElement.EnumerateArray().Select(e => new Finding(
                e.GetProperty("query").GetString()!,
                e.GetProperty("errors").EnumerateArray().Select(x => x.GetString()!).ToList(),
                e.GetProperty("warnings").EnumerateArray().Select(x => x.GetString()!).ToList())).ToList();
        }
        finally
        {
            File.Delete(input);
        }
    }

    /// <summary>A report of every statement with errors, or null when there is none.</summary>
    public static string? Describe(IReadOnlyList<Finding> findings)
    {
        var bad = findings.Where(f => f.Errors.Count > 0).ToList();
        return bad.Count == 0 ? null
            : $"{bad.Count} of {findings.Count} statements are not valid Cypher 5:\n" +
              string.Join("\n", bad.Select(f => $"- {f.Query}\n    {string.Join("\n    ", f.Errors)}"));
    }

    private static string? Prepare()
    {
        try
        {
            var (nodeExit, _) = LiveNeo4j.RunAsync("node", ["--version"], TimeSpan.FromSeconds(20)).GetAwaiter().GetResult();
            if (nodeExit != 0)
            {
                return "node is not available (the Cypher linter runs on node)";
            }
            var marker = Path.Combine(InstallFolder, "node_modules", "@neo4j-cypher", "language-support", "package.json");
            if (!File.Exists(marker))
            {
                Directory.CreateDirectory(InstallFolder);
                var (npmExit, npmOut) = LiveNeo4j.RunAsync("npm", ["install", "--prefix", InstallFolder, "--no-audit", "--no-fund", Package], TimeSpan.FromMinutes(4)).GetAwaiter().GetResult();
                if (npmExit != 0 || !File.Exists(marker))
                {
                    return $"could not install {Package} with npm: {(npmOut.Length > 400 ? npmOut[^400..] : npmOut)}";
                }
            }
            return null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException or InvalidOperationException or TimeoutException)
        {
            return $"node/npm unavailable: {e.Message}";
        }
    }
}

/// <summary>A test that needs Neo4j's Cypher linter; skipped with the reason when node/npm or the package are missing.</summary>
public sealed class LintFactAttribute : FactAttribute
{
    /// <summary>Skips when <see cref="CypherLinter.SkipReason"/> says so.</summary>
    public LintFactAttribute()
    {
        if (CypherLinter.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
