namespace KnowledgeGraph.Store;

/// <summary>
/// The store could not be configured, opened, read or written, whatever the back-end: a back-end throws this instead
/// of its driver's own exceptions, so callers (the CLI's exit code 3, the API's <c>STORE_ERROR</c>) need not know it.
/// A load that throws it wrote nothing.
/// </summary>
public sealed class StoreException : Exception
{
    /// <summary>Creates the exception for a store at <paramref name="location"/> (a file or a URI without secrets).</summary>
    public StoreException(string? provider, string? location, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Provider = provider;
        Location = location;
    }

    /// <summary>Required by the exception pattern; prefer the other constructor.</summary>
    public StoreException() : base("The store failed.") { }

    /// <summary>Required by the exception pattern; prefer the other constructor.</summary>
    public StoreException(string message) : base(message) { }

    /// <summary>Required by the exception pattern; prefer the other constructor.</summary>
    public StoreException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>The back-end's provider name (<c>Sqlite</c>, <c>Neo4j</c>), when known.</summary>
    public string? Provider { get; }

    /// <summary>Where the store is (a file, a URI without credentials), when known.</summary>
    public string? Location { get; }

    /// <summary>The message with where it happened: <c>store 'LOCATION': MESSAGE</c>.</summary>
    public string Describe() => Location is null ? Message : $"store '{Location}': {Message}";
}
