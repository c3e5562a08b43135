namespace KnowledgeGraph.Api.Hosting;

/// <summary>Where the seed graph is, bound from the section <c>Seed</c>.</summary>
public sealed class SeedOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Seed";

    /// <summary>The folder of study files loaded into an empty store (<c>Seed:Path</c>); null to look for <c>graph-seed</c>.</summary>
    public string? Path { get; set; }

    /// <summary>The folder of source documents, to check quotes while seeding (<c>Seed:Documents</c>); null skips the check.</summary>
    public string? Documents { get; set; }
}
