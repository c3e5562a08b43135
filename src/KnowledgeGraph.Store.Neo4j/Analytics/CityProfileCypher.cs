using System.Text;
using System.Text.Json;
using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Neo4j.Query;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Neo4j.Analytics;

/// <summary>
/// Question 2 in Cypher: a city's networks, projects, partner cities, countries reached and activity by year; the same
/// JSON as SQLite (<see cref="CityProfileQuery"/>).
/// </summary>
/// <remarks>
/// The city's projects are those it is PARTNER_IN directly or through an organisation LOCATED_IN it (SQLite's
/// <c>project_cities</c> rows of the city: <c>direct</c> when the city itself is a partner, the roles of every such
/// partner), then the scope's theme, programme and years restrict them. Each project's cities
/// (<see cref="AnalyticsCypher.Cities"/>, plus the city itself so no project loses its row) become one row per
/// project and city; the city's own row carries the project's details, the others are partner rows (members of the
/// network, in the country) with the partner's countries when asked. The rows are collected without a grouping key
/// (so a city without projects still answers one row) and the city is looked up again for its own members; the
/// partners are counted, ranked and paged, the countries and the activity counted, when the row is written.
/// </remarks>
internal static class CityProfileCypher
{
    /// <summary>The statement for <paramref name="query"/> (validated by the caller).</summary>
    public static CompiledCypher Compile(CityProfileQuery query)
    {
        var a = new AnalyticsCypher();
        // The city is looked up last: Neo4j 3.1 reads a variable bound by an earlier look-up as unbound in the pattern
        // comprehensions that follow the later ones.
        a.Scope(query, network: false, country: false);
        a.Node("me", query.CityId, M.City);
        var head = a.Lookups();
        // The network and the country only test partner cities: they are looked up as lists (empty when the id names
        // nothing), since on Neo4j 3.1 a row carrying a null variable answers every later pattern comprehension with null.
        var nodes = new List<string> { "me" };
        if (query.ThemeId is not null)
        {
            nodes.Add("t");
        }
        if (query.ProgrammeId is not null)
        {
            nodes.Add("g");
        }
        var lists = new List<string>();
        void List(string name, string? key, Model.Schema.NodeKind kind)
        {
            if (key is not null)
            {
                var p = a.P(key);
                head += $"\nOPTIONAL MATCH (y{lists.Count}:{AnalyticsCypher.L(kind)}) WHERE y{lists.Count}.id = {p} OR {p} IN y{lists.Count}._keys"
                    + $"\nWITH {string.Join(", ", nodes.Concat(lists))}, collect(y{lists.Count}) AS {name}";
                lists.Add(name);
            }
        }
        List("nets", query.NetworkId, M.Network);
        List("ks", query.CountryId, M.Country);
        var carry = string.Join(", ", nodes.Concat(lists));
        var partnerIn = AnalyticsCypher.T(M.PartnerIn);
        var locatedIn = AnalyticsCypher.T(M.LocatedIn);
        var project = AnalyticsCypher.L(M.Project);
        var body = new StringBuilder($"""
            WITH {carry}, coalesce([(me)-[r:{partnerIn}]->(p:{project}) | {"{"}p: p, d: 1, r: coalesce(r.role, ''){"}"}], [])
                + coalesce([(me)<-[:{locatedIn}]-()-[r:{partnerIn}]->(p:{project}) | {"{"}p: p, d: 0, r: coalesce(r.role, ''){"}"}], []) AS xs
            UNWIND xs AS x
            WITH {carry}, x.p AS p, max(x.d) AS d, collect(x.r) AS roles
            """);
        var scoped = query.ThemeId is not null || query.ProgrammeId is not null || query.FromYear is not null || query.ToYear is not null;
        if (scoped)
        {
            // The city's projects are the candidates: the scope only filters them.
            body.Append('\n').Append(a.ScopedProjects(query, carry + ", d, roles", query.ProgrammeId is null ? null : "g", "WITH " + carry + ", p, d, roles"));
        }
        var keep = new List<string> { "me" };
        var tests = new List<string>();
        if (query.NetworkId is not null)
        {
            keep.Add("nets");
            tests.Add($"size(coalesce([(c)-[:{AnalyticsCypher.T(M.MemberOf)}]->(x) WHERE x IN nets | 1], [])) > 0");
        }
        if (query.CountryId is not null)
        {
            keep.Add("ks");
            tests.Add($"size(coalesce([(c)-[:{AnalyticsCypher.T(M.InCountry)}]->(x) WHERE x IN ks | 1], [])) > 0");
        }
        var kept = string.Join(", ", keep);
        var partnerTest = tests.Count == 0 ? "true" : string.Join(" AND ", tests);
        var fields = query.ProjectFields;
        bool Wants(string field) => fields is null || fields.Contains(field);
        var details = new List<string> { "p: p.id", "name: p.name", "acronym: p.acronym", "startDate: p.startDate", "endDate: p.endDate", "d: d", "roles: roles" };
        if (Wants("organisations"))
        {
            details.Add($"organisations: coalesce([(me)<-[:{locatedIn}]-(o)-[e:{partnerIn}]->(p) | {"{"}id: o.id, name: o.name, role: e.role{"}"}], [])");
        }
        if (Wants("programmes"))
        {
            details.Add($"programmes: coalesce([(p)-[:{AnalyticsCypher.T(M.FundedBy)}]->(fg) | {"{"}id: fg.id, name: fg.name{"}"}], [])");
        }
        var countries = query.IncludeCountries
            ? $", cks: coalesce([(c)-[:{AnalyticsCypher.T(M.InCountry)}]->(y) | {"{"}id: y.id, name: y.name, isoCode: y.isoCode{"}"}], [])"
            : "";
        var networks = query.IncludeNetworks
            ? $"coalesce([(me)-[m:{AnalyticsCypher.T(M.MemberOf)}]->(n) | {"{"}id: n.id, name: n.name, acronym: n.acronym, props: m._props{"}"}], [])"
            : "[]";
        // The partner test is bound on its row before the rows are collected (Neo4j 3.1 answers a pattern comprehension
        // inside a list comprehension wrongly).
        body.Append($"""

            WITH {kept}, p, d, roles, {AnalyticsCypher.Cities("p")} + [me] AS cs
            UNWIND cs AS c
            WITH DISTINCT {kept}, p, d, roles, c
            WITH me, p, d, roles, c, CASE WHEN c = me THEN false ELSE {partnerTest} END AS partner
            WITH collect(CASE WHEN c = me THEN {"{"}{string.Join(", ", details)}{"}"} END) AS mine,
                collect(CASE WHEN partner THEN {"{"}c: {"{"}id: c.id, name: c.name, countryCode: c.countryCode{"}"}, p: p.id{countries}{"}"} END) AS rows
            OPTIONAL MATCH (me:{AnalyticsCypher.L(M.City)}) WHERE me.id = {a.P(query.CityId)} OR {a.P(query.CityId)} IN me._keys
            WITH mine, rows, collect(me)[0] AS me
            RETURN CASE WHEN me IS NULL THEN NULL ELSE {"{"}id: me.id, name: me.name, countryCode: me.countryCode{"}"} END AS city,
                CASE WHEN me IS NULL THEN [] ELSE {networks} END AS networks, mine AS projects, rows AS partners
            """);
        return a.Build(head, body.ToString());
    }

