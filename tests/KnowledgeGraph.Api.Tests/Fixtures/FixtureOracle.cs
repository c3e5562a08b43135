using static KnowledgeGraph.Api.Tests.Fixtures.InterregFixture;

namespace KnowledgeGraph.Api.Tests.Fixtures;

/// <summary>The scope arguments of a research question (null: no restriction).</summary>
public sealed record Scope(string? Theme = null, string? Programme = null, string? Network = null, string? Country = null, int? FromYear = null, int? ToYear = null)
{
    /// <summary>The scope as GraphQL arguments, such as <c>theme: "theme:culture", fromYear: 2016</c>.</summary>
    public string Arguments()
    {
        var args = new List<string>();
        void Add(string name, object? value)
        {
            if (value is string s) { args.Add($"{name}: \"{s}\""); }
            else if (value is int i) { args.Add($"{name}: {i}"); }
        }
        Add("theme", Theme); Add("programme", Programme); Add("network", Network); Add("country", Country);
        Add("fromYear", FromYear); Add("toYear", ToYear);
        return string.Join(", ", args);
    }
}

/// <summary>A ranked node: its id, distinct partners and distinct projects.</summary>
public sealed record RankedNode(string Id, int Partners, int Projects);

/// <summary>
/// The research questions answered by brute force over <see cref="InterregFixture"/>'s own facts, following the rules
/// of docs/analytics.md (taking part directly or through an organisation located in the city; programmes with their
/// parts; a project runs in [from, to] when its end (else start) year is at least from and its start (else end) year at
/// most to, undated projects never matching), written without the store so the API's answers can be checked.
/// Ties are broken by ordinal id order, as the store's binary collation does.
/// </summary>
public static class FixtureOracle
{
    private static readonly StringComparer Ordinal = StringComparer.Ordinal;

    /// <summary>The projects in scope (theme, programme with its parts, years).</summary>
    public static List<FixtureProject> ProjectsIn(Scope scope) => Projects.Where(p =>
        (scope.Theme is null || p.Themes.Contains(scope.Theme))
        && (scope.Programme is null || ProgrammeAndParts(scope.Programme).Contains(p.Programme))
        && (scope.FromYear is null || (p.EndYear ?? p.StartYear) >= scope.FromYear)
        && (scope.ToYear is null || (p.StartYear ?? p.EndYear) <= scope.ToYear)).ToList();

    /// <summary>A programme and every programme PART_OF it, at any depth.</summary>
    public static HashSet<string> ProgrammeAndParts(string programme)
    {
        var set = new HashSet<string> { programme };
        while (Programmes.Where(p => p.PartOf is not null && set.Contains(p.PartOf) && !set.Contains(p.Id)).Select(p => p.Id).ToList() is { Count: > 0 } more)
        {
            set.UnionWith(more);
        }
        return set;
    }

    /// <summary>The cities taking part in a project, directly or through their organisations.</summary>
    public static HashSet<string> CitiesOf(FixtureProject project) =>
        project.Partners.Select(x => x.Id.StartsWith("city:", StringComparison.Ordinal) ? x.Id : Organisation(x.Id).CityId)
            .OfType<string>().ToHashSet(Ordinal);

    /// <summary>The organisations taking part in a project.</summary>
    public static HashSet<string> OrganisationsOf(FixtureProject project) =>
        project.Partners.Select(x => x.Id).Where(id => id.StartsWith("org:", StringComparison.Ordinal)).ToHashSet(Ordinal);

    /// <summary>Whether a city is a member of the network.</summary>
    public static bool IsMember(string city, string network) => network == Network && Members.Contains(city);

    /// <summary>Whether an organisation counts as a member: located in a member city (none is a member itself here).</summary>
    public static bool IsMemberOrganisation(string org, string network) => Organisation(org).CityId is { } city && IsMember(city, network);

    /// <summary>A city's country id.</summary>
    public static string CountryOfCity(string city) => CountryId(Cities.Single(c => c.Id == city).Iso);

    /// <summary>The countries of a partner: a city's; an organisation's city's, or its own.</summary>
    public static IEnumerable<string> CountriesOfPartner(string id)
    {
        if (id.StartsWith("city:", StringComparison.Ordinal))
        {
            return [CountryOfCity(id)];
        }
        var org = Organisation(id);
        return org.CityId is { } city ? [CountryOfCity(city)] : [CountryId(org.Iso!)];
    }

