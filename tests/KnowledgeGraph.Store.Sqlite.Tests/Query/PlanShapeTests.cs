using System.Text;
using System.Text.Json;
using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Query;
using KnowledgeGraph.Store.Sqlite.Query;
using KnowledgeGraph.Store.Sqlite.Tests.TestSupport;
using KnowledgeGraph.Tests.Shared;
using KnowledgeGraph.Tests.Shared.Plans;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Sqlite.Tests.Query;

/// <summary>
/// No cliffs (issue 20): every plan of <see cref="GeneratedPlans"/> (every root list with every sort key, every
/// relationship filter and every nested connection, generated from the model) over a store of the model's whole shape
/// (<see cref="ModelShapedGraph"/>) is one statement, SQLite serves each of its loops from an index, and its work (the
/// statement's virtual-machine steps) grows with the store, not with its square. Timing is the bench's (kg-bench plans).
/// </summary>
public sealed class PlanShapeTests : IClassFixture<PlanShapeTests.Stores>
{
    /// <summary>How much larger the large store is than the small one.</summary>
    private const int Factor = 3;

    private static readonly SqliteQueryCompiler Compiler = new(M.Instance);

    private readonly Stores _stores;

    public PlanShapeTests(Stores stores) => _stores = stores;

    public static TheoryData<string> ShapeNames => new(GeneratedPlans.Shapes);

    [Fact]
    public void The_set_covers_every_kind_sort_key_and_relationship_side()
    {
        var plans = GeneratedPlans.All(M.Instance).ToList();
        foreach (var kind in M.Instance.NodeKinds)
        {
            var sides = M.Instance.RelationshipsOf(kind).ToList();
            Assert.Equal(2 + kind.Properties.Count + sides.Count, plans.Count(p => p.Shape == "sort" && p.Plan.Kind == kind));
            foreach (var shape in new[] { "some", "none", "all", "nested" })
            {
                Assert.Equal(sides.Count, plans.Count(p => p.Shape == shape && p.Plan.Kind == kind));
            }
            Assert.Equal(sides.Count(s => s.Type.Properties.Count > 0), plans.Count(p => p.Shape == "edge" && p.Plan.Kind == kind));
        }
        Assert.Contains(plans, p => p.Name == "City sort COOPERATES_WITH count desc");
        Assert.Equal(plans.Count, plans.Select(p => p.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(ShapeNames))]
    public void Every_loop_of_every_plan_is_served_by_an_index(string shape)
    {
        var problems = new StringBuilder();
        foreach (var plan in GeneratedPlans.All(M.Instance).Where(p => p.Shape == shape))
        {
            var compiled = Compiler.Compile(plan.Plan);
            var lines = ExplainQueryPlan(_stores.Large.Connection, compiled);
            foreach (var problem in QueryPlanCheck.Problems(lines))
            {
                problems.AppendLine($"{plan.Name}: {problem}");
            }
        }
        Assert.True(problems.Length == 0, "Loops not served by an index (EXPLAIN QUERY PLAN):\n" + problems);
    }

    [Theory]
    [MemberData(nameof(ShapeNames))]
    public async Task Every_plan_is_one_statement_whose_work_grows_with_the_store_not_its_square(string shape)
    {
        var problems = new StringBuilder();
        foreach (var plan in GeneratedPlans.All(M.Instance).Where(p => p.Shape == shape))
        {
            var before = _stores.Large.Store.Queries.StatementsExecuted;
            var json = await _stores.Large.Store.QueryAsync(plan.Plan);
            Assert.Equal(before + 1, _stores.Large.Store.Queries.StatementsExecuted);
            Assert.StartsWith("{", json, StringComparison.Ordinal);
            var compiled = Compiler.Compile(plan.Plan);
            var small = VirtualMachineSteps(_stores.Small.Connection, compiled);
            var large = VirtualMachineSteps(_stores.Large.Connection, compiled);
            // Linear work grows about Factor times (a sort adds a logarithm); work per row times rows grows Factor squared.
            if (large > small * (Factor + 2))
            {
                problems.AppendLine($"{plan.Name}: {small:N0} steps on the small store, {large:N0} on the {Factor} times larger one");
            }
        }
        Assert.True(problems.Length == 0, "Work growing faster than the store:\n" + problems);
    }

    [Fact]
    public async Task Counts_and_filters_of_every_relationship_side_match_the_relationships_loaded()
    {
        // The plans read each side of each relationship (symmetric ones at either end) as the loaded edges say.
        var batch = _stores.Small.Batch;
        var stored = StoredIds(_stores.Small.Connection);
        var names = batch.Nodes.ToDictionary(n => stored[n.Id], n => n.Name);
        var startsWithB = Filters.Compare(FieldRef.Name, CompareOp.StartsWith, "b");
        bool Matches(string id) => names[id].StartsWith('B') || names[id].StartsWith('b');
        foreach (var kind in M.Instance.NodeKinds)
        {
            foreach (var (rel, direction) in M.Instance.RelationshipsOf(kind))
            {
                var related = batch.Nodes.Where(n => n.Kind == kind.Name).ToDictionary(n => stored[n.Id], _ => new List<string>());
                // A symmetric relationship is one fact whichever end a source names first.
                var pairs = batch.Relationships.Where(r => r.Type == rel.Name)
                    .Select(r => (From: stored[r.FromId], To: stored[r.ToId]))
                    .Select(p => rel.IsSymmetric && string.CompareOrdinal(p.From, p.To) > 0 ? (From: p.To, To: p.From) : p)
                    .Distinct();
                foreach (var (from, to) in pairs)
                {
                    if ((rel.IsSymmetric || direction == Direction.Outgoing) && related.TryGetValue(from, out var outgoing))
                    {
                        outgoing.Add(to);
                    }
                    if ((rel.IsSymmetric || direction == Direction.Incoming) && related.TryGetValue(to, out var incoming))
                    {
                        incoming.Add(from);
                    }
                }
                var side = $"{kind.Name} {GeneratedPlans.Side(rel, direction)}";
                var counts = await ListAsync(kind, Filters.Some(rel, direction), new RelatedCount("n", rel, direction));
                Assert.True(counts.Count > 0, $"{side}: the generated graph has no such relationship");
                var wrong = related.Where(p => p.Value.Count != (counts.TryGetValue(p.Key, out var n) ? n : 0)).Select(p => p.Key).ToList();
                Assert.True(wrong.Count == 0, $"{side}: counts differ for {string.Join(", ", wrong.Take(5))}");
                AssertIds(side + " some", related.Where(p => p.Value.Any(Matches)), await ListAsync(kind, Filters.Some(rel, direction, startsWithB)));
                AssertIds(side + " none", related.Where(p => !p.Value.Any(Matches)), await ListAsync(kind, Filters.None(rel, direction, startsWithB)));
                AssertIds(side + " all", related.Where(p => p.Value.All(Matches)), await ListAsync(kind, Filters.All(rel, direction, startsWithB)));
            }
        }
    }

    private async Task<Dictionary<string, int>> ListAsync(NodeKind kind, Filter where, RelatedCount? count = null)
    {
        var json = await _stores.Small.Store.QueryAsync(new NodeQuery
        {
            Kind = kind,
            Where = where,
            Projection = count is null ? Projection.Of(new ValueField("id", FieldRef.Id)) : Projection.Of(new ValueField("id", FieldRef.Id), count),
        });
        return JsonDocument.Parse(json).RootElement.EnumerateArray()
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => count is null ? 0 : e.GetProperty(count.Key).GetInt32());
    }

