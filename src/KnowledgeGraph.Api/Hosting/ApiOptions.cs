namespace KnowledgeGraph.Api.Hosting;

/// <summary>API settings, bound from the section <c>Api</c>.</summary>
public sealed class ApiOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Api";

    /// <summary>The key curators send (<c>X-Api-Key</c> or <c>Authorization: Bearer</c>) to run mutations; none disables mutations.</summary>
    public string? Key { get; set; }
}