    /// <summary>Question 1: pairs (a &lt; b) with their shared projects' ids, ranked by shared projects, then ids.</summary>
    public static List<(string A, string B, List<string> Projects)> Pairs(Scope scope)
    {
        var shared = new Dictionary<(string, string), List<FixtureProject>>();
        foreach (var project in ProjectsIn(scope))
        {
            var cities = CitiesOf(project).Order(Ordinal).ToList();
            for (var i = 0; i < cities.Count; i++)
            {
                for (var j = i + 1; j < cities.Count; j++)
                {
                    var key = (cities[i], cities[j]);
                    (shared.TryGetValue(key, out var list) ? list : shared[key] = []).Add(project);
                }
            }
        }
        return shared
            .Where(s => scope.Network is null || (IsMember(s.Key.Item1, scope.Network) && IsMember(s.Key.Item2, scope.Network)))
            .Where(s => scope.Country is null || CountryOfCity(s.Key.Item1) == scope.Country || CountryOfCity(s.Key.Item2) == scope.Country)
            .OrderByDescending(s => s.Value.Count).ThenBy(s => s.Key.Item1, Ordinal).ThenBy(s => s.Key.Item2, Ordinal)
            .Select(s => (s.Key.Item1, s.Key.Item2, s.Value.OrderBy(p => p.Name, Ordinal).Select(p => p.Id).ToList()))
            .ToList();
    }

    /// <summary>Question 2: a city's projects in scope and its partner cities (network and country restrict them), ranked.</summary>
    public static (List<string> Projects, List<(string City, int Shared)> Partners) Profile(string city, Scope scope)
    {
        var projects = ProjectsIn(scope).Where(p => CitiesOf(p).Contains(city)).ToList();
        var partners = projects.SelectMany(p => CitiesOf(p)).Where(c => c != city)
            .Where(c => scope.Network is null || IsMember(c, scope.Network))
            .Where(c => scope.Country is null || CountryOfCity(c) == scope.Country)
            .GroupBy(c => c).Select(g => (City: g.Key, Shared: g.Count()))
            .OrderByDescending(x => x.Shared).ThenBy(x => x.City, Ordinal).ToList();
        return (projects.Select(p => p.Id).ToList(), partners);
    }

    /// <summary>
    /// The collaboration graph of question 4: the nodes taking part in a project in scope (cities, or organisations;
    /// members only when a network is given), each with its projects, and an edge between two nodes sharing a project.
    /// </summary>
    public static (Dictionary<string, HashSet<string>> Projects, Dictionary<string, HashSet<string>> Neighbours) CollaborationGraph(bool cities, Scope scope)
    {
        var projects = new Dictionary<string, HashSet<string>>(Ordinal);
        var neighbours = new Dictionary<string, HashSet<string>>(Ordinal);
        foreach (var project in ProjectsIn(scope))
        {
            var nodes = (cities ? CitiesOf(project) : OrganisationsOf(project))
                .Where(n => scope.Network is null || (cities ? IsMember(n, scope.Network) : IsMemberOrganisation(n, scope.Network))).ToList();
            foreach (var n in nodes)
            {
                (projects.TryGetValue(n, out var set) ? set : projects[n] = []).Add(project.Id);
                var others = neighbours.TryGetValue(n, out var adjacent) ? adjacent : neighbours[n] = new HashSet<string>(Ordinal);
                others.UnionWith(nodes.Where(m => m != n));
            }
        }
        return (projects, neighbours);
    }

    /// <summary>Question 4 by degree or projects: ranked by the measure, then the other count, then id; country restricts the ranked nodes.</summary>
    public static List<RankedNode> Ranked(bool cities, bool byPartners, Scope scope)
    {
        var (projects, neighbours) = CollaborationGraph(cities, scope);
        var ranked = projects.Keys
            .Where(n => scope.Country is null || (cities ? CountryOfCity(n) == scope.Country : CountriesOfPartner(n).Contains(scope.Country)))
            .Select(n => new RankedNode(n, neighbours[n].Count, projects[n].Count));
        return (byPartners
                ? ranked.OrderByDescending(r => r.Partners).ThenByDescending(r => r.Projects)
                : ranked.OrderByDescending(r => r.Projects).ThenByDescending(r => r.Partners))
            .ThenBy(r => r.Id, Ordinal).ToList();
    }

