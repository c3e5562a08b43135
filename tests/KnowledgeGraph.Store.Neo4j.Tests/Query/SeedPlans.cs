using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Query;
using static KnowledgeGraph.Store.Query.Filters;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Neo4j.Tests.Query;

/// <summary>Representative plans over the seed graph, shared by the snapshot and the live tests.</summary>
internal static class SeedPlans
{
    public static ValueField Id => new("id", FieldRef.Id);

    public static ValueField Name => new("name", FieldRef.Name);

    public static Projection IdName => Projection.Of(Id, Name);

    public static ValueField Prop(PropertyDefinition p, string? key = null) => new(key ?? p.Name, FieldRef.Of(p));

    public static PropertyDefinition P(NodeKind kind, string name) => kind.FindProperty(name)!;

    public static PropertyDefinition P(RelationshipType rel, string name) => rel.FindProperty(name)!;

    public static NodeQuery Cities(Filter? where = null) => new() { Kind = M.City, Where = where, Projection = IdName };

    public static NodeQuery ThreeLevels => new()
    {
        Kind = M.City,
        Where = IdIn("city:geonames:3108286"),
        Projection = Projection.Of(Id, Name, new RelationshipProjection("participatedIn", M.ParticipatedIn, Direction.Outgoing, new NodeQuery
        {
            Kind = M.Event,
            Shape = ResultShape.Connection,
            First = 5,
            Connection = ConnectionProjection.Default(Prop(P(M.ParticipatedIn, "role"))),
            Projection = Projection.Of(Id, Prop(P(M.Event, "eventType"), "type"),
                new RelationshipProjection("heldIn", M.HeldIn, Direction.Outgoing, new NodeQuery
                {
                    OrderBy = [new FieldSort(FieldRef.Name)],
                    Projection = Projection.Of(Name, new RelatedCount("eventCount", M.HeldIn, Direction.Incoming)),
                })
                {
                    EdgeFields = [Prop(P(M.HeldIn, "venue")), new SourcesField("sources")],
                }),
        })),
    };

