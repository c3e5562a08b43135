using System.Globalization;
using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Api.Tests.Fixtures;

/// <summary>A city of the fixture, in the country with ISO code <paramref name="Iso"/>.</summary>
public sealed record FixtureCity(string Id, string Name, string Iso, params string[] Aliases);

/// <summary>An organisation located in <paramref name="CityId"/>, or (when null) only in the country <paramref name="Iso"/>.</summary>
public sealed record FixtureOrganisation(string Id, string Name, string? CityId, string? Iso = null);

/// <summary>A partner of a project: an organisation or a city taking part directly.</summary>
public sealed record FixturePartner(string Id, string Role);

/// <summary>A project with its programme, themes, years (null: undated), EU funding and partners.</summary>
public sealed record FixtureProject(
    string Id, string Name, string Acronym, string Programme, string[] Themes,
    int? StartYear, int? EndYear, decimal? EuFunding, params FixturePartner[] Partners);

/// <summary>A relationship of the fixture as stored: type, start and end ids.</summary>
public sealed record FixtureEdge(string Type, string From, string To);

/// <summary>
/// A small Interreg-shaped graph for the API tests, declared as plain facts so that the tests can work out each
/// research question's answer from them by brute force (<see cref="FixtureOracle"/>), independently of the store.
/// </summary>
/// <remarks>
/// <code>
/// France: Lyon (org:lyon-metropole, org:univ-lyon), Besançon (org:besancon-city)
/// Germany: Köln / Cologne (org:koln-council), Leipzig (org:leipzig-agency)
/// Spain: Málaga (org:malaga-council), Zaragoza (org:zaragoza-agency; the city also takes part directly)
/// Italy: Torino / Turin (org:torino-museum), Bologna (org:bologna-univ); org:italian-agency has no city
/// Programmes: Interreg ⊃ Interreg Europe (PART_OF); URBACT III
/// Network Eurocities: Lyon, Köln, Leipzig, Málaga, Torino; Besançon COOPERATES_WITH Bologna (twinning);
/// event:mobility-forum HELD_IN Leipzig, ORGANISED_BY Eurocities, Lyon PARTICIPATED_IN it
/// </code>
/// </remarks>
public static class InterregFixture
{
    /// <summary>The fixture's one study.</summary>
    public const string Study = "study:interreg-fixture";

    /// <summary>The network.</summary>
    public const string Network = "network:eurocities";

    /// <summary>The parent programme.</summary>
    public const string Interreg = "programme:interreg";

    /// <summary>The strand of <see cref="Interreg"/>.</summary>
    public const string InterregEurope = "programme:interreg-europe";

    /// <summary>The other programme.</summary>
    public const string Urbact = "programme:urbact";

    /// <summary>The event.</summary>
    public const string Forum = "event:mobility-forum";

    /// <summary>Countries: ISO code and name (ids are <c>country:</c> + the lower-case code).</summary>
    public static IReadOnlyList<(string Iso, string Name)> Countries { get; } =
        [("FR", "France"), ("DE", "Germany"), ("ES", "Spain"), ("IT", "Italy")];

    /// <summary>The cities.</summary>
    public static IReadOnlyList<FixtureCity> Cities { get; } =
    [
        new("city:lyon", "Lyon", "FR"),
        new("city:besancon", "Besançon", "FR"),
        new("city:koln", "Köln", "DE", "Cologne"),
        new("city:leipzig", "Leipzig", "DE"),
        new("city:malaga", "Málaga", "ES"),
        new("city:zaragoza", "Zaragoza", "ES"),
        new("city:torino", "Torino", "IT", "Turin"),
        new("city:bologna", "Bologna", "IT"),
    ];

