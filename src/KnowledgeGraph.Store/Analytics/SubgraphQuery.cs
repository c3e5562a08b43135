using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Store.Analytics;

/// <summary>
/// The partnership subgraph of a scope: the projects in scope (the strongest first) with their partners, the partners'
/// cities, the programmes and themes of the projects and the networks of the partners and cities, as nodes and edges
/// ready to draw (kinds, names, coordinates, degrees). One statement fetches the facts; <see cref="SubgraphAssembler"/>
/// shapes them, the same for every back-end.
/// </summary>
/// <remarks>
/// Scope: theme, programme (with its sub-programmes) and year range restrict the projects as in the other questions;
/// <see cref="AnalyticsScope.CountryId"/> and <see cref="AnalyticsScope.NetworkId"/> keep the projects with a partner
/// that is in the country (its own IN_COUNTRY, or its city's) and a member of the network (itself, or its city), the
/// same partner for both. The projects are ranked by their number of partners descending, then name, then id, and the
/// first <see cref="First"/> kept.
/// <para>An organisation's city is the city it is LOCATED_IN (the one with the smallest id when several).
/// <see cref="Collapse"/> draws each organisation as its city (its partnerships and memberships move to the city, the
/// organisations listed in the edge's <c>via</c>). <see cref="Kinds"/> keeps the nodes of those kinds and the edges
/// between them; without projects, partners sharing projects are linked by derived <c>SHARED_PROJECTS</c> edges
/// (their <c>via</c> lists the projects).</para>
/// <para>JSON: <c>{"totalCount": n, "projects": n, "nodes": [{"id", "kind", "name", "countryCode", "latitude",
/// "longitude", "city", "acronym", "startDate", "endDate", "degree"}], "edges": [{"type", "from", "to", "weight",
/// "role", "via": [id]}]}</c>: <c>totalCount</c> counts the projects in scope, <c>projects</c> the projects kept; nodes
/// by id, edges by type, from, to (ordinal); an edge's <c>weight</c> is the number of facts it stands for.</para>
/// </remarks>
public sealed record SubgraphQuery : AnalyticsScope
{
    /// <summary>The most projects a subgraph may hold.</summary>
    public const int MaxProjects = 5000;

    /// <summary>The name of the derived relationship linking partners that share projects.</summary>
    public const string SharedProjects = "SHARED_PROJECTS";

    /// <summary>At most this many projects (1 to <see cref="MaxProjects"/>).</summary>
    public int First { get; init; } = 300;

    /// <summary>The kinds of node to return; null for all.</summary>
    public IReadOnlyList<NodeKind>? Kinds { get; init; }

    /// <summary>Whether organisations are drawn as their cities.</summary>
    public bool Collapse { get; init; }
}
