using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Model.Validation;

namespace KnowledgeGraph.Model.Tests;

public class BatchValidatorTests
{
    private const string StudyId = "study:test";
    private static readonly Source Quote = new(StudyId, Certainty.Stated) { Quote = "the words" };
    private static readonly NodeAssertion Study = new("Study", StudyId, "A study") { Sources = [Quote] };

    private static IReadOnlyList<Problem> Validate(IReadOnlyList<NodeAssertion> nodes, params RelationshipAssertion[] relationships) =>
        new BatchValidator(CityNetworksModel.Instance).Validate(new GraphBatch("test", [Study, .. nodes], relationships));

    private static NodeAssertion Node(string kind, string id, string name, int line = 0) =>
        new(kind, id, name) { Sources = [Quote], Origin = line == 0 ? null : new Origin("test.yaml", line, 5) };

    [Fact]
    public void A_consistent_batch_has_no_problem()
    {
        var problems = Validate(
            [Node("City", "city:leeds", "Leeds"), Node("Event", "event:forum", "Forum") with
            {
                Claims = [new PropertyClaim("startDate", "2019-10-09", Quote), new PropertyClaim("eventType", "forum", Quote)],
            }],
            new RelationshipAssertion("HELD_IN", "event:forum", "city:leeds") { Sources = [Quote] });
        Assert.Empty(problems);
    }

    [Fact]
    public void Every_problem_is_reported_with_its_origin_not_only_the_first()
    {
        var problems = Validate(
            [Node("Festival", "event:sonar", "Sónar", line: 10), Node("City", "network:leeds", "Leeds", line: 20), Node("City", "city:kyoto", " ", line: 30)],
            new RelationshipAssertion("HELD_IN", "event:nowhere", "city:kyoto") { Sources = [Quote], Origin = new Origin("test.yaml", 40, 5) });
        Assert.Collection(problems,
            p => Assert.Equal("test.yaml:10:5: error: unknown node kind 'Festival' (known kinds: City, Country, Region, Network, Programme, Project, Organisation, Theme, Event, Study)", p.ToString()),
            p => Assert.Equal("test.yaml:20:5: error: id 'network:leeds' has prefix 'network', which belongs to Network, not City (use 'city:')", p.ToString()),
            p => Assert.Equal("test.yaml:30:5: error: node 'city:kyoto' has no name", p.ToString()),
            p => Assert.Equal("test.yaml:40:5: error: HELD_IN: 'from' names 'event:nowhere', which is not declared in this file's nodes", p.ToString()));
    }

    [Fact]
    public void A_node_declared_twice_is_a_problem()
    {
        var problems = Validate([Node("City", "city:leeds", "Leeds"), Node("City", "city:leeds", "Leeds")]);
        Assert.Equal("node 'city:leeds' is declared twice in this file", Assert.Single(problems).Message);
    }

    [Fact]
    public void A_relationship_between_wrong_kinds_names_the_allowed_shapes()
    {
        var problems = Validate([Node("City", "city:leeds", "Leeds"), Node("Network", "network:eurocities", "EUROCITIES")],
            new RelationshipAssertion("HELD_IN", "network:eurocities", "city:leeds") { Sources = [Quote] });
        Assert.Equal("HELD_IN cannot join Network 'network:eurocities' to City 'city:leeds' (allowed: Event -> City)", Assert.Single(problems).Message);
    }

    [Fact]
    public void A_relationship_from_a_node_to_itself_is_a_problem()
    {
        var problems = Validate([Node("City", "city:leeds", "Leeds")],
            new RelationshipAssertion("COOPERATES_WITH", "city:leeds", "city:leeds") { Sources = [Quote] });
        Assert.Contains("cannot join a node to itself", Assert.Single(problems).Message);
    }

