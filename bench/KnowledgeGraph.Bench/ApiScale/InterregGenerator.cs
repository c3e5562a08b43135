using System.Globalization;
using KnowledgeGraph.Model.Facts;

namespace KnowledgeGraph.Bench.ApiScale;

/// <summary>
/// Builds an Interreg-shaped graph as one <see cref="GraphBatch"/>, the way an importer hands a dataset to the store:
/// countries; regions; Zipf-sized cities (IN_COUNTRY, IN_REGION, twinned by COOPERATES_WITH); organisations LOCATED_IN
/// cities drawn by city size (a few only IN_COUNTRY); programmes in funding periods (strands PART_OF a parent per
/// period); projects of 2 to 20 partners (mostly small; one lead; a tenth of the partners are cities themselves)
/// FUNDED_BY a strand and ADDRESSING 1 to 3 themes, with dates in their period, budgets and EU funding; networks with
/// Zipf-sized city memberships, some organisations, themes and a head office. Every fact has one source, the
/// generator's dataset study. The same seed and shape give the same batch.
/// </summary>
public sealed class InterregGenerator(GraphShape shape, int seed)
{
    /// <summary>The study every generated fact cites.</summary>
    public const string StudyId = "study:generated-interreg";

    private static readonly string[] ThemeNames =
    [
        "Culture", "Tourism", "Innovation", "Climate adaptation", "Energy efficiency", "Mobility", "Social inclusion",
        "Education", "Health", "Water", "Biodiversity", "Circular economy", "Digitalisation", "SME competitiveness",
        "Research", "Governance", "Employment", "Cultural heritage", "Creative industries", "Rural development",
        "Urban regeneration", "Maritime", "Transport", "Risk prevention", "Gender equality", "Youth", "Agriculture",
        "Renewable energy", "Migration", "Security",
    ];

    private static readonly (string Type, double Weight)[] OrganisationTypes =
    [
        ("local authority", 0.3), ("regional authority", 0.1), ("national authority", 0.03), ("agency", 0.1),
        ("chamber of commerce", 0.05), ("museum", 0.02), ("cultural centre", 0.03), ("university", 0.15),
        ("research centre", 0.07), ("company", 0.08), ("association", 0.05), ("other", 0.02),
    ];

    private readonly Random _random = new(seed);
    private readonly List<NodeAssertion> _nodes = [];
    private readonly List<RelationshipAssertion> _relationships = [];

    // Pairs already joined by MEMBER_OF or COOPERATES_WITH, so no relationship is asserted twice.
    private readonly HashSet<(string, string)> _pairs = [];

    /// <summary>Builds the batch.</summary>
    public GraphBatch Generate()
    {
        var names = new NameMaker(_random);
        Node("Study", StudyId, "Generated Interreg-shaped graph", ("studyType", "dataset"));
        var countries = Countries();
        var regions = Regions(countries, names);
        var cities = Cities(countries, regions, names);
        var organisations = Organisations(cities, countries, names);
        var themes = Themes();
        var programmes = Programmes(themes);
        Projects(organisations, cities, programmes, themes, names);
        Networks(cities, organisations, themes, names);
        Twinnings(cities);
        return new GraphBatch($"generated-{shape.Name}-{seed}", _nodes, _relationships);
    }

    private List<string> Countries()
    {
        var ids = new List<string>();
        foreach (var (code, name) in CountryNames.All.Take(shape.Countries))
        {
            var id = $"country:{code.ToLowerInvariant()}";
            Node("Country", id, name, ("isoCode", code));
            ids.Add(id);
        }
        return ids;
    }

    private List<(string Id, int Country)> Regions(List<string> countries, NameMaker names)
    {
        var byCountry = new Zipf(countries.Count, 1.0);
        var regions = new List<(string, int)>();
        // Every country gets one region; the rest go to countries by size.
        for (var i = 0; i < shape.Regions; i++)
        {
            var country = i < countries.Count ? i : byCountry.Next(_random);
            var id = $"region:g{Text(i)}";
            Node("Region", id, names.Place() + " Region", ("countryCode", CountryNames.All[country].Code));
            Edge("IN_COUNTRY", id, countries[country]);
            regions.Add((id, country));
        }
        return regions;
    }

    private List<(string Id, int Country)> Cities(List<string> countries, List<(string Id, int Country)> regions, NameMaker names)
    {
        var byCountry = new Zipf(countries.Count, 1.0);
        var regionsOf = regions.Select((r, i) => (r.Country, i)).GroupBy(r => r.Country).ToDictionary(g => g.Key, g => g.Select(r => r.i).ToArray());
        var cities = new List<(string, int)>();
        for (var i = 0; i < shape.Cities; i++)
        {
            var country = byCountry.Next(_random);
            var id = $"city:g{Text(i)}";
            // Rank i: the first cities are the largest (Zipf's law for city sizes).
            var population = (long)(3_000_000 / Math.Pow(i + 1, 0.75) * (0.8 + 0.4 * _random.NextDouble())) + 2_000;
            var name = names.Place();
            Node("City", id, name, ("countryCode", CountryNames.All[country].Code), ("population", population),
                ("latitude", Math.Round(36 + 30 * _random.NextDouble(), 4)), ("longitude", Math.Round(-9 + 40 * _random.NextDouble(), 4)));
            if (_random.NextDouble() < 0.1)
            {
                _nodes[^1] = _nodes[^1] with { Aliases = [new Alias(name + "a", "la")] };
            }
            Edge("IN_COUNTRY", id, countries[country]);
            var inCountry = regionsOf[country];
            Edge("IN_REGION", id, regions[inCountry[_random.Next(inCountry.Length)]].Id);
            cities.Add((id, country));
        }
        return cities;
    }

