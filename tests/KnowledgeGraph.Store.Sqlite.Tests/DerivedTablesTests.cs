using System.Globalization;
using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Store.Sqlite.Tests.Analytics;
using KnowledgeGraph.Tests.Shared;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite.Tests;

/// <summary>
/// The derived tables of migration 0004 (project_cities, partner_countries, project_city_countries) against a
/// computation from scratch, in C#, over the edges and node kinds read back from the same SQLite file: after a bulk
/// load, incremental loads, merges, edge and node changes made in SQL, a failed load and a reopening.
/// </summary>
public sealed class DerivedTablesTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_bulk_load_computes_every_project()
    {
        await using var store = SqliteGraphStore.Open(_temp.File("bulk.db"));
        await store.LoadAsync([SyntheticGraph.Batch()]);

        AssertDerivedMatchEdges(store.Connection);
        // Hand-checked rows: Alpha takes part in P1 (org:a1, lead) and P3 through its organisations, not directly.
        Assert.Contains("project:p1 city:geonames:101 direct=0 lead", Rows(store.Connection, """
            SELECT p.id || ' ' || c.id || ' direct=' || pc.direct || ' ' || coalesce(pc.role, '-')
            FROM project_cities pc JOIN nodes p ON p.seq = pc.project JOIN nodes c ON c.seq = pc.city
            """));
        Assert.Equal(0, Count(store.Connection, "derived_dirty"));
        Assert.True(Count(store.Connection, "project_cities") > 0);
    }

    [Fact]
    public async Task Incremental_loads_refresh_the_projects_they_touch()
    {
        var full = SyntheticGraph.Batch();
        // First load: the nodes and the places only (a bulk load); then the partners; then more places.
        var places = full.Relationships.Where(r => r.Type is "IN_COUNTRY" && r.FromId != "org:x").ToList();
        var partners = full.Relationships.Where(r => r.Type is "PARTNER_IN" or "LOCATED_IN").ToList();
        var rest = full.Relationships.Except(places).Except(partners).ToList();
        await using var store = SqliteGraphStore.Open(_temp.File("incremental.db"));

        await store.LoadAsync([full with { Relationships = places }]);
        AssertDerivedMatchEdges(store.Connection);
        Assert.Equal(0, Count(store.Connection, "project_cities"));

        await store.LoadAsync([full with { Relationships = partners }]);
        AssertDerivedMatchEdges(store.Connection);
        Assert.True(Count(store.Connection, "partner_countries") > 0);

        await store.LoadAsync([full with { Relationships = rest }]);
        AssertDerivedMatchEdges(store.Connection);
        Assert.Equal(0, Count(store.Connection, "derived_dirty"));
    }

    [Fact]
    public async Task A_merged_node_and_changed_roles_refresh_the_rows()
    {
        await using var store = SqliteGraphStore.Open(_temp.File("merge.db"));
        await store.LoadAsync([SyntheticGraph.Batch()]);

        // city:beta-again merges into Beta (same GeoNames id); it becomes a partner of P3 and Gamma's council moves there.
        var s = new Source("study:synthetic-analytics", Certainty.Stated) { Dataset = "more.csv", Row = "1" };
        // The newer source's id sorts after the first one's, so its claims are preferred (ClaimPreference).
        var later = new Source("study:synthetic-later", Certainty.Stated) { Dataset = "later.csv", Row = "1" };
        var batch = new GraphBatch("more",
        [
            StudyNode(),
            new NodeAssertion("Study", "study:synthetic-later", "Later study") { Sources = [later], Claims = [new PropertyClaim("studyType", "dataset", later)] },
            new NodeAssertion("Project", "project:p1", "Project One") { Sources = [s] },
            new NodeAssertion("City", "city:beta-again", "Beta") { Sources = [s], Claims = [new PropertyClaim("geonamesId", 102L, s)] },
            new NodeAssertion("Organisation", "org:c1", "Gamma Council") { Sources = [s] },
            new NodeAssertion("Organisation", "org:a1", "Alpha Agency") { Sources = [s] },
            new NodeAssertion("Project", "project:p3", "Project Three") { Sources = [s] },
            new NodeAssertion("Project", "project:p4", "Project Four") { Sources = [s] },
        ],
        [
            new RelationshipAssertion("PARTNER_IN", "city:beta-again", "project:p3") { Sources = [s], Claims = [new PropertyClaim("role", "partner", s)] },
            new RelationshipAssertion("LOCATED_IN", "org:c1", "city:beta-again") { Sources = [s] },
            // A newer source makes org:a1 the lead of P4 (it was not a partner) and changes nothing else.
            new RelationshipAssertion("PARTNER_IN", "org:a1", "project:p4") { Sources = [later], Claims = [new PropertyClaim("role", "lead", later)] },
            // A newer claim makes Gamma's council lead of P1 (it was a partner): Gamma and now Beta lead P1.
            new RelationshipAssertion("PARTNER_IN", "org:c1", "project:p1") { Sources = [later], Claims = [new PropertyClaim("role", "lead", later)] },
        ]);
        await store.LoadAsync([batch]);

        AssertDerivedMatchEdges(store.Connection);
        var rows = Rows(store.Connection, """
            SELECT p.id || ' ' || c.id || ' direct=' || pc.direct || ' ' || coalesce(pc.role, '-')
            FROM project_cities pc JOIN nodes p ON p.seq = pc.project JOIN nodes c ON c.seq = pc.city
            """);
        Assert.Contains("project:p3 city:geonames:102 direct=1 lead", rows); // org:c1 leads P3 and is now in Beta too
        Assert.Contains("project:p1 city:geonames:102 direct=1 lead", rows); // org:c1, now lead of P1, is also in Beta
        Assert.Contains("project:p1 city:geonames:103 direct=0 lead", rows);
        Assert.Contains("project:p4 city:geonames:101 direct=0 lead", rows);
    }

    [Fact]
    public async Task Edge_and_node_changes_in_sql_are_marked_and_refreshed_by_the_next_load()
    {
        var path = _temp.File("changes.db");
        await using (var store = SqliteGraphStore.Open(path))
        {
            await store.LoadAsync([SyntheticGraph.Batch()]);
            var c = store.Connection;
            // Provenance rows would keep removed edges from being deleted: foreign keys are off for these edits.
            Exec(c, """
                PRAGMA foreign_keys = OFF;
                UPDATE edges SET props = json_set(props, '$.role', 'lead')
                WHERE type = 'PARTNER_IN' AND src = (SELECT seq FROM nodes WHERE id = 'org:d1') AND dst = (SELECT seq FROM nodes WHERE id = 'project:p2');
                DELETE FROM edges WHERE type = 'PARTNER_IN' AND src = (SELECT seq FROM nodes WHERE id = 'city:geonames:102') AND dst = (SELECT seq FROM nodes WHERE id = 'project:p1');
                DELETE FROM edges WHERE type = 'IN_COUNTRY' AND src = (SELECT seq FROM nodes WHERE id = 'city:geonames:103');
                UPDATE edges SET dst = (SELECT seq FROM nodes WHERE id = 'city:geonames:105')
                WHERE type = 'LOCATED_IN' AND src = (SELECT seq FROM nodes WHERE id = 'org:a2');
                INSERT INTO edges (type, src, dst) VALUES ('IN_COUNTRY', (SELECT seq FROM nodes WHERE id = 'org:d1'), (SELECT seq FROM nodes WHERE id = 'country:fr'));
                UPDATE edges SET dst = (SELECT seq FROM nodes WHERE id = 'theme:mobility')
                WHERE type = 'ADDRESSES' AND src = (SELECT seq FROM nodes WHERE id = 'project:p2');
                PRAGMA foreign_keys = ON;
                """);
            Assert.True(Count(c, "derived_dirty") >= 4);
            // A project removed with its edges (and provenance) loses its rows.
            Exec(c, """
                DELETE FROM sources WHERE edge IN (SELECT seq FROM edges WHERE src = (SELECT seq FROM nodes WHERE id = 'project:p4') OR dst = (SELECT seq FROM nodes WHERE id = 'project:p4'));
                DELETE FROM edges WHERE src = (SELECT seq FROM nodes WHERE id = 'project:p4') OR dst = (SELECT seq FROM nodes WHERE id = 'project:p4');
                DELETE FROM sources WHERE node = (SELECT seq FROM nodes WHERE id = 'project:p4');
                DELETE FROM nodes WHERE id = 'project:p4';
                """);
            Assert.False(Same(Expected(c), Actual(c)));

            // Any load refreshes the marked projects at its end, in its transaction.
            var s = new Source("study:synthetic-analytics", Certainty.Stated) { Dataset = "noop.csv", Row = "1" };
            await store.LoadAsync([new GraphBatch("noop", [StudyNode(), new NodeAssertion("Theme", "theme:extra", "extra") { Sources = [s] }], [])]);
            AssertDerivedMatchEdges(c);
            Assert.Equal(0, Count(c, "derived_dirty"));

            // Changes left unrefreshed are refreshed when the store is opened again.
            Exec(c, """
                DELETE FROM sources WHERE edge = (SELECT seq FROM edges WHERE type = 'LOCATED_IN' AND src = (SELECT seq FROM nodes WHERE id = 'org:c1'));
                DELETE FROM edges WHERE type = 'LOCATED_IN' AND src = (SELECT seq FROM nodes WHERE id = 'org:c1');
                """);
        }
        await using (var reopened = SqliteGraphStore.Open(path))
        {
            AssertDerivedMatchEdges(reopened.Connection);
            Assert.Equal(0, Count(reopened.Connection, "derived_dirty"));
        }
    }

    [Fact]
    public async Task A_failed_load_leaves_the_tables_as_they_were()
    {
        await using var store = SqliteGraphStore.Open(_temp.File("failed.db"));
        await store.LoadAsync([SyntheticGraph.Batch()]);
        var before = Actual(store.Connection);
        var s = new Source("study:synthetic-analytics", Certainty.Stated) { Dataset = "failed.csv", Row = "1" };
        var first = new GraphBatch("first",
            [StudyNode(), new NodeAssertion("Organisation", "org:a1", "Alpha Agency") { Sources = [s] }, new NodeAssertion("Project", "project:p2", "Project Two") { Sources = [s] }],
            [new RelationshipAssertion("PARTNER_IN", "org:a1", "project:p2") { Sources = [s] }]);
        var second = new GraphBatch("second", [StudyNode(), new NodeAssertion("Theme", "theme:never", "never") { Sources = [s] }], []);
        using var cancel = new CancellationTokenSource();

        // The first batch is written (its partner edge marks P2), then the load is cancelled before the second.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            store.LoadAsync([first, second], progress: new CancelAfter(cancel, "first"), cancellationToken: cancel.Token));

        Assert.True(Same(before, Actual(store.Connection)));
        AssertDerivedMatchEdges(store.Connection);
        Assert.Equal(0, Count(store.Connection, "derived_dirty"));
        Assert.Empty(Rows(store.Connection, "SELECT id FROM nodes WHERE id = 'theme:never'"));
    }

    /// <summary>Cancels the load synchronously once the named batch has been applied entirely.</summary>
    private sealed class CancelAfter(CancellationTokenSource source, string batch) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value)
        {
            if (value.Batch == batch && value.Done == value.Total)
            {
                source.Cancel();
            }
        }
    }

    [Fact]
    public async Task A_store_whose_derived_tables_were_emptied_and_marked_is_filled_on_opening()
    {
        var path = _temp.File("migrated.db");
        await using (var store = SqliteGraphStore.Open(path))
        {
            await store.LoadAsync([SyntheticGraph.Batch()]);
            // What migration 0004 leaves in a store loaded before it: empty tables, every project marked.
            Exec(store.Connection, """
                DELETE FROM project_cities; DELETE FROM partner_countries; DELETE FROM project_city_countries;
                INSERT INTO derived_dirty (project) SELECT seq FROM nodes WHERE kind = 'Project';
                """);
        }
        await using var reopened = SqliteGraphStore.Open(path);
        AssertDerivedMatchEdges(reopened.Connection);
        Assert.True(Count(reopened.Connection, "project_cities") > 0);
    }

    private static NodeAssertion StudyNode()
    {
        var s = new Source("study:synthetic-analytics", Certainty.Stated) { Dataset = "synthetic.csv", Row = "0" };
        return new NodeAssertion("Study", "study:synthetic-analytics", "Synthetic analytics graph") { Sources = [s], Claims = [new PropertyClaim("studyType", "dataset", s)] };
    }

    private static bool Same(Derived a, Derived b) =>
        a.Cities.SequenceEqual(b.Cities) && a.PartnerCountries.SequenceEqual(b.PartnerCountries) && a.CityCountries.SequenceEqual(b.CityCountries)
        && a.ThemePairs.SequenceEqual(b.ThemePairs) && a.ThemeDegree.SequenceEqual(b.ThemeDegree);

    private static void AssertDerivedMatchEdges(SqliteConnection connection)
    {
        var expected = Expected(connection);
        var actual = Actual(connection);
        Assert.Equal(expected.Cities, actual.Cities);
        Assert.Equal(expected.PartnerCountries, actual.PartnerCountries);
        Assert.Equal(expected.CityCountries, actual.CityCountries);
        Assert.Equal(expected.ThemePairs, actual.ThemePairs);
        Assert.Equal(expected.ThemeDegree, actual.ThemeDegree);
    }

    private sealed record Derived(List<string> Cities, List<string> PartnerCountries, List<string> CityCountries, List<string> ThemePairs, List<string> ThemeDegree);

    /// <summary>The tables' rows as text, sorted.</summary>
    private static Derived Actual(SqliteConnection c) => new(
        Sorted(Rows(c, "SELECT project || ' ' || city || ' ' || direct || ' ' || coalesce(role, '-') FROM project_cities")),
        Sorted(Rows(c, "SELECT project || ' ' || country || ' ' || partner || ' ' || is_city FROM partner_countries")),
        Sorted(Rows(c, "SELECT project || ' ' || country || ' ' || city FROM project_city_countries")),
        Sorted(Rows(c, "SELECT theme || ' ' || ca || ' ' || cb || ' ' || n FROM theme_city_pairs")),
        Sorted(Rows(c, "SELECT theme || ' ' || city || ' ' || partners || ' ' || projects FROM theme_city_degree")));

    /// <summary>The same rows computed in C# from the edges and the node kinds, following the definitions in analytics.md.</summary>
    private static Derived Expected(SqliteConnection c)
    {
        var kinds = new Dictionary<long, string>();
        foreach (var row in Rows(c, "SELECT seq || ' ' || kind FROM nodes"))
        {
            var parts = row.Split(' ');
            kinds[long.Parse(parts[0], CultureInfo.InvariantCulture)] = parts[1];
        }
        var edges = Rows(c, "SELECT type || ' ' || src || ' ' || dst || ' ' || coalesce(props ->> '$.role', '-') FROM edges")
            .Select(r => r.Split(' '))
            .Select(p => (Type: p[0], Src: long.Parse(p[1], CultureInfo.InvariantCulture), Dst: long.Parse(p[2], CultureInfo.InvariantCulture), Role: p[3]))
            .ToList();
        ILookup<long, long> Out(string type) => edges.Where(e => e.Type == type).ToLookup(e => e.Src, e => e.Dst);
        var locatedIn = Out("LOCATED_IN");
        var inCountry = Out("IN_COUNTRY");

        var takingPart = new Dictionary<(long Project, long City), (bool Direct, List<string> Roles)>();
        var partnerCountries = new HashSet<string>();
        foreach (var e in edges.Where(e => e.Type == "PARTNER_IN"))
        {
            var places = new List<(long City, bool Direct)>();
            if (kinds[e.Src] == "City")
            {
                places.Add((e.Src, true));
            }
            places.AddRange(locatedIn[e.Src].Select(place => (place, false)));
            foreach (var (city, direct) in places)
            {
                var entry = takingPart.TryGetValue((e.Dst, city), out var found) ? found : (Direct: false, Roles: new List<string>());
                entry.Roles.Add(e.Role);
                takingPart[(e.Dst, city)] = (entry.Direct || direct, entry.Roles);
            }
            var countries = inCountry[e.Src].Concat(locatedIn[e.Src].SelectMany(place => inCountry[place]));
            foreach (var country in countries)
            {
                partnerCountries.Add($"{e.Dst} {country} {e.Src} {(kinds[e.Src] == "City" ? 1 : 0)}");
            }
        }
        var cities = takingPart.Select(t =>
        {
            var role = t.Value.Roles.Contains("lead") ? "lead" : t.Value.Roles.Contains("partner") ? "partner" : "-";
            return $"{t.Key.Project} {t.Key.City} {(t.Value.Direct ? 1 : 0)} {role}";
        }).ToList();
        var cityCountries = takingPart.Keys.SelectMany(k => inCountry[k.City].Select(country => $"{k.Project} {country} {k.City}")).ToList();

        // Per theme: the projects addressing it, the pairs of cities sharing them, each city's partners and projects.
        var citiesOf = takingPart.Keys.ToLookup(k => k.Project, k => k.City);
        var themePairs = new List<string>();
        var themeDegree = new List<string>();
        foreach (var theme in edges.Where(e => e.Type == "ADDRESSES" && kinds[e.Src] == "Project").GroupBy(e => e.Dst))
        {
            var pairs = new Dictionary<(long, long), int>();
            var projects = new Dictionary<long, int>();
            foreach (var project in theme.Select(e => e.Src))
            {
                var taking = citiesOf[project].ToList();
                foreach (var a in taking)
                {
                    projects[a] = projects.GetValueOrDefault(a) + 1;
                    foreach (var b in taking.Where(b => b > a))
                    {
                        pairs[(a, b)] = pairs.GetValueOrDefault((a, b)) + 1;
                    }
                }
            }
            themePairs.AddRange(pairs.Select(p => $"{theme.Key} {p.Key.Item1} {p.Key.Item2} {p.Value}"));
            themeDegree.AddRange(projects.Select(p => $"{theme.Key} {p.Key} {pairs.Keys.Count(k => k.Item1 == p.Key || k.Item2 == p.Key)} {p.Value}"));
        }
        return new Derived(Sorted(cities), Sorted(partnerCountries), Sorted(cityCountries), Sorted(themePairs), Sorted(themeDegree));
    }

    private static List<string> Sorted(IEnumerable<string> rows) => rows.Order(StringComparer.Ordinal).ToList();

    private static List<string> Rows(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        using var reader = cmd.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }
        return rows;
    }

    private static long Count(SqliteConnection connection, string table)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT count(*) FROM {table}";
        return (long)cmd.ExecuteScalar()!;
    }

    private static void Exec(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
