namespace KnowledgeGraph.Store.Analytics;

/// <summary>
/// The filters the research questions share. Ids may be any id a source used for the node (merged and renamed ids
/// resolve through the store's keys, so <c>city:barcelona</c> and <c>city:geonames:3128760</c> are the same city).
/// An id that resolves to nothing matches nothing. Null means "no restriction".
/// </summary>
public abstract record AnalyticsScope
{
    /// <summary>Only projects that ADDRESS this theme.</summary>
    public string? ThemeId { get; init; }

    /// <summary>Only projects FUNDED_BY this programme or any programme PART_OF it (at any depth).</summary>
    public string? ProgrammeId { get; init; }

    /// <summary>Only cities that are MEMBER_OF this network (what it restricts is said by each query).</summary>
    public string? NetworkId { get; init; }

    /// <summary>Only cities (or organisations) in this country (what it restricts is said by each query).</summary>
    public string? CountryId { get; init; }

    /// <summary>Only projects running in or after this year (a project's end year, else its start year, is at least it).</summary>
    public int? FromYear { get; init; }

    /// <summary>Only projects running in or before this year (a project's start year, else its end year, is at most it).</summary>
    public int? ToYear { get; init; }
}

/// <summary>A scope with a page: <see cref="First"/> items after skipping <see cref="Offset"/>.</summary>
public abstract record PagedAnalyticsScope : AnalyticsScope
{
    /// <summary>The largest page a query accepts.</summary>
    public const int MaxFirst = 1000;

    /// <summary>At most this many items (1 to <see cref="MaxFirst"/>).</summary>
    public int First { get; init; } = 20;

    /// <summary>Skip this many items first.</summary>
    public int Offset { get; init; }
}
