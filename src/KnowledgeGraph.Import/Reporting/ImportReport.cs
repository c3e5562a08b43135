using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Import.Reporting;

/// <summary>A row whose city (or other reference) could not be resolved: it is reported, never silently dropped.</summary>
/// <param name="Source">The importer (keep-eu, urbact, ...).</param>
/// <param name="File">The file (folder/file).</param>
/// <param name="Row">The row (the header is row 1).</param>
/// <param name="What">What was looked up (partner town, member city, twin city, ...).</param>
/// <param name="Value">The value as the file wrote it.</param>
/// <param name="Reason">Why it did not resolve, and what was done with the row instead.</param>
public sealed record UnmatchedRow(string Source, string File, long Row, string What, string Value, string Reason);

/// <summary>Counts of one importer: rows read, nodes and relationships asserted, city references matched (by method) and unmatched.</summary>
public sealed class SourceStats(string name)
{
    /// <summary>The importer.</summary>
    public string Name { get; } = name;

    /// <summary>Rows read, per file.</summary>
    public Dictionary<string, long> RowsByFile { get; } = new(StringComparer.Ordinal);

    /// <summary>All rows read.</summary>
    public long Rows => RowsByFile.Values.Sum();

    /// <summary>City references resolved, by method (the part of the note before any ';').</summary>
    public SortedDictionary<string, long> MatchedByMethod { get; } = new(StringComparer.Ordinal);

    /// <summary>City references resolved.</summary>
    public long Matched => MatchedByMethod.Values.Sum();

    /// <summary>City references that did not resolve.</summary>
    public long Unmatched { get; set; }

    /// <summary>Resolved share of city references, 0–100 (100 when there were none).</summary>
    public double MatchRate => Matched + Unmatched == 0 ? 100 : 100.0 * Matched / (Matched + Unmatched);

    /// <summary>Nodes asserted by the importer's batches.</summary>
    public long NodesAsserted { get; set; }

    /// <summary>Relationships asserted by the importer's batches.</summary>
    public long RelationshipsAsserted { get; set; }

    /// <summary>Seconds spent reading and resolving.</summary>
    public double ReadSeconds { get; set; }

    /// <summary>Counts a row read from a file.</summary>
    public void CountRow(string file) => RowsByFile[file] = RowsByFile.GetValueOrDefault(file) + 1;

    /// <summary>Counts a resolved city reference.</summary>
    public void CountMatch(string method)
    {
        // The text before any ';' (most methods have none: no string is made for them).
        var semicolon = method.IndexOf(';', StringComparison.Ordinal);
        var key = (semicolon < 0 ? method : method[..semicolon]).Trim();
        MatchedByMethod[key] = MatchedByMethod.GetValueOrDefault(key) + 1;
    }
}

/// <summary>What an import did per source, with every unmatched row; written as a CSV report.</summary>
public sealed class ImportReport
{
    private readonly Dictionary<string, SourceStats> _sources = new(StringComparer.Ordinal);
    private readonly List<UnmatchedRow> _unmatched = [];

    /// <summary>Stats per source, in the order the sources were imported.</summary>
    public IReadOnlyList<SourceStats> Sources => [.. _sources.Values];

    /// <summary>Every unmatched row.</summary>
    public IReadOnlyList<UnmatchedRow> Unmatched => _unmatched;

    /// <summary>The stats of a source (created on first use).</summary>
    public SourceStats For(string source)
    {
        if (!_sources.TryGetValue(source, out var stats))
        {
            _sources[source] = stats = new SourceStats(source);
        }
        return stats;
    }

    /// <summary>Records an unmatched reference; when <paramref name="countsAsCity"/> it also counts against the source's match rate.</summary>
    public void AddUnmatched(string source, string file, long row, string what, string value, string reason, bool countsAsCity = true)
    {
        _unmatched.Add(new UnmatchedRow(source, file, row, what, value, reason));
        if (countsAsCity)
        {
            For(source).Unmatched++;
        }
    }

    /// <summary>Writes the unmatched rows as CSV (source, file, row, what, value, reason).</summary>
    public void WriteUnmatchedCsv(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.WriteLine("source,file,row,what,value,reason");
        foreach (var u in _unmatched)
        {
            writer.WriteLine(string.Join(",", Quote(u.Source), Quote(u.File), u.Row.ToString(CultureInfo.InvariantCulture), Quote(u.What), Quote(u.Value), Quote(u.Reason)));
        }
    }

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
