namespace KnowledgeGraph.Import;

/// <summary>A dataset file cannot be read: the message names the file and the row (1-based, the header is row 1).</summary>
public sealed class ImportException : Exception
{
    /// <summary>Creates the error for <paramref name="file"/> at <paramref name="row"/> (0 when the whole file is concerned).</summary>
    public ImportException(string file, long row, string message, Exception? inner = null)
        : base(row > 0 ? $"{file}: row {row}: {message}" : $"{file}: {message}", inner)
    {
        File = file;
        Row = row;
    }

    /// <summary>Creates an error without a file.</summary>
    public ImportException(string message) : base(message) => File = "";

    /// <summary>Creates an error without a file.</summary>
    public ImportException() : this("the dataset cannot be imported")
    {
    }

    /// <summary>Creates an error without a file.</summary>
    public ImportException(string message, Exception inner) : base(message, inner) => File = "";

    /// <summary>The file concerned.</summary>
    public string File { get; }

    /// <summary>The row concerned (0: the whole file).</summary>
    public long Row { get; }
}
