using System.Globalization;
using KnowledgeGraph.Model.Facts;

namespace KnowledgeGraph.Import.Csv;

/// <summary>One record of a CSV file: its row number (the header is row 1) and its fields by column name.</summary>
public sealed class CsvRow(string file, long row, string[] fields, IReadOnlyDictionary<string, int> columns)
{
    /// <summary>The file label (folder/file), as provenance and messages name it.</summary>
    public string File { get; } = file;

    /// <summary>The row number: the header is row 1, the first record row 2.</summary>
    public long Row { get; } = row;

    private string? _rowText;
    private Origin? _origin;

    /// <summary>
    /// <see cref="Row"/> as invariant text, made once: several facts of a row each record it in their source.
    /// </summary>
    public string RowText => _rowText ??= Row.ToString(CultureInfo.InvariantCulture);

    /// <summary>Where the row is, for validation messages (made once: every fact of the row names it).</summary>
    public Origin Origin => _origin ??= new Origin(File, (int)Math.Min(Row, int.MaxValue), 1);

    // Importers read a column several times per row: each field's text is worked out once (NoValue marks null).
    private static readonly string NoValue = new('\0', 1);
    private string?[]? _texts;

    /// <summary>The trimmed field of a column; null when the column is absent, the field empty or a missing-value marker (NA, n/a, NULL).</summary>
    public string? this[string column]
    {
        get
        {
            if (!columns.TryGetValue(column, out var i) || i >= fields.Length)
            {
                return null;
            }
            var texts = _texts ??= new string?[fields.Length];
            var text = texts[i] ??= Values.Text(fields[i]) ?? NoValue;
            return ReferenceEquals(text, NoValue) ? null : text;
        }
    }

    /// <summary>The raw field of a column, untrimmed ("" when absent).</summary>
    public string Raw(string column) => columns.TryGetValue(column, out var i) && i < fields.Length ? fields[i] : "";

    /// <summary>The record's fields joined by tabs, as read (for raw copies such as the benchmark's floor).</summary>
    public string Fields => string.Join('\t', fields);

    /// <summary>An error about this row.</summary>
    public ImportException Error(string message) => new(File, Row, message);
}
