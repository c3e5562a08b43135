namespace KnowledgeGraph.Store.Backends;

/// <summary>
/// A configuration key a store provider reads, such as <c>Store:Path</c> or <c>Neo4j:Uri</c>: documented in the README
/// and checked against the deployment files by tests.
/// </summary>
/// <param name="Key">The configuration key (<c>Section:Name</c>).</param>
/// <param name="Description">What it means.</param>
public sealed record StoreSetting(string Key, string Description)
{
    /// <summary>Other environment variables the provider also reads it from (<c>NEO4J_URI</c>), besides <see cref="EnvironmentName"/>.</summary>
    public IReadOnlyList<string> EnvironmentAliases { get; init; } = [];

    /// <summary>True when the value is a secret (a password): it is never logged nor shown.</summary>
    public bool IsSecret { get; init; }

    /// <summary>The environment variable of <see cref="Key"/> as .NET configuration reads it (<c>Store__Path</c>).</summary>
    public string EnvironmentName => Key.Replace(":", "__", StringComparison.Ordinal);
}
