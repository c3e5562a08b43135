using KnowledgeGraph.Api.Schema;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.Store.Analytics;
using static KnowledgeGraph.Api.Schema.CommonTypes;

namespace KnowledgeGraph.Api.Analytics;

/// <summary>
/// The result types of the research-question fields: object types over the JSON the analytics port returns (see the
/// request records of <see cref="IGraphAnalytics"/>); nested fields resolve from that JSON by name.
/// </summary>
public sealed class AnalyticsTypes
{
    /// <summary>Creates the types; <paramref name="common"/> gives the shared JSON scalar.</summary>
    public AnalyticsTypes(CommonTypes common)
    {
        ArgumentNullException.ThrowIfNull(common);
        var id = NonNull(BuiltInScalars.ID);
        var name = NonNull(BuiltInScalars.String);
        var count = NonNull(BuiltInScalars.Int);
        var city = new ObjectType("AnalyticsCity", "A city in an analytics result.")
            .Field("id", id).Field("name", name)
            .Field("countryCode", BuiltInScalars.String, description: "ISO 3166-1 alpha-2 code of its country, when known.");
        var named = new ObjectType("NamedRef", "A node named in an analytics result.").Field("id", id).Field("name", name);
        var project = new ObjectType("ProjectRef", "A project named in an analytics result.")
            .Field("id", id).Field("name", name).Field("acronym", BuiltInScalars.String);
        var country = new ObjectType("CountryRef", "A country named in an analytics result.")
            .Field("id", id).Field("name", name).Field("isoCode", BuiltInScalars.String);

        var pair = new ObjectType("CityPair", "Two cities taking part in the same projects (cityA.id < cityB.id).")
            .Field("cityA", NonNull(city)).Field("cityB", NonNull(city))
            .Field("sharedProjects", count, description: "How many projects both take part in.")
            .Field("projects", ListOf(project), description: "The shared projects, by name.");
        CityPairs = new ObjectType("CityPairPage", "City pairs ranked by shared projects, then by their ids.")
            .Field("totalCount", count, description: "All pairs in scope (before paging).")
            .Field("pairs", ListOf(pair));

        var network = new ObjectType("ProfileNetwork", "A network the city is a member of.")
            .Field("id", id).Field("name", name).Field("acronym", BuiltInScalars.String)
            .Field("status", BuiltInScalars.String).Field("since", common.Json).Field("until", common.Json);
        var organisationRole = new ObjectType("ProfileOrganisation", "One of the city's organisations in a project.")
            .Field("id", id).Field("name", name).Field("role", BuiltInScalars.String);
        var profileProject = new ObjectType("ProfileProject", "A project the city takes part in, directly or through its organisations.")
            .Field("id", id).Field("name", name).Field("acronym", BuiltInScalars.String)
            .Field("startYear", BuiltInScalars.Int).Field("endYear", BuiltInScalars.Int)
            .Field("role", BuiltInScalars.String, description: "\"lead\" when the city or one of its organisations leads.")
            .Field("direct", NonNull(BuiltInScalars.Boolean), description: "Whether the city itself is a partner.")
            .Field("organisations", ListOf(organisationRole)).Field("programmes", ListOf(named));
        var partner = new ObjectType("PartnerCity", "A partner city with the number of projects shared.")
            .Field("city", NonNull(city)).Field("sharedProjects", count);
        var partners = new ObjectType("PartnerCityPage", "Partner cities ranked by shared projects, then id.")
            .Field("totalCount", count).Field("items", ListOf(partner));
        var reach = new ObjectType("CountryReach", "A country the city reaches through its partners.")
            .Field("country", NonNull(country)).Field("partnerCities", count).Field("projects", count);
        var activity = new ObjectType("YearActivity", "Projects started in a year.")
            .Field("year", count).Field("projects", count);
        CityProfile = new ObjectType("CityProfile", "A city's partnership profile (research question 2).")
            .Field("city", NonNull(city))
            .Field("networks", ListOf(network), description: "Its networks (never filtered by the scope).")
            .Field("projects", ListOf(profileProject), description: "Its projects by start year, then name.")
            .Field("partners", NonNull(partners))
            .Field("countries", ListOf(reach), description: "Countries of its partner cities, by partner cities descending.")
            .Field("activity", ListOf(activity), description: "Projects per start year.");

        var pathNode = new ObjectType("PathNode", "A node on a path.")
            .Field("id", id).Field("kind", name, description: "The node's kind (a NodeKind name).").Field("name", name);
        var pathRelationship = new ObjectType("PathRelationship", "A relationship on a path, in its stored direction.")
            .Field("type", name).Field("from", id).Field("to", id).Field("properties", common.Json);
        var path = new ObjectType("Path", "nodes[0] relationships[0] nodes[1] ... nodes[length].")
            .Field("nodes", ListOf(pathNode)).Field("relationships", ListOf(pathRelationship));
        Connections = new ObjectType("Connections", "The shortest paths between two nodes (research question 3).")
            .Field("from", NonNull(pathNode)).Field("to", NonNull(pathNode))
            .Field("length", BuiltInScalars.Int, description: "Relationships per path; null when no path is within reach.")
            .Field("truncated", NonNull(BuiltInScalars.Boolean), description: "The breadth limit was hit, so a path may have been missed.")
            .Field("paths", ListOf(path));

        Subject = new EnumType("ConnectedKind", "What mostConnected ranks.")
            .AddValue("CITY", CentralitySubject.City, "Cities; partners are cities sharing a project.")
            .AddValue("ORGANISATION", CentralitySubject.Organisation, "Organisations; partners are organisations sharing a project.");
        Measure = new EnumType("ConnectedMeasure", "What mostConnected ranks by.")
            .AddValue("PARTNERS", CentralityMeasure.Partners, "Distinct partners.")
            .AddValue("PROJECTS", CentralityMeasure.Projects, "Distinct projects.")
            .AddValue("BETWEENNESS", CentralityMeasure.Betweenness,
                "Betweenness centrality in the collaboration graph in scope (nodes joined by a shared project): the shortest paths between other nodes through the node (Brandes' algorithm; refused as BAD_USER_INPUT when the graph in scope is too large).");
        var rankedNode = new ObjectType("RankedNode", "A ranked city or organisation.")
            .Field("id", id).Field("kind", name).Field("name", name)
            .Field("countryCode", BuiltInScalars.String, description: "The city's, or an organisation's city's, country code.");
        var ranked = new ObjectType("Ranked", "A node with its partner and project counts.")
            .Field("node", NonNull(rankedNode)).Field("partners", count).Field("projects", count)
            .Field("betweenness", BuiltInScalars.Float,
                description: "With by: BETWEENNESS, the sum over pairs of other nodes of the share of their shortest paths through this node (rounded to 6 decimals); null otherwise.");
        MostConnected = new ObjectType("RankedPage", "The most connected nodes (research question 4).")
            .Field("totalCount", count).Field("items", ListOf(ranked));

        var programmeInfo = new ObjectType("ProgrammeInfo", "The programme asked about.")
            .Field("id", id).Field("name", name).Field("acronym", BuiltInScalars.String).Field("period", common.Json);
        var subProgramme = new ObjectType("ProgrammeCount", "The programme or a sub-programme, with its projects in scope.")
            .Field("id", id).Field("name", name).Field("projects", count);
        var countryFunding = new ObjectType("CountryFunding", "A partner country with its projects and their EU funding.")
            .Field("country", NonNull(country)).Field("projects", count).Field("euFunding", BuiltInScalars.Float);
        var fundedProject = new ObjectType("FundedProject", "A project the programme funds.")
            .Field("id", id).Field("name", name).Field("acronym", BuiltInScalars.String)
            .Field("startDate", common.Date).Field("endDate", common.Date)
            .Field("euFunding", BuiltInScalars.Float).Field("budget", BuiltInScalars.Float)
            .Field("programmes", ListOf(named)).Field("partners", count, description: "How many partners it has.")
            .Field("countries", ListOf(country), description: "Its partners' countries.");
        ProgrammeProjects = new ObjectType("ProgrammeProjects", "A programme's projects, sub-programmes included (research question 5).")
            .Field("programme", NonNull(programmeInfo))
            .Field("programmes", ListOf(subProgramme), description: "The programme and its sub-programmes, by name.")
            .Field("totalCount", count, description: "Projects in scope.")
            .Field("euFunding", NonNull(BuiltInScalars.Float), description: "Sum of the projects' EU funding.")
            .Field("budget", NonNull(BuiltInScalars.Float), description: "Sum of the projects' budgets.")
            .Field("countries", ListOf(countryFunding), description: "Partner countries by projects descending.")
            .Field("projects", ListOf(fundedProject), description: "Projects by EU funding descending, then name (paged).");

        var countryCity = new ObjectType("CountryCity", "A city of the country with its projects.")
            .Field("id", id).Field("name", name).Field("projects", count);
        var countryOrganisation = new ObjectType("CountryOrganisation", "An organisation of the country with its projects.")
            .Field("id", id).Field("name", name).Field("organisationType", BuiltInScalars.String)
            .Field("city", named).Field("projects", count);
        var countryProject = new ObjectType("CountryProject", "A project with partners from the country.")
            .Field("id", id).Field("name", name).Field("acronym", BuiltInScalars.String)
            .Field("partners", count, description: "Its partners from the country.");
        CountryPartners = new ObjectType("CountryPartners", "A country's partner cities, organisations and projects (research question 5).")
            .Field("country", NonNull(country))
            .Field("cities", NonNull(Page("CountryCityPage", countryCity)))
            .Field("organisations", NonNull(Page("CountryOrganisationPage", countryOrganisation)))
            .Field("projects", NonNull(Page("CountryProjectPage", countryProject)));

        var subgraphNode = new ObjectType("SubgraphNode", "A node of a subgraph.")
            .Field("id", id).Field("kind", name, description: "The node's kind (a NodeKind name).").Field("name", name)
            .Field("countryCode", BuiltInScalars.String, description: "Its country code, or for an organisation without one its city's.")
            .Field("latitude", BuiltInScalars.Float).Field("longitude", BuiltInScalars.Float)
            .Field("city", BuiltInScalars.ID, description: "An organisation's city (the one with the smallest id when several).")
            .Field("acronym", BuiltInScalars.String).Field("startDate", common.Date).Field("endDate", common.Date)
            .Field("degree", count, description: "The edges of the subgraph that touch it.");
        var subgraphEdge = new ObjectType("SubgraphEdge", "An edge of a subgraph, in the relationship's stored direction (SHARED_PROJECTS: from < to).")
            .Field("type", name, description: "A RelationshipType name, or SHARED_PROJECTS for partners sharing projects when projects are not drawn.")
            .Field("from", id).Field("to", id)
            .Field("weight", count, description: "How many facts it stands for (organisations drawn as their city, shared projects).")
            .Field("role", BuiltInScalars.String, description: "PARTNER_IN: the role (lead before partner when several).")
            .Field("via", ListOf(BuiltInScalars.ID), description: "The organisations drawn as their city, or the shared projects.");
        Subgraph = new ObjectType("Subgraph", "The partnership graph of a scope: nodes by id, edges by type, from, to.")
            .Field("totalCount", count, description: "Projects in scope.")
            .Field("projects", count, description: "Projects kept (the first ones by partners).")
            .Field("nodes", ListOf(subgraphNode))
            .Field("edges", ListOf(subgraphEdge));
    }

    /// <summary>The subgraph's result.</summary>
    public ObjectType Subgraph { get; }

    /// <summary>Question 1's result.</summary>
    public ObjectType CityPairs { get; }

    /// <summary>Question 2's result.</summary>
    public ObjectType CityProfile { get; }

    /// <summary>Question 3's result.</summary>
    public ObjectType Connections { get; }

    /// <summary>CITY or ORGANISATION.</summary>
    public EnumType Subject { get; }

    /// <summary>PARTNERS, PROJECTS or BETWEENNESS.</summary>
    public EnumType Measure { get; }

    /// <summary>Question 4's result.</summary>
    public ObjectType MostConnected { get; }

    /// <summary>Question 5's programme result.</summary>
    public ObjectType ProgrammeProjects { get; }

    /// <summary>Question 5's country result.</summary>
    public ObjectType CountryPartners { get; }

    private static ObjectType Page(string name, ObjectType item) =>
        new ObjectType(name, "A ranked, paged list with the count of all items.")
            .Field("totalCount", NonNull(BuiltInScalars.Int)).Field("items", ListOf(item));
}