    /// <summary>
    /// Question 4 by betweenness: each ranked node (country restricts them, not the graph) with its betweenness in the
    /// collaboration graph, enumerating every shortest path (<see cref="KnowledgeGraph.Tests.Shared.NaiveBetweenness"/>),
    /// ranked by it (to 6 decimals), then partners, projects (descending), then id.
    /// </summary>
    public static List<(RankedNode Node, double Betweenness)> RankedByBetweenness(bool cities, Scope scope)
    {
        var (_, neighbours) = CollaborationGraph(cities, scope);
        var nodes = neighbours.Keys.Order(Ordinal).ToList();
        var index = nodes.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i, Ordinal);
        var values = KnowledgeGraph.Tests.Shared.NaiveBetweenness.Compute(nodes.Count,
            neighbours.SelectMany(n => n.Value.Select(m => (index[n.Key], index[m]))));
        return Ranked(cities, byPartners: true, scope)
            .Select(r => (Node: r, Betweenness: Math.Round(values[index[r.Id]], 6)))
            .OrderByDescending(r => r.Betweenness).ThenByDescending(r => r.Node.Partners).ThenByDescending(r => r.Node.Projects)
            .ThenBy(r => r.Node.Id, Ordinal).ToList();
    }

    /// <summary>Question 5, programme side: the projects (EU funding descending, missing last, then name) and per country its projects and funding.</summary>
    public static (List<FixtureProject> Projects, Dictionary<string, (int Projects, decimal Funding)> Countries) ProgrammeProjects(string programme, Scope scope)
    {
        var projects = ProjectsIn(scope with { Programme = programme })
            .Where(p => scope.Country is null || p.Partners.SelectMany(x => CountriesOfPartner(x.Id)).Contains(scope.Country))
            .OrderBy(p => p.EuFunding is null).ThenByDescending(p => p.EuFunding).ThenBy(p => p.Name, Ordinal).ToList();
        var countries = projects
            .SelectMany(p => p.Partners.SelectMany(x => CountriesOfPartner(x.Id)).Distinct().Select(c => (Country: c, Project: p)))
            .GroupBy(x => x.Country)
            .ToDictionary(g => g.Key, g => (g.Count(), g.Sum(x => x.Project.EuFunding ?? 0m)));
        return (projects, countries);
    }

    /// <summary>
    /// Question 5, country side: the country's cities and organisations with their projects, and the projects with their
    /// partners from it (organisations and cities taking part directly); a network restricts all of them to members.
    /// </summary>
    public static (Dictionary<string, int> Cities, Dictionary<string, int> Organisations, Dictionary<string, int> Projects) CountryPartners(string country, Scope scope)
    {
        var cities = new Dictionary<string, int>(Ordinal);
        var organisations = new Dictionary<string, int>(Ordinal);
        var projects = new Dictionary<string, int>(Ordinal);
        foreach (var project in ProjectsIn(scope))
        {
            foreach (var city in CitiesOf(project).Where(c => CountryOfCity(c) == country && (scope.Network is null || IsMember(c, scope.Network))))
            {
                cities[city] = cities.GetValueOrDefault(city) + 1;
            }
            var fromCountry = project.Partners.Select(x => x.Id)
                .Where(id => CountriesOfPartner(id).Contains(country))
                .Where(id => scope.Network is null || (id.StartsWith("org:", StringComparison.Ordinal) ? IsMemberOrganisation(id, scope.Network) : IsMember(id, scope.Network)))
                .ToList();
            foreach (var org in fromCountry.Where(id => id.StartsWith("org:", StringComparison.Ordinal)))
            {
                organisations[org] = organisations.GetValueOrDefault(org) + 1;
            }
            if (fromCountry.Count > 0)
            {
                projects[project.Id] = fromCountry.Count;
            }
        }
        return (cities, organisations, projects);
    }

    /// <summary>
    /// Question 3: the shortest length between two nodes within <paramref name="maxHops"/> and how many shortest paths
    /// there are (two relationships between the same nodes make two paths), walking the fixture's relationships both
    /// ways, only those of <paramref name="types"/> (null: all), never through nodes of <paramref name="excludedKinds"/>.
    /// </summary>
    public static (int? Length, long Count) ShortestPaths(string from, string to, int maxHops, IReadOnlyCollection<string>? types, IReadOnlyCollection<string> excludedKinds)
    {
        var edges = Edges.Where(e => types is null || types.Contains(e.Type)).ToList();
        var distance = new Dictionary<string, int>(Ordinal) { [from] = 0 };
        var count = new Dictionary<string, long>(Ordinal) { [from] = 1 };
        var frontier = new List<string> { from };
        for (var depth = 1; depth <= maxHops && frontier.Count > 0 && !distance.ContainsKey(to); depth++)
        {
            var next = new List<string>();
            foreach (var node in frontier.Where(n => n == from || !excludedKinds.Contains(KindOf(n))))
            {
                foreach (var e in edges.Where(e => e.From == node || e.To == node))
                {
                    var other = e.From == node ? e.To : e.From;
                    if (distance.TryGetValue(other, out var d) && d < depth)
                    {
                        continue;
                    }
                    if (!distance.ContainsKey(other))
                    {
                        distance[other] = depth;
                        count[other] = 0;
                        next.Add(other);
                    }
                    count[other] += count[node];
                }
            }
            frontier = next;
        }
        return distance.TryGetValue(to, out var length) && from != to ? (length, count[to]) : (null, 0);
    }

    private static FixtureOrganisation Organisation(string id) => Organisations.Single(o => o.Id == id);
}