    private static void AssertIds(string what, IEnumerable<KeyValuePair<string, List<string>>> expected, Dictionary<string, int> served)
    {
        var ids = expected.Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        Assert.True(ids.SequenceEqual(served.Keys.Order(StringComparer.Ordinal)),
            $"{what}: {ids.Count} expected, {served.Count} served; first differences: " +
            string.Join(", ", ids.Except(served.Keys).Concat(served.Keys.Except(ids)).Take(5)));
    }

    [Fact]
    public void The_check_finds_a_scan_or_a_search_by_type_alone_inside_a_loop()
    {
        // The plan of the twin-town ranking before issue 20: every COOPERATES_WITH edge read once per city.
        var before = new[]
        {
            new PlanLine(2, 0, "SEARCH n1 USING COVERING INDEX nodes_by_kind (kind=?)"),
            new PlanLine(5, 0, "CORRELATED SCALAR SUBQUERY 1"),
            new PlanLine(9, 5, "SEARCH e2 USING COVERING INDEX edges_by_type (type=?)"),
            new PlanLine(20, 0, "USE TEMP B-TREE FOR ORDER BY"),
        };
        Assert.Single(QueryPlanCheck.Problems(before));
        var join = new[]
        {
            new PlanLine(2, 0, "SEARCH n1 USING INDEX nodes_by_kind (kind=?)"),
            new PlanLine(3, 0, "SCAN e2"),
        };
        Assert.Single(QueryPlanCheck.Problems(join));
        var served = new[]
        {
            new PlanLine(2, 0, "SEARCH n1 USING COVERING INDEX nodes_by_kind (kind=?)"),
            new PlanLine(5, 0, "CORRELATED SCALAR SUBQUERY 3"),
            new PlanLine(7, 5, "MATERIALIZE e2"),
            new PlanLine(9, 7, "COMPOUND QUERY"),
            new PlanLine(10, 9, "LEFT-MOST SUBQUERY"),
            new PlanLine(11, 10, "SEARCH u2 USING COVERING INDEX edges_by_type (type=? AND src=?)"),
            new PlanLine(12, 9, "UNION ALL"),
            new PlanLine(13, 12, "SEARCH u2 USING COVERING INDEX edges_by_dst (dst=? AND type=?)"),
            new PlanLine(20, 5, "SCAN e2"),
            new PlanLine(21, 5, "SEARCH n2 USING INTEGER PRIMARY KEY (rowid=?)"),
        };
        Assert.Empty(QueryPlanCheck.Problems(served));
    }

