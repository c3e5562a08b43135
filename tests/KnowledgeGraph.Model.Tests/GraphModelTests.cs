using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Model.Tests;

public class GraphModelTests
{
    private static readonly GraphModel Model = CityNetworksModel.Instance;

    private static NodeKind Kind(string name, string prefix, params PropertyDefinition[] properties) => new(name, prefix, name, properties);

    private static RelationshipType Rel(string name, NodeKind from, NodeKind to, string outgoing = "out", string incoming = "in") =>
        new(name, name, [new EndpointPair([from], [to])], []) { OutgoingField = outgoing, IncomingField = incoming };

    [Fact]
    public void The_city_networks_model_declares_every_kind_and_relationship_once()
    {
        Assert.Equal(
            ["City", "Country", "Region", "Network", "Programme", "Project", "Organisation", "Theme", "Event", "Study"],
            Model.NodeKinds.Select(k => k.Name));
        Assert.Equal(14, Model.RelationshipTypes.Count);
        Assert.Equal(Model.NodeKinds.Count, Model.NodeKinds.Select(k => k.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(Model.NodeKinds.Count, Model.NodeKinds.Select(k => k.IdPrefix).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Model.RelationshipTypes.Count, Model.RelationshipTypes.Select(r => r.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void No_kind_or_relationship_declares_a_property_twice()
    {
        foreach (var kind in Model.NodeKinds)
        {
            Assert.True(kind.Properties.Select(p => p.Name).Distinct().Count() == kind.Properties.Count, $"{kind.Name} declares a property twice");
            Assert.DoesNotContain(kind.Properties, p => GraphModel.CommonNodeFields.Contains(p.Name));
        }
        foreach (var rel in Model.RelationshipTypes)
        {
            Assert.True(rel.Properties.Select(p => p.Name).Distinct().Count() == rel.Properties.Count, $"{rel.Name} declares a property twice");
        }
    }

    [Fact]
    public void Every_relationship_joins_only_kinds_the_model_declares()
    {
        foreach (var rel in Model.RelationshipTypes)
        {
            Assert.NotEmpty(rel.Endpoints);
            foreach (var kind in rel.FromKinds.Concat(rel.ToKinds))
            {
                Assert.True(Model.TryGetKind(kind.Name, out var declared), $"{rel.Name} names undeclared kind {kind.Name}");
                Assert.Same(declared, kind);
            }
        }
    }

    [Fact]
    public void Every_kind_is_found_by_name_ignoring_case_and_by_id_prefix()
    {
        foreach (var kind in Model.NodeKinds)
        {
            Assert.True(Model.TryGetKind(kind.Name.ToUpperInvariant(), out var byName));
            Assert.Same(kind, byName);
            Assert.True(Model.TryGetKindByPrefix(kind.IdPrefix, out var byPrefix));
            Assert.Same(kind, byPrefix);
        }
        Assert.False(Model.TryGetKind("Festival", out _));
        Assert.False(Model.TryGetKindByPrefix("City", out _));
        Assert.Throws<KeyNotFoundException>(() => Model.Kind("Festival"));
        Assert.Throws<KeyNotFoundException>(() => Model.Relationship("TWINNED_WITH"));
        Assert.Same(CityNetworksModel.MemberOf, Model.Relationship("member_of"));
    }

    [Fact]
    public void Each_kind_has_distinct_api_field_names()
    {
        foreach (var kind in Model.NodeKinds)
        {
            var fields = GraphModel.CommonNodeFields
                .Concat(kind.Properties.Select(p => p.Name))
                .Concat(Model.RelationshipsOf(kind).Select(r => r.Direction == Direction.Outgoing ? r.Type.OutgoingField : r.Type.IncomingField))
                .ToList();
            Assert.Equal(fields.Count, fields.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void Identity_rules_are_declared_on_the_kinds()
    {
        Assert.Equal("geonamesId", CityNetworksModel.City.ExternalKey?.Name);
        Assert.Equal("isoCode", CityNetworksModel.Country.ExternalKey?.Name);
        Assert.Null(CityNetworksModel.Network.ExternalKey);
        Assert.False(CityNetworksModel.Event.MergesByName);
        Assert.False(CityNetworksModel.Study.MergesByName);
        Assert.True(CityNetworksModel.City.MergesByName);
        Assert.Equal(["COOPERATES_WITH"], Model.RelationshipTypes.Where(r => r.IsSymmetric).Select(r => r.Name));
        // Namesakes merge only when they agree on these (the external key always distinguishes).
        Assert.Equal(["geonamesId", "countryCode"], CityNetworksModel.City.DistinguishingProperties.Select(p => p.Name));
        Assert.Equal(["countryCode"], CityNetworksModel.Region.DistinguishingProperties.Select(p => p.Name));
        Assert.Equal(["isoCode"], CityNetworksModel.Country.DistinguishingProperties.Select(p => p.Name));
        Assert.Empty(CityNetworksModel.Network.DistinguishingProperties);
    }

    [Fact]
    public void Allows_checks_endpoints_and_a_symmetric_type_either_way()
    {
        Assert.True(CityNetworksModel.HeldIn.Allows(CityNetworksModel.Event, CityNetworksModel.City));
        Assert.False(CityNetworksModel.HeldIn.Allows(CityNetworksModel.City, CityNetworksModel.Event));
        Assert.False(CityNetworksModel.MemberOf.Allows(CityNetworksModel.City, CityNetworksModel.Project));
        Assert.True(CityNetworksModel.PartOf.Allows(CityNetworksModel.Event, CityNetworksModel.Project));
        Assert.False(CityNetworksModel.PartOf.Allows(CityNetworksModel.Programme, CityNetworksModel.Project));
        Assert.True(CityNetworksModel.CooperatesWith.Allows(CityNetworksModel.City, CityNetworksModel.Organisation));
        Assert.True(CityNetworksModel.CooperatesWith.Allows(CityNetworksModel.Organisation, CityNetworksModel.City));
        Assert.Equal("Programme -> Programme; Event -> Event|Project", CityNetworksModel.PartOf.DescribeEndpoints());
    }

    [Fact]
    public void A_symmetric_relationship_gives_a_kind_one_field_not_two()
    {
        var cityFields = Model.RelationshipsOf(CityNetworksModel.City).Where(r => r.Type == CityNetworksModel.CooperatesWith).ToList();
        Assert.Single(cityFields);
        Assert.Equal(Direction.Outgoing, cityFields[0].Direction);
    }

    [Fact]
    public void A_kind_declared_twice_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => new GraphModel([Kind("City", "city"), Kind("city", "town")], []));
        Assert.Contains("declared twice", ex.Message);
    }

    [Fact]
    public void An_id_prefix_used_by_two_kinds_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => new GraphModel([Kind("City", "place"), Kind("Region", "place")], []));
        Assert.Contains("'place'", ex.Message);
    }

    [Fact]
    public void A_property_named_like_a_common_field_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            new GraphModel([Kind("City", "city", new PropertyDefinition("name", PropertyType.String, "clash"))], []));
        Assert.Contains("common node field", ex.Message);
    }

    [Fact]
    public void A_relationship_declared_twice_is_rejected()
    {
        var city = Kind("City", "city");
        var network = Kind("Network", "network");
        var ex = Assert.Throws<ArgumentException>(() =>
            new GraphModel([city, network], [Rel("MEMBER_OF", city, network, "a", "b"), Rel("member_of", city, network, "c", "d")]));
        Assert.Contains("declared twice", ex.Message);
    }

    [Fact]
    public void A_relationship_to_an_undeclared_kind_is_rejected()
    {
        var city = Kind("City", "city");
        var stray = Kind("Network", "network");
        var ex = Assert.Throws<ArgumentException>(() => new GraphModel([city], [Rel("MEMBER_OF", city, stray)]));
        Assert.Contains("does not declare", ex.Message);
    }

    [Fact]
    public void A_relationship_field_that_clashes_with_a_property_is_rejected()
    {
        var city = Kind("City", "city", new PropertyDefinition("memberOf", PropertyType.String, "clash"));
        var network = Kind("Network", "network");
        var ex = Assert.Throws<ArgumentException>(() => new GraphModel([city, network], [Rel("MEMBER_OF", city, network, "memberOf", "members")]));
        Assert.Contains("two fields named 'memberOf'", ex.Message);
    }
}
