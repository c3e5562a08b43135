using CsvHelper;

namespace KnowledgeGraph.Import.Csv;

/// <summary>
/// Reads a comma-separated file with a header row, as the publishers export them (RFC 4180 quoting, UTF-8 with or
/// without a byte-order mark). Required columns are checked up front; a malformed row raises an
/// <see cref="ImportException"/> naming the file and the row.
/// </summary>
public static class CsvTable
{
    /// <summary>Reads every record of <paramref name="path"/>; <paramref name="label"/> names the file in messages and provenance.</summary>
    public static IEnumerable<CsvRow> Read(string path, string label, params string[] requiredColumns)
    {
        if (!System.IO.File.Exists(path))
        {
            throw new ImportException(label, 0, $"file not found ({path})");
        }
        return ReadIterator(path, label, requiredColumns);
    }

    private static IEnumerable<CsvRow> ReadIterator(string path, string label, string[] requiredColumns)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            Mode = CsvMode.Rfc4180,
            AllowLineBreaksInQuotes = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            TrackLineNumbers = true,
            IncludeValuesInExceptions = true,
            // The rows are kept until the import is loaded: a value repeated down a column (a programme, a country,
            // a town) is one string.
            PoolStrings = true,
        };
        // Read as UTF-8 bytes (a UTF-16 or UTF-32 byte order mark is honoured; a UTF-8 one ends up in the first header
        // name, trimmed below), without decoding the whole file to UTF-16 first.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        using var csv = CsvReader.Create(stream, options, leaveOpen: false);
        Guard(label, 1, csv.ReadHeader);
        var header = csv.Headers ?? [];
        if (header.Count == 0 || header.All(string.IsNullOrWhiteSpace))
        {
            throw new ImportException(label, 1, "the file is empty: expected a header row");
        }
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            columns.TryAdd(header[i].Trim().TrimStart('\uFEFF'), i);
        }
        var missing = requiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new ImportException(label, 1, $"missing column(s) {string.Join(", ", missing.Select(m => $"'{m}'"))} (the header has: {string.Join(", ", header)})");
        }
        long row = 1;
        while (ReadRecord(csv, label, row + 1))
        {
            row++;
            var count = csv.FieldCount;
            if (count != header.Count)
            {
                throw new ImportException(label, row, $"has {count} field(s) where the header has {header.Count} (line {csv.LineNumber})");
            }
            var fields = new string[count];
            for (var i = 0; i < count; i++)
            {
                fields[i] = csv.GetString(i) ?? "";
            }
            yield return new CsvRow(label, row, fields, columns);
        }
    }

    /// <summary>
    /// Reads the next record, as <see cref="Guard{T}"/> would, without a delegate made for every row of the file.
    /// </summary>
    private static bool ReadRecord(CsvReader csv, string label, long row)
    {
        try
        {
            return csv.Read();
        }
        catch (CsvFormatException ex)
        {
            throw Malformed(label, row, ex);
        }
    }

    private static ImportException Malformed(string label, long row, CsvFormatException ex) =>
        new(label, row, $"malformed CSV (line {ex.LineNumber}): {Shorten(ex.Message)}", ex);

    private static T Guard<T>(string label, long row, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (CsvFormatException ex)
        {
            throw Malformed(label, row, ex);
        }
    }

    private static void Guard(string label, long row, Action read) => Guard(label, row, () =>
    {
        read();
        return 0;
    });

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 120 ? line : line[..120] + "…";
    }
}