    /// <summary>The organisations.</summary>
    public static IReadOnlyList<FixtureOrganisation> Organisations { get; } =
    [
        new("org:lyon-metropole", "Métropole de Lyon", "city:lyon"),
        new("org:univ-lyon", "Université de Lyon", "city:lyon"),
        new("org:besancon-city", "Ville de Besançon", "city:besancon"),
        new("org:koln-council", "Stadt Köln", "city:koln"),
        new("org:leipzig-agency", "Leipzig Development Agency", "city:leipzig"),
        new("org:malaga-council", "Ayuntamiento de Málaga", "city:malaga"),
        new("org:zaragoza-agency", "Zaragoza Activa", "city:zaragoza"),
        new("org:torino-museum", "Museo Torino", "city:torino"),
        new("org:bologna-univ", "Università di Bologna", "city:bologna"),
        new("org:italian-agency", "Agenzia Italiana Cultura", null, "IT"),
    ];

    /// <summary>Themes: id and name.</summary>
    public static IReadOnlyList<(string Id, string Name)> Themes { get; } =
        [("theme:culture", "culture"), ("theme:mobility", "mobility"), ("theme:tourism", "tourism")];

    /// <summary>Programmes: id, name and the programme it is PART_OF (or null).</summary>
    public static IReadOnlyList<(string Id, string Name, string? PartOf)> Programmes { get; } =
        [(Interreg, "Interreg", null), (InterregEurope, "Interreg Europe", Interreg), (Urbact, "URBACT III", null)];

    /// <summary>Members of <see cref="Network"/>.</summary>
    public static IReadOnlyList<string> Members { get; } = ["city:lyon", "city:koln", "city:leipzig", "city:malaga", "city:torino"];

    /// <summary>The projects.</summary>
    public static IReadOnlyList<FixtureProject> Projects { get; } =
    [
        new("project:heritage-lab", "Heritage Lab", "HERLAB", InterregEurope, ["theme:culture"], 2016, 2019, 1_200_000m,
            Lead("org:lyon-metropole"), Partner("org:koln-council"), Partner("org:torino-museum"), Partner("org:malaga-council")),
        new("project:creative-ports", "Creative Ports", "CREPORT", InterregEurope, ["theme:culture", "theme:tourism"], 2018, 2021, 800_000m,
            Lead("org:malaga-council"), Partner("org:torino-museum"), Partner("org:univ-lyon")),
        new("project:smart-mobility", "Smart Mobility Hubs", "SMH", Urbact, ["theme:mobility"], 2015, 2017, 600_000m,
            Lead("org:leipzig-agency"), Partner("org:koln-council"), Partner("city:zaragoza")),
        new("project:river-cities", "River Cities", "RIVER", Interreg, ["theme:mobility", "theme:tourism"], 2020, 2022, 950_000m,
            Lead("org:koln-council"), Partner("org:leipzig-agency"), Partner("org:lyon-metropole"), Partner("org:besancon-city"), Partner("org:bologna-univ")),
        new("project:museum-nights", "Museum Nights", "MUSE", Urbact, ["theme:culture"], 2012, 2014, 300_000m,
            Lead("org:bologna-univ"), Partner("org:torino-museum")),
        new("project:old-towns", "Old Towns Alive", "OTA", InterregEurope, ["theme:culture"], null, null, null,
            Lead("org:besancon-city"), Partner("org:zaragoza-agency"), Partner("org:italian-agency"), Partner("city:zaragoza")),
    ];

    /// <summary>Every relationship the batch asserts.</summary>
    public static IReadOnlyList<FixtureEdge> Edges { get; } = BuildEdges();

    /// <summary>The node kind of an id, by its prefix (as the model declares the prefixes).</summary>
    public static string KindOf(string id) =>
        CityNetworksModel.Instance.NodeKinds.Single(k => id.StartsWith(k.IdPrefix + ":", StringComparison.Ordinal)).Name;

    /// <summary>The country id of an ISO code.</summary>
    public static string CountryId(string iso) => "country:" + iso.ToLowerInvariant();

