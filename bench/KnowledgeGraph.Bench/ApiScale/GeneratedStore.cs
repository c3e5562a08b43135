using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Sqlite;

namespace KnowledgeGraph.Bench.ApiScale;

/// <summary>
/// Generated stores cached on disk under <c>.cache/api-scale/</c> (git-ignored; <c>KG_BENCH_CACHE</c> overrides the
/// folder), one file per scale, seed, generator version and initial schema. A missing store is generated and loaded
/// through <see cref="IGraphStore.LoadAsync"/> into a temporary file, then renamed, so a half-loaded store is never
/// used. Migrations added after the initial one are applied on open, as for any user's store.
/// </summary>
public static class GeneratedStore
{
    /// <summary>Bumped whenever the generator's output changes, so stale stores are not reused.</summary>
    public const int GeneratorVersion = 1;

    /// <summary>The default seed.</summary>
    public const int DefaultSeed = 20261122;

    /// <summary>The cache folder.</summary>
    public static string Folder => Environment.GetEnvironmentVariable("KG_BENCH_CACHE") is { Length: > 0 } configured
        ? configured
        : Path.Combine(RepositoryRoot(), ".cache", "api-scale");

    /// <summary>The store file of a shape and seed.</summary>
    public static string PathOf(GraphShape shape, int seed) =>
        Path.Combine(Folder, string.Create(CultureInfo.InvariantCulture, $"interreg-{shape.Name}-seed{seed}-g{GeneratorVersion}-{SchemaKey()}.db"));

    /// <summary>The store of <paramref name="shape"/> and <paramref name="seed"/>, generated and loaded first when absent.</summary>
    public static async Task<string> EnsureAsync(GraphShape shape, int seed, TextWriter log)
    {
        var path = PathOf(shape, seed);
        if (File.Exists(path))
        {
            return path;
        }
        Directory.CreateDirectory(Folder);
        var partial = path + ".partial";
        foreach (var stale in new[] { partial, partial + "-wal", partial + "-shm" })
        {
            File.Delete(stale);
        }
        var watch = Stopwatch.StartNew();
        var batch = new InterregGenerator(shape, seed).Generate();
        var generated = watch.Elapsed;
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"generated {shape.Name} (seed {seed}): {batch.Nodes.Count:N0} nodes, {batch.Relationships.Count:N0} relationships in {generated.TotalSeconds:F1} s; loading into {partial}")).ConfigureAwait(false);
        var summary = new StringBuilder();
        await using (var store = SqliteGraphStore.Open(partial))
        {
            var progress = new LoadLog(log, watch);
            var report = await store.LoadAsync([batch], progress: progress).ConfigureAwait(false);
            var loaded = watch.Elapsed - generated;
            var stats = await store.GetStatsAsync().ConfigureAwait(false);
            summary.AppendLine(CultureInfo.InvariantCulture, $"scale {shape.Name}, seed {seed}: {stats.Nodes:N0} nodes, {stats.Relationships:N0} relationships, {stats.Sources:N0} sources; {report.Changes.Count:N0} changes");
            summary.AppendLine(CultureInfo.InvariantCulture, $"load {loaded.TotalSeconds:F0} s ({batch.Relationships.Count / loaded.TotalSeconds:N0} relationships/s), .NET {Environment.Version}, load average {LoadAverage()}");
            foreach (var (kind, count) in stats.NodesByKind.Where(k => k.Value > 0).OrderByDescending(k => k.Value))
            {
                summary.AppendLine(CultureInfo.InvariantCulture, $"  {kind,-16} {count,12:N0}");
            }
            foreach (var (type, count) in stats.RelationshipsByType.Where(k => k.Value > 0).OrderByDescending(k => k.Value))
            {
                summary.AppendLine(CultureInfo.InvariantCulture, $"  {type,-16} {count,12:N0}");
            }
        }
        // The last connection closed checkpoints the WAL into the file, so the store is one file.
        File.Move(partial, path);
        await File.WriteAllTextAsync(Path.ChangeExtension(path, ".txt"), summary.ToString()).ConfigureAwait(false);
        await log.WriteAsync(summary.ToString()).ConfigureAwait(false);
        return path;
    }

    /// <summary>The 1-, 5- and 15-minute load averages (Linux), or "n/a".</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>The repository root: the folder holding KnowledgeGraph.sln above the running assembly.</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }

    private static string SchemaKey()
    {
        var assembly = typeof(SqliteGraphStore).Assembly;
        var first = assembly.GetManifestResourceNames().Where(n => n.EndsWith(".sql", StringComparison.Ordinal)).Order(StringComparer.Ordinal).First();
        using var stream = assembly.GetManifestResourceStream(first)!;
        return Convert.ToHexStringLower(SHA256.HashData(stream))[..8];
    }

    /// <summary>Prints the load's progress every 5% of the batch.</summary>
    private sealed class LoadLog(TextWriter log, Stopwatch watch) : IProgress<LoadProgress>
    {
        private int _lastStep = -1;

        public void Report(LoadProgress value)
        {
            var step = (int)(20L * value.Done / Math.Max(1, value.Total));
            if (step != _lastStep)
            {
                _lastStep = step;
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {value.Done:N0} / {value.Total:N0} facts, {watch.Elapsed.TotalSeconds:F0} s"));
            }
        }
    }
}