    /// <summary>The year of a date text as SQLite's <c>CAST(substr(d, 1, 4) AS INTEGER)</c> reads it (null for no date).</summary>
    private static long? Year(JsonElement project, string key)
    {
        if (AnalyticsJson.Text(project, key) is not { } text)
        {
            return null;
        }
        var digits = text.Length > 4 ? text[..4] : text;
        var sign = 1;
        var i = 0;
        while (i < digits.Length && digits[i] == ' ')
        {
            i++;
        }
        if (i < digits.Length && digits[i] is '-' or '+')
        {
            sign = digits[i] == '-' ? -1 : 1;
            i++;
        }
        long value = 0;
        for (; i < digits.Length && char.IsAsciiDigit(digits[i]); i++)
        {
            value = value * 10 + (digits[i] - '0');
        }
        return sign * value;
    }

    /// <summary>SQLite's JSON from the statement's row.</summary>
    public static string Shape(JsonElement row, CityProfileQuery query) => AnalyticsJson.Write(w =>
    {
        var projects = AnalyticsJson.Items(row.GetProperty("projects"))
            .Select(p => (P: p, Start: Year(p, "startDate"), End: Year(p, "endDate")))
            .ToList();
        projects.Sort((x, y) =>
        {
            var c = (x.Start is null).CompareTo(y.Start is null);
            if (c == 0 && x.Start is { } xs && y.Start is { } ys)
            {
                c = xs.CompareTo(ys);
            }
            if (c == 0)
            {
                c = SortOrder.Compare(AnalyticsJson.Text(x.P, "name"), AnalyticsJson.Text(y.P, "name"), text: false);
            }
            return c != 0 ? c : SortOrder.Compare(AnalyticsJson.Text(x.P, "p"), AnalyticsJson.Text(y.P, "p"), text: false);
        });
        var rows = AnalyticsJson.Items(row.GetProperty("partners")).ToList();
        w.WriteStartObject();
        w.WritePropertyName("city");
        AnalyticsJson.Map(w, row.GetProperty("city"), "id", "name", "countryCode");
        if (query.IncludeNetworks)
        {
            w.WriteStartArray("networks");
            foreach (var n in AnalyticsJson.ByText(AnalyticsJson.Items(row.GetProperty("networks")), "name", "id"))
            {
                w.WriteStartObject();
                foreach (var key in new[] { "id", "name", "acronym" })
                {
                    w.WritePropertyName(key);
                    AnalyticsJson.Value(w, AnalyticsJson.Get(n, key));
                }
                var props = AnalyticsJson.Get(n, "props");
                foreach (var key in new[] { "status", "since", "until" })
                {
                    w.WritePropertyName(key);
                    AnalyticsJson.PropertyJson(w, props, key);
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteStartArray("projects");
        foreach (var (p, start, end) in projects)
        {
            WriteProject(w, p, start, end, query.ProjectFields);
        }
        w.WriteEndArray();
        WritePartners(w, rows, query);
        if (query.IncludeCountries)
        {
            WriteCountries(w, rows);
        }
        w.WriteStartArray("activity");
        foreach (var year in projects.Where(p => p.Start is not null).GroupBy(p => p.Start!.Value).OrderBy(g => g.Key))
        {
            w.WriteStartObject();
            w.WriteNumber("year", year.Key);
            w.WriteNumber("projects", year.Count());
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>One project with the members asked for, in SQLite's order.</summary>
    private static void WriteProject(Utf8JsonWriter w, JsonElement p, long? start, long? end, IReadOnlySet<string>? fields)
    {
        bool Wants(string field) => fields is null || fields.Contains(field);
        w.WriteStartObject();
        foreach (var (name, key) in new[] { ("id", "p"), ("name", "name"), ("acronym", "acronym") })
        {
            if (Wants(name))
            {
                w.WritePropertyName(name);
                AnalyticsJson.Value(w, AnalyticsJson.Get(p, key));
            }
        }
        foreach (var (name, year) in new[] { ("startYear", start), ("endYear", end) })
        {
            if (Wants(name))
            {
                if (year is { } y)
                {
                    w.WriteNumber(name, y);
                }
                else
                {
                    w.WriteNull(name);
                }
            }
        }
        if (Wants("role"))
        {
            var roles = AnalyticsJson.Items(AnalyticsJson.Get(p, "roles")).Select(r => r.GetString()).ToList();
            var role = roles.Contains("lead") ? "lead" : roles.Contains("partner") ? "partner" : null;
            if (role is null)
            {
                w.WriteNull("role");
            }
            else
            {
                w.WriteString("role", role);
            }
        }
        if (Wants("direct"))
        {
            w.WriteBoolean("direct", AnalyticsJson.Integer(p, "d") == 1);
        }
        if (Wants("organisations"))
        {
            w.WriteStartArray("organisations");
            foreach (var o in AnalyticsJson.ByText(AnalyticsJson.Items(AnalyticsJson.Get(p, "organisations")), "name", "id"))
            {
                AnalyticsJson.Map(w, o, "id", "name", "role");
            }
            w.WriteEndArray();
        }
        if (Wants("programmes"))
        {
            w.WriteStartArray("programmes");
            foreach (var g in AnalyticsJson.ByText(AnalyticsJson.Items(AnalyticsJson.Get(p, "programmes")), "name", "id"))
            {
                AnalyticsJson.Map(w, g, "id", "name");
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    /// <summary>The partner cities ranked by shared projects then id, one page of them.</summary>
    private static void WritePartners(Utf8JsonWriter w, List<JsonElement> rows, CityProfileQuery query)
    {
        var ranked = rows
            .GroupBy(r => AnalyticsJson.Text(r.GetProperty("c"), "id") ?? "", StringComparer.Ordinal)
            .Select(g => (Id: g.Key, City: g.First().GetProperty("c"), N: g.Count()))
            .ToList();
        ranked.Sort((x, y) => y.N != x.N ? y.N.CompareTo(x.N) : SortOrder.CompareUtf8(x.Id, y.Id));
        w.WriteStartObject("partners");
        w.WriteNumber("totalCount", ranked.Count);
        w.WriteStartArray("items");
        foreach (var (_, city, n) in ranked.Skip(query.Offset).Take(query.First))
        {
            w.WriteStartObject();
            w.WritePropertyName("city");
            AnalyticsJson.Map(w, city, "id", "name", "countryCode");
            w.WriteNumber("sharedProjects", n);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The partners' countries with their distinct partner cities and projects, by cities, projects, then id.</summary>
    private static void WriteCountries(Utf8JsonWriter w, List<JsonElement> rows)
    {
        var countries = rows
            .SelectMany(r => AnalyticsJson.Items(r.GetProperty("cks")).Select(k => (K: k, City: AnalyticsJson.Text(r.GetProperty("c"), "id"), Project: AnalyticsJson.Text(r, "p"))))
            .GroupBy(x => AnalyticsJson.Text(x.K, "id") ?? "", StringComparer.Ordinal)
            .Select(g => (Id: g.Key, Country: g.First().K,
                Cities: g.Select(x => x.City).Distinct(StringComparer.Ordinal).Count(),
                Projects: g.Select(x => x.Project).Distinct(StringComparer.Ordinal).Count()))
            .ToList();
        countries.Sort((x, y) => y.Cities != x.Cities ? y.Cities.CompareTo(x.Cities)
            : y.Projects != x.Projects ? y.Projects.CompareTo(x.Projects) : SortOrder.CompareUtf8(x.Id, y.Id));
        w.WriteStartArray("countries");
        foreach (var c in countries)
        {
            w.WriteStartObject();
            w.WritePropertyName("country");
            AnalyticsJson.Map(w, c.Country, "id", "name", "isoCode");
            w.WriteNumber("partnerCities", c.Cities);
            w.WriteNumber("projects", c.Projects);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