    private List<string> Organisations(List<(string Id, int Country)> cities, List<string> countries, NameMaker names)
    {
        var bySize = new Zipf(cities.Count, 0.9);
        var organisations = new List<string>();
        for (var i = 0; i < shape.Organisations; i++)
        {
            var id = $"org:g{Text(i)}";
            var type = Pick(OrganisationTypes);
            var city = bySize.Next(_random);
            var place = _nodes[CityNodeIndex(city)].Name;
            var name = OrganisationName(type, place, names);
            Node("Organisation", id, name, ("organisationType", type));
            if (_random.NextDouble() < 0.04)
            {
                Edge("IN_COUNTRY", id, countries[cities[city].Country]);
            }
            else
            {
                Edge("LOCATED_IN", id, cities[city].Id);
            }
            organisations.Add(id);
        }
        return organisations;
    }

    private int CityNodeIndex(int city) => 1 + shape.Countries + shape.Regions + city;

    private static string OrganisationName(string type, string place, NameMaker names)
    {
        var baseName = type switch
        {
            "local authority" => $"City of {place}",
            "regional authority" => $"{place} Regional Council",
            "national authority" => $"{place} National Office",
            "agency" => $"{place} Development Agency",
            "chamber of commerce" => $"{place} Chamber of Commerce",
            "museum" => $"{place} Museum",
            "cultural centre" => $"{place} Cultural Centre",
            "university" => $"University of {place}",
            "research centre" => $"{place} Research Institute",
            "company" => $"{place} Technologies",
            "association" => $"{place} Association",
            _ => $"{place} Foundation",
        };
        for (var n = 1; ; n++)
        {
            var name = n == 1 ? baseName : $"{baseName} {Text(n)}";
            if (names.Claim(name))
            {
                return name;
            }
        }
    }

    private List<string> Themes()
    {
        var themes = new List<string>();
        foreach (var name in ThemeNames.Take(shape.Themes))
        {
            var id = "theme:" + Model.Identity.NodeId.Slug(name);
            Node("Theme", id, name);
            themes.Add(id);
        }
        return themes;
    }

    private List<(string Id, int StartYear)> Programmes(List<string> themes)
    {
        var strands = new List<(string, int)>();
        for (var p = 0; p < shape.Periods; p++)
        {
            var start = 2000 + 7 * p;
            var period = $"{Text(start)}-{Text(start + 6)}";
            var parent = $"programme:interreg-{period}";
            Node("Programme", parent, $"Interreg {period}", ("period", period), ("programmeType", "European territorial cooperation"));
            for (var s = 0; s < shape.ProgrammesPerPeriod; s++)
            {
                var id = $"programme:g{Text(p)}-{Text(s)}";
                var kind = s % 3 == 0 ? "transnational" : "cross-border";
                Node("Programme", id, $"Interreg {period} {kind} strand {Text(s + 1)}", ("period", period), ("acronym", $"IR{Text(p)}{Text(s)}"), ("programmeType", kind + " cooperation"));
                Edge("PART_OF", id, parent);
                Edge("ADDRESSES", id, themes[_random.Next(themes.Count)]);
                strands.Add((id, start));
            }
        }
        return strands;
    }

