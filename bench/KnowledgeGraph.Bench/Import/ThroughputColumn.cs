using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace KnowledgeGraph.Bench.Import;

/// <summary>Adds rows/s and relationships/s to the import benchmarks' table.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    /// <summary>
    /// In process (so the counts of the setup are at hand; a full import takes about a minute, hence the long timeout),
    /// one launch, no warm-up (each run is many seconds) and three measured runs.
    /// </summary>
    public ThroughputConfig()
    {
        AddJob(Job.Default.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)).WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1).WithWarmupCount(0).WithIterationCount(3));
        AddColumn(new ThroughputColumn("rows/s", relationships: false), new ThroughputColumn("relationships/s", relationships: true));
    }
}

/// <summary>Rows (or relationships) of the import per second of a benchmark's mean time.</summary>
public sealed class ThroughputColumn(string name, bool relationships) : IColumn
{
    /// <inheritdoc/>
    public string Id => "Throughput." + name;

    /// <inheritdoc/>
    public string ColumnName => name;

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => relationships ? 1 : 0;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => relationships ? "Relationships the import asserts, per second" : "Rows read from the data files, per second";

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } stats)
        {
            return "-";
        }
        var counts = Counts();
        var method = benchmarkCase.Descriptor.WorkloadMethod.Name;
        // The informative baseline writes the graph's rows, not the files' rows: no throughput of the import for it.
        if (counts is null || method == nameof(ImportBenchmarks.RawSqliteGraphRows) ||
            (relationships && method != nameof(ImportBenchmarks.ImportAll)))
        {
            return "-";
        }
        var seconds = stats.Mean / 1e9;
        var value = (relationships ? counts.Value.Relationships : counts.Value.Rows) / seconds;
        return value.ToString("N0", CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    private static (long Rows, long Relationships)? Counts() =>
        ImportBenchmarks.Rows == 0 ? null : (ImportBenchmarks.Rows, ImportBenchmarks.Relationships);
}