    /// <summary>The fixture as one batch (every fact sourced to <see cref="Study"/> by row).</summary>
    public static GraphBatch Batch()
    {
        var row = 0;
        Source S() => new(Study, Certainty.Stated) { Dataset = "interreg-fixture.csv", Row = (++row).ToString(CultureInfo.InvariantCulture) };
        PropertyClaim C(string name, object value) => new(name, value, S());
        NodeAssertion N(string kind, string id, string name, IEnumerable<PropertyClaim> claims, params string[] aliases) =>
            new(kind, id, name) { Sources = [S()], Claims = [.. claims], Aliases = [.. aliases.Select(a => new Alias(a))] };

        var nodes = new List<NodeAssertion> { N("Study", Study, "Interreg-shaped test graph", [C("studyType", "dataset")]) };
        nodes.AddRange(Countries.Select(c => N("Country", CountryId(c.Iso), c.Name, [C("isoCode", c.Iso)])));
        nodes.AddRange(Cities.Select(c => N("City", c.Id, c.Name, [C("countryCode", c.Iso)], c.Aliases)));
        nodes.AddRange(Organisations.Select(o => N("Organisation", o.Id, o.Name, [C("organisationType", "other")])));
        nodes.AddRange(Themes.Select(t => N("Theme", t.Id, t.Name, [])));
        nodes.AddRange(Programmes.Select(p => N("Programme", p.Id, p.Name, [])));
        nodes.Add(N("Network", Network, "Eurocities", [C("acronym", "EC")]));
        nodes.Add(N("Event", Forum, "Mobility Forum", [C("eventType", "forum")]));
        foreach (var p in Projects)
        {
            var claims = new List<PropertyClaim> { C("acronym", p.Acronym) };
            if (p.StartYear is { } start) { claims.Add(C("startDate", $"{start}-01-01")); }
            if (p.EndYear is { } end) { claims.Add(C("endDate", $"{end}-12-31")); }
            if (p.EuFunding is { } funding) { claims.Add(C("euFunding", funding)); }
            nodes.Add(N("Project", p.Id, p.Name, claims));
        }
        var roles = Projects.SelectMany(p => p.Partners.Select(x => (Key: (x.Id, p.Id), x.Role))).ToDictionary(x => x.Key, x => x.Role);
        var relationships = Edges.Select(e => new RelationshipAssertion(e.Type, e.From, e.To)
        {
            Sources = [S()],
            Claims = e.Type == "PARTNER_IN" ? [C("role", roles[(e.From, e.To)])] : [],
        }).ToList();
        return new GraphBatch("interreg-fixture", nodes, relationships);
    }

    private static FixturePartner Lead(string id) => new(id, "lead");

    private static FixturePartner Partner(string id) => new(id, "partner");

    private static List<FixtureEdge> BuildEdges()
    {
        var edges = new List<FixtureEdge>();
        edges.AddRange(Cities.Select(c => new FixtureEdge("IN_COUNTRY", c.Id, CountryId(c.Iso))));
        edges.AddRange(Organisations.Select(o => o.CityId is { } city
            ? new FixtureEdge("LOCATED_IN", o.Id, city)
            : new FixtureEdge("IN_COUNTRY", o.Id, CountryId(o.Iso!))));
        edges.AddRange(Programmes.Where(p => p.PartOf is not null).Select(p => new FixtureEdge("PART_OF", p.Id, p.PartOf!)));
        edges.AddRange(Members.Select(m => new FixtureEdge("MEMBER_OF", m, Network)));
        foreach (var p in Projects)
        {
            edges.Add(new FixtureEdge("FUNDED_BY", p.Id, p.Programme));
            edges.AddRange(p.Themes.Select(t => new FixtureEdge("ADDRESSES", p.Id, t)));
            edges.AddRange(p.Partners.Select(x => new FixtureEdge("PARTNER_IN", x.Id, p.Id)));
        }
        edges.Add(new FixtureEdge("COOPERATES_WITH", "city:besancon", "city:bologna"));
        edges.Add(new FixtureEdge("HELD_IN", Forum, "city:leipzig"));
        edges.Add(new FixtureEdge("ORGANISED_BY", Forum, Network));
        edges.Add(new FixtureEdge("PARTICIPATED_IN", "city:lyon", Forum));
        return edges;
    }
}