    private void Projects(List<string> organisations, List<(string Id, int Country)> cities, List<(string Id, int StartYear)> programmes, List<string> themes, NameMaker names)
    {
        var byActivity = new Zipf(organisations.Count, 0.8);
        var cityByActivity = new Zipf(cities.Count, 0.9);
        var byProgramme = new Zipf(programmes.Count, 0.6);
        var byTheme = new Zipf(themes.Count, 0.8);
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < shape.Projects; i++)
        {
            var id = $"project:g{Text(i)}";
            var (programme, periodStart) = programmes[byProgramme.Next(_random)];
            var startYear = periodStart + _random.Next(7);
            var endYear = startYear + 1 + _random.Next(4);
            var budget = Math.Round((decimal)(200_000 * Math.Exp(1.2 * Gaussian())), 2);
            var acronym = Acronym(names, i);
            var startMonth = 1 + _random.Next(12);
            Node("Project", id, acronym, ("acronym", acronym), ("title", $"{acronym}: cooperation on {ThemeNames[_random.Next(ThemeNames.Length)].ToLowerInvariant()}"),
                ("startDate", string.Create(CultureInfo.InvariantCulture, $"{startYear}-{startMonth:D2}-01")),
                ("endDate", $"{Text(endYear)}-12-31"), ("budget", budget), ("euFunding", Math.Round(budget * 0.75m, 2)));
            Edge("FUNDED_BY", id, programme);
            if (_random.NextDouble() < 0.05)
            {
                var other = programmes[byProgramme.Next(_random)].Id;
                if (other != programme)
                {
                    Edge("FUNDED_BY", id, other);
                }
            }
            chosen.Clear();
            var themeCount = 1 + _random.Next(3);
            for (var t = 0; t < themeCount; t++)
            {
                var theme = themes[byTheme.Next(_random)];
                if (chosen.Add(theme))
                {
                    Edge("ADDRESSES", id, theme);
                }
            }
            // 2 to 20 partners, mostly small: 2 + 18 u^2 has mean 8 and median 6.5.
            var partners = 2 + (int)(18 * Math.Pow(_random.NextDouble(), 2));
            chosen.Clear();
            for (var k = 0; k < partners; k++)
            {
                var partner = _random.NextDouble() < 0.1 ? cities[cityByActivity.Next(_random)].Id : organisations[byActivity.Next(_random)];
                if (chosen.Add(partner))
                {
                    Edge("PARTNER_IN", partner, id, ("role", chosen.Count == 1 ? "lead" : "partner"));
                }
            }
        }
    }

    private string Acronym(NameMaker names, int index)
    {
        for (var attempt = 0; ; attempt++)
        {
            var length = 3 + _random.Next(6);
            var letters = new char[length];
            for (var i = 0; i < length; i++)
            {
                letters[i] = (char)('A' + _random.Next(26));
            }
            var acronym = new string(letters);
            if (attempt > 2)
            {
                acronym += "-" + Text(index);
            }
            if (names.Claim(acronym))
            {
                return acronym;
            }
        }
    }

    private void Networks(List<(string Id, int Country)> cities, List<string> organisations, List<string> themes, NameMaker names)
    {
        var cityBySize = new Zipf(cities.Count, 0.7);
        var chosen = new HashSet<int>();
        for (var n = 0; n < shape.Networks; n++)
        {
            var id = $"network:g{Text(n)}";
            var name = names.Place() + " Cities Network";
            Node("Network", id, name, ("acronym", new string(name.Where(char.IsUpper).ToArray()) + Text(n)));
            Edge("HEADQUARTERED_IN", id, cities[cityBySize.Next(_random)].Id);
            Edge("ADDRESSES", id, themes[_random.Next(themes.Count)]);
            var members = Math.Min(cities.Count, 5 + (int)(1500 / Math.Pow(n + 1, 0.8)));
            chosen.Clear();
            while (chosen.Count < members)
            {
                var city = cityBySize.Next(_random);
                if (chosen.Add(city))
                {
                    Edge("MEMBER_OF", cities[city].Id, id, ("status", _random.NextDouble() < 0.8 ? "full member" : "associate"), ("since", Text(1990 + _random.Next(34))));
                }
            }
            var organisationMembers = members / 4;
            for (var k = 0; k < organisationMembers; k++)
            {
                var organisation = organisations[_random.Next(organisations.Count)];
                if (!_pairs.Add((organisation, id)))
                {
                    continue;
                }
                Edge("MEMBER_OF", organisation, id, ("status", "associate"));
            }
        }
    }

    private void Twinnings(List<(string Id, int Country)> cities)
    {
        var bySize = new Zipf(cities.Count, 0.8);
        var twinnings = 0;
        while (twinnings < shape.Twinnings)
        {
            var a = cities[bySize.Next(_random)].Id;
            var b = cities[_random.Next(cities.Count)].Id;
            if (a == b)
            {
                continue;
            }
            var (from, to) = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
            if (_pairs.Add((from, to)))
            {
                Edge("COOPERATES_WITH", from, to, ("basis", "twinning"), ("since", Text(1950 + _random.Next(70))));
                twinnings++;
            }
        }
    }

    // Like an importer's rows: each node is a row of nodes.csv, each relationship a row of relationships.csv.
    private void Node(string kind, string id, string name, params (string Name, object Value)[] claims)
    {
        var source = Row("nodes.csv", _nodes.Count);
        _nodes.Add(new NodeAssertion(kind, id, name)
        {
            Sources = [source],
            Claims = claims.Select(c => new PropertyClaim(c.Name, c.Value, source)).ToList(),
        });
    }

    private void Edge(string type, string from, string to, params (string Name, object Value)[] claims)
    {
        var source = Row("relationships.csv", _relationships.Count);
        _relationships.Add(new RelationshipAssertion(type, from, to)
        {
            Sources = [source],
            Claims = claims.Select(c => new PropertyClaim(c.Name, c.Value, source)).ToList(),
        });
    }

    private static Source Row(string file, int index) => new(StudyId, Certainty.Stated) { Dataset = file, Row = Text(index + 2) };

    private string Pick((string Value, double Weight)[] weighted)
    {
        var target = _random.NextDouble() * weighted.Sum(w => w.Weight);
        foreach (var (value, weight) in weighted)
        {
            target -= weight;
            if (target <= 0)
            {
                return value;
            }
        }
        return weighted[^1].Value;
    }

    private double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
