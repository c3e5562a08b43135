namespace KnowledgeGraph.Api.Hosting;

/// <summary>API settings, bound from the section <c>Api</c>.</summary>
public sealed class ApiOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Api";

    /// <summary>The key curators send (<c>X-Api-Key</c> or <c>Authorization: Bearer</c>) to run mutations; none disables mutations.</summary>
    public string? Key { get; set; }

    /// <summary>
    /// A port the service also listens on (list it in <c>--urls</c>, e.g. <c>http://127.0.0.1:9090</c>) where <c>/health</c>
    /// shows its private details (store path, start-up note, error text) without the key; none by default.
    /// </summary>
    public int? ManagementPort { get; set; }
}
