namespace KnowledgeGraph.Seed;

/// <summary>The CLI's exit codes: 0 only on success.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>An input file has errors; nothing was written.</summary>
    public const int InvalidInput = 1;

    /// <summary>The command line is wrong.</summary>
    public const int Usage = 2;

    /// <summary>The store could not be opened, read or written; nothing was written.</summary>
    public const int StoreError = 3;

    /// <summary>Interrupted (Ctrl+C); nothing was written.</summary>
    public const int Cancelled = 130;
}
