using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Query;
using KnowledgeGraph.Store.Sqlite.Query;
using static KnowledgeGraph.Store.Query.Filters;
using static KnowledgeGraph.Store.Sqlite.Tests.Query.Plans;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Sqlite.Tests.Query;

public class ValidationTests
{
    private static readonly SqliteQueryCompiler Compiler = new(M.Instance);

    private static void Rejects(NodeQuery query, string expected)
    {
        var ex = Assert.Throws<QueryValidationException>(() => Compiler.Compile(query));
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void A_property_must_belong_to_the_kind()
    {
        Rejects(Cities() with { Projection = Projection.Of(Prop(P(M.Project, "budget"))) }, "property 'budget'");
        Rejects(Cities(Compare(P(M.Event, "startDate"), CompareOp.Eq, "2019")), "property 'startDate'");
        Rejects(Cities() with { OrderBy = [new FieldSort(FieldRef.Of(P(M.Network, "memberCount")))] }, "property 'memberCount'");
    }

    [Fact]
    public void A_relationship_must_touch_the_kind()
    {
        Rejects(Cities(Some(M.FundedBy, Direction.Outgoing)), "FUNDED_BY");
        Rejects(Cities() with { Projection = Projection.Of(new RelationshipProjection("x", M.MemberOf, Direction.Incoming, new NodeQuery())) }, "does not end at City");
        Rejects(Cities() with { Projection = Projection.Of(new RelationshipProjection("x", M.HeldIn, Direction.Incoming, new NodeQuery { Kind = M.Project })) }, "does not reach Project");
        Rejects(Cities() with { OrderBy = [new RelatedCountSort(M.PublishedBy, Direction.Outgoing)] }, "PUBLISHED_BY");
    }

    [Fact]
    public void Operators_must_fit_the_type()
    {
        Rejects(Cities(Compare(FieldRef.Name, CompareOp.Gt, "B")), "Gt does not apply to 'name'");
        Rejects(Cities(Compare(P(M.City, "population"), CompareOp.Contains, "1")), "Contains does not apply");
        Rejects(Cities(Compare(P(M.City, "population"), CompareOp.Eq, "many")), "is not a Integer value");
        Rejects(new NodeQuery { Kind = M.Event, Where = Compare(P(M.Event, "startDate"), CompareOp.Lt, "last year") }, "is not a Date value");
        Rejects(Cities(Compare(FieldRef.Name, CompareOp.In, "Leeds")), "needs a list");
    }

    [Fact]
    public void Edge_filters_and_fields_address_the_relationship()
    {
        Rejects(new NodeQuery { Kind = M.Organisation, Where = Some(M.ParticipatedIn, Direction.Outgoing, onEdge: Compare(FieldRef.Name, CompareOp.Eq, "x")) }, "relationships have no field");
        Rejects(Cities() with { Projection = Projection.Of(new RelationshipProjection("x", M.HeldIn, Direction.Incoming, new NodeQuery()) { EdgeFields = [Prop(P(M.PartnerIn, "role"))] }) }, "HELD_IN has no property 'role'");
        Rejects(Cities() with { Shape = ResultShape.Connection, Connection = ConnectionProjection.Default(Prop(P(M.HeldIn, "venue"))) }, "only relationships have edge fields");
    }

    [Fact]
    public void Sums_need_numbers()
    {
        Rejects(Cities() with { Projection = Projection.Of(new EdgeSum("s", M.HeldIn, Direction.Incoming, P(M.HeldIn, "venue"), SumOver.Relationship)) }, "not numeric");
        Rejects(new NodeQuery { Kind = M.Programme, Projection = Projection.Of(new EdgeSum("s", M.FundedBy, Direction.Incoming, P(M.Project, "budget"), SumOver.Relationship)) }, "no property 'budget'");
    }

    [Fact]
    public void Keys_and_cursors_are_checked()
    {
        Rejects(Cities() with { Projection = Projection.Of(new ValueField("a'b", FieldRef.Id)) }, "not a valid response key");
        Rejects(Cities() with { Projection = Projection.Of(Id, new ValueField("id", FieldRef.Name)) }, "used twice");
        Rejects(Cities() with { After = "not a cursor!" }, "is not a cursor");
        Rejects(Cities() with { After = Cursor.Encode(["Leeds"], "city:x") }, "is not a cursor of this ordering");
        Rejects(Cities() with { First = -1 }, "must not be negative");
    }

    [Fact]
    public void Searches_need_a_word() =>
        Assert.Throws<QueryValidationException>(() => Compiler.Compile(new SearchQuery(" ,; ", IdName)));

    [Fact]
    public void Values_are_never_in_the_sql()
    {
        var sneaky = "x' OR 1=1; DROP TABLE nodes; --";
        var compiled = Compiler.Compile(Cities(Or(Compare(FieldRef.Name, CompareOp.Contains, sneaky), NameMatches(sneaky), IdIn(sneaky))) with
        {
            After = Cursor.Encode([], sneaky),
        });
        Assert.DoesNotContain("DROP", compiled.Sql, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("City", compiled.Sql);
        Assert.Contains(compiled.Parameters, p => p.Value is string s && s.Contains("drop table", StringComparison.Ordinal));
    }
}