    [Fact]
    public void Facts_need_evidence()
    {
        var problems = Validate(
        [
            new NodeAssertion("City", "city:a", "A"),
            new NodeAssertion("City", "city:b", "B") { Sources = [new Source(StudyId, Certainty.Stated)] },
            new NodeAssertion("City", "city:c", "C") { Sources = [new Source(StudyId, Certainty.Inferred)] },
            new NodeAssertion("City", "city:d", "D") { Sources = [new Source(StudyId, Certainty.Inferred) { Note = "it must be" }] },
            new NodeAssertion("City", "city:e", "E") { Sources = [new Source(StudyId, Certainty.Stated) { Dataset = "geonames.tsv", Row = "42" }] },
        ]);
        Assert.Equal(
        [
            "node 'city:a' has no source: give a 'quote' from the document, or 'inferred: true' with a 'note'",
            "node 'city:b' is marked stated but has no quote (or dataset row) to show it",
            "node 'city:c' is inferred but says neither why (note) nor from what (quote)",
        ], problems.Select(p => p.Message));
    }

    [Fact]
    public void A_source_must_name_a_study_of_the_batch()
    {
        var problems = Validate([Node("City", "city:a", "A") with { Sources = [new Source("study:elsewhere", Certainty.Stated) { Quote = "q" }] }]);
        Assert.Equal("source names study 'study:elsewhere', which is not declared in this file", Assert.Single(problems).Message);
    }

    [Fact]
    public void Every_source_naming_an_undeclared_study_is_reported_also_between_declared_ones()
    {
        var elsewhere = new Source("study:elsewhere", Certainty.Stated) { Quote = "q" };
        var problems = Validate(
            [Node("City", "city:a", "A") with { Sources = [Quote, elsewhere, Quote, elsewhere] }, Node("City", "city:b", "B", line: 7)],
            new RelationshipAssertion("COOPERATES_WITH", "city:a", "city:b") { Sources = [elsewhere, Quote], Origin = new Origin("test.yaml", 9, 1) });
        Assert.Equal(
            ["source names study 'study:elsewhere', which is not declared in this file",
             "source names study 'study:elsewhere', which is not declared in this file",
             "test.yaml:9:1: error: source names study 'study:elsewhere', which is not declared in this file"],
            problems.Select(p => p.Origin is null ? p.Message : p.ToString()));
    }

    [Fact]
    public void A_relationship_without_evidence_is_named_by_type_and_ends()
    {
        var problems = Validate(
            [Node("City", "city:a", "A"), Node("City", "city:b", "B")],
            new RelationshipAssertion("COOPERATES_WITH", "city:a", "city:b") { Sources = [new Source(StudyId, Certainty.Inferred)] },
            new RelationshipAssertion("COOPERATES_WITH", "city:b", "city:a"));
        Assert.Equal(
            ["COOPERATES_WITH city:a -> city:b is inferred but says neither why (note) nor from what (quote)",
             "COOPERATES_WITH city:b -> city:a has no source: give a 'quote' from the document, or 'inferred: true' with a 'note'"],
            problems.Select(p => p.Message));
    }

    [Fact]
    public void Property_claims_are_checked_by_name_type_and_source()
    {
        var problems = Validate(
        [
            Node("City", "city:a", "A") with
            {
                Claims =
                [
                    new PropertyClaim("population", "many", Quote),
                    new PropertyClaim("mayor", "Ada", Quote),
                    new PropertyClaim("countryCode", "ES", new Source(StudyId, Certainty.Stated)),
                ],
            },
        ]);
        Assert.Equal(
        [
            "'population' must be a whole number, not 'many'",
            "City has no property 'mayor' (it has: geonamesId, countryCode, population, latitude, longitude)",
            "property 'countryCode' is marked stated but has no quote (or dataset row) to show it",
        ], problems.Select(p => p.Message));
    }

    [Fact]
    public void Unknown_relationship_types_are_reported()
    {
        var problems = Validate([Node("City", "city:a", "A"), Node("City", "city:b", "B")],
            new RelationshipAssertion("TWINNED_WITH", "city:a", "city:b") { Sources = [Quote] });
        Assert.StartsWith("unknown relationship type 'TWINNED_WITH' (known: MEMBER_OF, ", Assert.Single(problems).Message);
    }
}