    /// <summary>The id each loaded id resolves to (a node with an external key takes an id made of it).</summary>
    private static Dictionary<string, string> StoredIds(SqliteConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT k.key, n.id FROM node_keys k JOIN nodes n ON n.seq = k.node";
        using var reader = cmd.ExecuteReader();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            ids[reader.GetString(0)] = reader.GetString(1);
        }
        return ids;
    }

    private static List<PlanLine> ExplainQueryPlan(SqliteConnection connection, CompiledQuery compiled)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "EXPLAIN QUERY PLAN " + compiled.Sql;
        foreach (var (name, value) in compiled.Parameters)
        {
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        using var reader = cmd.ExecuteReader();
        var lines = new List<PlanLine>();
        while (reader.Read())
        {
            lines.Add(new PlanLine(reader.GetInt32(0), reader.GetInt32(1), reader.GetString(3)));
        }
        return lines;
    }

    /// <summary>Runs the statement to its end and returns SQLITE_STMTSTATUS_VM_STEP: the work it did, whatever the machine.</summary>
    private static long VirtualMachineSteps(SqliteConnection connection, CompiledQuery compiled)
    {
        Check(raw.sqlite3_prepare_v2(connection.Handle, compiled.Sql, out var statement), connection);
        using (statement)
        {
            foreach (var (name, value) in compiled.Parameters)
            {
                var i = raw.sqlite3_bind_parameter_index(statement, name);
                Check(value switch
                {
                    null => raw.sqlite3_bind_null(statement, i),
                    long l => raw.sqlite3_bind_int64(statement, i, l),
                    int n => raw.sqlite3_bind_int64(statement, i, n),
                    double d => raw.sqlite3_bind_double(statement, i, d),
                    string s => raw.sqlite3_bind_text(statement, i, s),
                    _ => throw new InvalidOperationException($"Unexpected parameter value {value.GetType().Name}."),
                }, connection);
            }
            int rc;
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
            }
            Check(rc == raw.SQLITE_DONE ? raw.SQLITE_OK : rc, connection);
            return raw.sqlite3_stmt_status(statement, raw.SQLITE_STMTSTATUS_VM_STEP, 0);
        }
    }

    private static void Check(int rc, SqliteConnection connection)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new InvalidOperationException($"SQLite error {rc}: {raw.sqlite3_errmsg(connection.Handle).utf8_to_string()}");
        }
    }

    /// <summary>Two stores of the model's shape, the large one <see cref="Factor"/> times the small one, with read connections.</summary>
    public sealed class Stores : IAsyncLifetime
    {
        private readonly TempFolder _temp = new();

        public GeneratedStore Small { get; private set; } = null!;

        public GeneratedStore Large { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Small = await GeneratedStore.CreateAsync(_temp.File("small.db"), 1);
            Large = await GeneratedStore.CreateAsync(_temp.File("large.db"), Factor);
        }

        public async Task DisposeAsync()
        {
            await Small.DisposeAsync();
            await Large.DisposeAsync();
            _temp.Dispose();
        }
    }

    /// <summary>A store of <see cref="ModelShapedGraph"/> and a read connection with the query functions.</summary>
    public sealed class GeneratedStore : IAsyncDisposable
    {
        private GeneratedStore(SqliteGraphStore store, SqliteConnection connection, GraphBatch batch) =>
            (Store, Connection, Batch) = (store, connection, batch);

        /// <summary>What was loaded.</summary>
        public GraphBatch Batch { get; }

        public SqliteGraphStore Store { get; }

        public SqliteConnection Connection { get; }

        public static async Task<GeneratedStore> CreateAsync(string path, int scale)
        {
            var store = SqliteGraphStore.Open(path);
            var batch = ModelShapedGraph.Build(M.Instance, scale);
            await store.LoadAsync([batch]);
            var connection = new SqliteConnection(SqliteGraphStore.ConnectionString(path));
            connection.Open();
            SqliteFunctions.Register(connection);
            return new GeneratedStore(store, connection, batch);
        }

        public async ValueTask DisposeAsync()
        {
            await Connection.DisposeAsync();
            await Store.DisposeAsync();
        }
    }
}
