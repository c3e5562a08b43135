using System.Globalization;
using System.Text;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Query;
using KnowledgeGraph.Store.Sqlite.Query;
using KnowledgeGraph.Tests.Shared;
using static KnowledgeGraph.Store.Query.Filters;
using static KnowledgeGraph.Store.Sqlite.Tests.Query.Plans;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Sqlite.Tests.Query;

/// <summary>
/// The SQL of representative plans, compared as text with Query/Snapshots/*.sql (parameters listed in a header).
/// UPDATE_SNAPSHOTS=1 rewrites the files; review the diff.
/// </summary>
public class SqlSnapshotTests
{
    private static readonly SqliteQueryCompiler Compiler = new(M.Instance);

    public static TheoryData<string> Names => new(Plans().Keys);

    private static Dictionary<string, Func<CompiledQuery>> Plans() => new()
    {
        ["filtered-list"] = () => Compiler.Compile(Cities(And(
            Compare(P(M.City, "countryCode"), CompareOp.In, new[] { "ES", "GB" }),
            Not(Compare(FieldRef.Name, CompareOp.StartsWith, "T")),
            Or(Compare(P(M.City, "population"), CompareOp.Gte, 100000), Compare(P(M.City, "population"), CompareOp.Eq, null)),
            NameMatches("Barcelone"))) with { OrderBy = [new FieldSort(FieldRef.Name)], First = 10, Offset = 5 }),
        ["relationship-filters"] = () => Compiler.Compile(Cities(And(
            Some(M.ParticipatedIn, Direction.Outgoing, Some(M.HeldIn, Direction.Outgoing, IdIn("city:geonames:3128760")), Compare(P(M.ParticipatedIn, "role"), CompareOp.Eq, "host")),
            None(M.MemberOf, Direction.Outgoing),
            All(M.CooperatesWith, Direction.Outgoing, Compare(FieldRef.Kind, CompareOp.Eq, "City"))))),
        ["connection-by-related-count-after-cursor"] = () => Compiler.Compile(new NodeQuery
        {
            Kind = M.City,
            OrderBy = [new RelatedCountSort(M.HeldIn, Direction.Incoming) { Descending = true }, new FieldSort(FieldRef.Name)],
            First = 2,
            After = Cursor.Encode([3L, "Leeds"], "city:geonames:2644688"),
            Shape = ResultShape.Connection,
            Projection = Projection.Of(Id, Name),
        }),
        ["nested-three-levels"] = () => Compiler.Compile(NestedProjectionTests.ThreeLevels),
        ["node-by-id-any-kind"] = () => Compiler.Compile(new NodeQuery
        {
            Where = IdIn("network:eurocities"),
            Shape = ResultShape.Single,
            Projection = Projection.Of(new ValueField("__typename", FieldRef.Kind), Id,
                new ValueField("memberCount", FieldRef.Of(P(M.Network, "memberCount"))) { OnKinds = [M.Network] },
                new ClaimsField("memberCountClaims", P(M.Network, "memberCount")) { OnKinds = [M.Network] },
                new SourcesField("sources"), new AliasesField("aliases")),
        }),
        ["aggregates"] = () => Compiler.Compile(new NodeQuery
        {
            Kind = M.Programme,
            Projection = Projection.Of(Name,
                new EdgeSum("funding", M.FundedBy, Direction.Incoming, P(M.FundedBy, "amount"), SumOver.Relationship),
                new EdgeSum("euFunding", M.FundedBy, Direction.Incoming, P(M.Project, "euFunding"), SumOver.RelatedNode),
                new RelatedCount("creativeProjects", M.FundedBy, Direction.Incoming, Some(M.Addresses, Direction.Outgoing, IdIn("theme:creative-industries")))),
        }),
        ["search"] = () => Compiler.Compile(new SearchQuery("Sónar barc", IdName) { Kinds = [M.Event, M.City], First = 5 }),
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Sql_matches_snapshot(string name)
    {
        var compiled = Plans()[name]();
        var text = new StringBuilder();
        foreach (var (key, value) in compiled.Parameters)
        {
            var shown = value switch { null => "NULL", string s => "'" + s + "'", _ => Convert.ToString(value, CultureInfo.InvariantCulture) };
            text.Append("-- ").Append(key).Append(" = ").Append(shown).Append('\n');
        }
        text.Append(compiled.Sql).Append('\n');
        var path = TestPaths.InRepo("tests", "KnowledgeGraph.Store.Sqlite.Tests", "Query", "Snapshots", name + ".sql");
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, text.ToString());
            return;
        }
        Assert.True(File.Exists(path), $"No snapshot {path}; run with UPDATE_SNAPSHOTS=1 to write it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), text.ToString());
    }
}