    /// <summary>The plans by name (the snapshot names).</summary>
    public static Dictionary<string, NodeQuery> All() => new(StringComparer.Ordinal)
    {
        ["filtered-list"] = Cities(And(
            Compare(P(M.City, "countryCode"), CompareOp.In, new[] { "ES", "GB" }),
            Not(Compare(FieldRef.Name, CompareOp.StartsWith, "T")),
            Or(Compare(P(M.City, "population"), CompareOp.Gte, 100000), Compare(P(M.City, "population"), CompareOp.Eq, null)),
            NameMatches("Barcelone"))) with { OrderBy = [new FieldSort(FieldRef.Name)], First = 10, Offset = 5 },
        ["cities-by-population"] = Cities() with
        {
            OrderBy = [new FieldSort(FieldRef.Of(P(M.City, "population"))) { Descending = true }],
            First = 7,
            Projection = Projection.Of(Id, Name, Prop(P(M.City, "population")), Prop(P(M.City, "countryCode"))),
        },
        ["cities-by-population-ascending"] = Cities() with
        {
            OrderBy = [new FieldSort(FieldRef.Of(P(M.City, "population")))],
            First = 7,
            Offset = 2,
            Projection = Projection.Of(Id, Name, Prop(P(M.City, "population"))),
        },
        ["relationship-filters"] = Cities(And(
            Some(M.ParticipatedIn, Direction.Outgoing, Some(M.HeldIn, Direction.Outgoing, IdIn("city:geonames:3128760")), Compare(P(M.ParticipatedIn, "role"), CompareOp.Eq, "host")),
            None(M.MemberOf, Direction.Outgoing),
            Filters.All(M.CooperatesWith, Direction.Outgoing, Compare(FieldRef.Kind, CompareOp.Eq, "City")))),
        ["connection-by-related-count"] = new NodeQuery
        {
            Kind = M.City,
            OrderBy = [new RelatedCountSort(M.HeldIn, Direction.Incoming) { Descending = true }, new FieldSort(FieldRef.Name)],
            First = 3,
            Shape = ResultShape.Connection,
            Projection = Projection.Of(Id, Name),
        },
        ["connection-by-related-count-after-cursor"] = new NodeQuery
        {
            Kind = M.City,
            OrderBy = [new RelatedCountSort(M.HeldIn, Direction.Incoming) { Descending = true }, new FieldSort(FieldRef.Name)],
            First = 2,
            After = Cursor.Encode([3L, "Leeds"], "city:geonames:2644688"),
            Shape = ResultShape.Connection,
            Projection = Projection.Of(Id, Name),
        },
        ["nested-three-levels"] = ThreeLevels,
        ["node-by-id-any-kind"] = new NodeQuery
        {
            Where = IdIn("network:eurocities"),
            Shape = ResultShape.Single,
            Projection = Projection.Of(new ValueField("__typename", FieldRef.Kind), Id,
                new ValueField("memberCount", FieldRef.Of(P(M.Network, "memberCount"))) { OnKinds = [M.Network] },
                new ClaimsField("memberCountClaims", P(M.Network, "memberCount")) { OnKinds = [M.Network] },
                new SourcesField("sources"), new AliasesField("aliases")),
        },
        ["node-by-id-missing"] = new NodeQuery { Where = IdIn("city:nowhere"), Shape = ResultShape.Single, Projection = IdName },
        // A look-up of a kind by one id: the unique index, then (only for an id that is no current one) the former ids.
        ["city-by-id"] = Cities(IdIn("city:geonames:3128760")) with { Shape = ResultShape.Single, Projection = Projection.Of(Id, Name, Prop(P(M.City, "population"))) },
        ["city-by-id-missing"] = Cities(IdIn("city:nowhere")) with { Shape = ResultShape.Single },
        ["city-by-former-id"] = Cities(IdIn("city:bcn")) with { Shape = ResultShape.Single },
        // Nested levels ordered by id with a first page (and an offset): paged in the statement, two levels deep.
        ["nested-paged-by-id"] = new NodeQuery
        {
            Kind = M.Network,
            First = 4,
            Projection = Projection.Of(Id, Name, new RelationshipProjection("members", M.MemberOf, Direction.Incoming, new NodeQuery
            {
                Shape = ResultShape.Connection,
                First = 2,
                Offset = 1,
                Projection = Projection.Of(Id, Name, new ValueField("kind", FieldRef.Kind), new RelationshipProjection("events", M.ParticipatedIn, Direction.Outgoing, new NodeQuery
                {
                    First = 1,
                    Projection = IdName,
                })),
            })),
        },
        ["aggregates"] = new NodeQuery
        {
            Kind = M.Programme,
            Projection = Projection.Of(Name,
                new EdgeSum("funding", M.FundedBy, Direction.Incoming, P(M.FundedBy, "amount"), SumOver.Relationship),
                new EdgeSum("euFunding", M.FundedBy, Direction.Incoming, P(M.Project, "euFunding"), SumOver.RelatedNode),
                new RelatedCount("creativeProjects", M.FundedBy, Direction.Incoming, Some(M.Addresses, Direction.Outgoing, IdIn("theme:creative-industries")))),
        },
        ["networks-with-members-connection"] = new NodeQuery
        {
            Kind = M.Network,
            OrderBy = [new FieldSort(FieldRef.Name) { Descending = true }],
            Shape = ResultShape.Connection,
            First = 2,
            Projection = Projection.Of(Id, Name, new ClaimsField("claims"), new RelationshipProjection("members", M.MemberOf, Direction.Incoming, new NodeQuery
            {
                Shape = ResultShape.Connection,
                First = 3,
                Offset = 1,
                OrderBy = [new FieldSort(FieldRef.Name)],
                Projection = Projection.Of(Id, Name, new ValueField("kind", FieldRef.Kind)),
            })),
        },
        ["nested-single-and-list-with-edge-fields"] = Cities(IdIn("city:geonames:3128760")) with
        {
            Projection = Projection.Of(Id, Name, new AliasesField("aliases"),
                new RelationshipProjection("country", M.InCountry, Direction.Outgoing, new NodeQuery { Shape = ResultShape.Single, Projection = IdName }),
                new RelationshipProjection("events", M.HeldIn, Direction.Incoming, new NodeQuery
                {
                    OrderBy = [new FieldSort(FieldRef.Of(P(M.Event, "startDate"))) { Descending = true }],
                    First = 4,
                    Projection = Projection.Of(Id, Name, Prop(P(M.Event, "startDate"))),
                }) { EdgeFields = [Prop(P(M.HeldIn, "venue")), new SourcesField("sources")] },
                new RelatedCount("projects", M.PartnerIn, Direction.Outgoing)),
        },
        ["contains-and-dates"] = new NodeQuery
        {
            Kind = M.Event,
            Where = Or(Compare(FieldRef.Name, CompareOp.Contains, "CULTURE"), Compare(P(M.Event, "startDate"), CompareOp.Gte, "2019")),
            OrderBy = [new FieldSort(FieldRef.Of(P(M.Event, "startDate"))), new FieldSort(FieldRef.Name) { Descending = true }],
            Projection = Projection.Of(Id, Name, Prop(P(M.Event, "startDate"))),
        },
    };
}
