namespace KnowledgeGraph.Model.Schema;

/// <summary>
/// The one declaration of the city-networks graph: its node kinds, relationship types and their properties.
/// Add a kind or a relationship here and it appears in study files, the store, exports and the API.
/// </summary>
public static class CityNetworksModel
{
    private static PropertyDefinition P(string name, PropertyType type, string description) => new(name, type, description);

    private static EndpointPair Pair(NodeKind[] from, NodeKind[] to) => new(from, to);

    /// <summary>A European or other city or town.</summary>
    public static readonly NodeKind City = new("City", "city", "A city or town.",
    [
        P("geonamesId", PropertyType.Integer, "The city's id in the GeoNames gazetteer.") with { ExternalIdPattern = "geonames:{0}" },
        P("countryCode", PropertyType.String, "ISO 3166-1 alpha-2 code of the city's country.") with { DistinguishesNamesakes = true },
        P("population", PropertyType.Integer, "Number of inhabitants."),
        P("latitude", PropertyType.Float, "Latitude in decimal degrees (WGS84)."),
        P("longitude", PropertyType.Float, "Longitude in decimal degrees (WGS84)."),
    ]);

    /// <summary>A sovereign country.</summary>
    public static readonly NodeKind Country = new("Country", "country", "A country.",
    [
        P("isoCode", PropertyType.String, "ISO 3166-1 alpha-2 code.") with { ExternalIdPattern = "{0}" },
    ]);

    /// <summary>An administrative region within a country (Catalonia, Quebec).</summary>
    public static readonly NodeKind Region = new("Region", "region", "An administrative region within a country, such as Catalonia or Quebec.",
    [
        P("countryCode", PropertyType.String, "ISO 3166-1 alpha-2 code of the region's country.") with { DistinguishesNamesakes = true },
    ]);

    /// <summary>A city network such as EUROCITIES or an URBACT network.</summary>
    public static readonly NodeKind Network = new("Network", "network", "A network of cities or local authorities, such as EUROCITIES or an URBACT network.",
    [
        P("acronym", PropertyType.String, "Short name."),
        P("memberCount", PropertyType.Integer, "Number of members, as a source states it."),
        P("membershipCriteria", PropertyType.String, "Who may join, as a source states it."),
        P("founded", PropertyType.Date, "When the network was founded."),
        P("url", PropertyType.Url, "Web site."),
    ]);

    /// <summary>A funding programme or a part of one (INTERREG IVC, URBACT III, Erasmus+).</summary>
    public static readonly NodeKind Programme = new("Programme", "programme", "A funding programme or a strand of one, such as INTERREG IVC, URBACT III, Erasmus+ or Creative Europe.",
    [
        P("acronym", PropertyType.String, "Short name."),
        P("period", PropertyType.String, "Programming period, such as 2007-2013."),
        P("programmeType", PropertyType.String, "Kind of programme, such as interregional cooperation."),
        P("url", PropertyType.Url, "Web site."),
    ]);

    /// <summary>An (EU-funded) project.</summary>
    public static readonly NodeKind Project = new("Project", "project", "A project, usually EU-funded, carried out by partners.",
    [
        P("acronym", PropertyType.String, "Short name."),
        P("title", PropertyType.String, "Full title when the name is an acronym."),
        P("startDate", PropertyType.Date, "Start."),
        P("endDate", PropertyType.Date, "End."),
        P("budget", PropertyType.Money, "Total budget in EUR."),
        P("euFunding", PropertyType.Money, "EU contribution in EUR."),
        P("url", PropertyType.Url, "Web site."),
    ]);

    /// <summary>An organisation: city council, agency, chamber of commerce, museum, university.</summary>
    public static readonly NodeKind Organisation = new("Organisation", "org", "An organisation: a city council, an agency such as Barcelona Activa, a chamber of commerce, a museum, a university.",
    [
        PropertyDefinition.OneOf("organisationType", "What sort of organisation it is.",
            "local authority", "regional authority", "national authority", "agency", "chamber of commerce",
            "museum", "cultural centre", "university", "research centre", "company", "association", "network secretariat", "other"),
        P("acronym", PropertyType.String, "Short name."),
        P("legalStatus", PropertyType.String, "Legal status as a source gives it (public, private, ...)."),
        P("url", PropertyType.Url, "Web site."),
    ]);

    /// <summary>A theme such as creative industries or gender equality.</summary>
    public static readonly NodeKind Theme = new("Theme", "theme", "A theme of work such as creative industries, culture, tourism, social innovation or gender equality.", []);

    /// <summary>A forum, training session, study visit, festival or other event.</summary>
    public static readonly NodeKind Event = new("Event", "event", "An event: a forum, seminar, training session, study visit, festival or congress.",
    [
        PropertyDefinition.OneOf("eventType", "What sort of event it is.",
            "forum", "meeting", "seminar", "training session", "study visit", "conference", "congress", "festival", "workshop", "other"),
        P("startDate", PropertyType.Date, "First day."),
        P("endDate", PropertyType.Date, "Last day."),
        P("url", PropertyType.Url, "Web site."),
    ]) { MergesByName = false };

    /// <summary>A publication, news item or dataset release that states facts.</summary>
    public static readonly NodeKind Study = new("Study", "study", "A source of facts: a publication, news item, web page or dataset release.",
    [
        PropertyDefinition.OneOf("studyType", "What sort of source it is.", "news item", "publication", "web page", "report", "dataset"),
        P("published", PropertyType.Date, "When it was published."),
        P("language", PropertyType.String, "Language of the text (ISO 639-1 code)."),
        P("url", PropertyType.Url, "Where it can be read."),
        P("document", PropertyType.String, "The source file the study was curated from."),
        P("pages", PropertyType.Integer, "Number of pages."),
        P("licence", PropertyType.String, "Licence of a dataset."),
        P("retrieved", PropertyType.Date, "When a dataset was retrieved."),
    ]) { MergesByName = false };

    private static readonly NodeKind[] Places = [City];

    /// <summary>City (or organisation, or region) is a member of a network.</summary>
    public static readonly RelationshipType MemberOf = new("MEMBER_OF", "A city, region or organisation is a member of a network.",
        [Pair([City, Region, Organisation], [Network])],
        [
            P("status", PropertyType.String, "Membership status as the source gives it (full member, associate, lead partner, partner)."),
            P("since", PropertyType.Date, "When membership began."),
            P("until", PropertyType.Date, "When membership ended."),
        ])
    { OutgoingField = "memberOf", IncomingField = "members" };

    /// <summary>An organisation or city is a partner in a project.</summary>
    public static readonly RelationshipType PartnerIn = new("PARTNER_IN", "An organisation or city takes part in a project as lead partner or partner.",
        [Pair([Organisation, City], [Project])],
        [
            PropertyDefinition.OneOf("role", "Lead partner or partner.", "lead", "partner"),
            P("startYear", PropertyType.Integer, "First year of participation."),
            P("endYear", PropertyType.Integer, "Last year of participation."),
        ])
    { OutgoingField = "partnerIn", IncomingField = "partners" };

    /// <summary>A project is funded by a programme.</summary>
    public static readonly RelationshipType FundedBy = new("FUNDED_BY", "A project is funded or co-financed by a programme.",
        [Pair([Project], [Programme])],
        [P("amount", PropertyType.Money, "Funding in EUR.")])
    { OutgoingField = "fundedBy", IncomingField = "funds" };

    /// <summary>A programme is part of a programme; an event is part of a project or a larger event.</summary>
    public static readonly RelationshipType PartOf = new("PART_OF", "A programme is a strand of a larger programme; an event is an activity of a project or part of a larger event.",
        [Pair([Programme], [Programme]), Pair([Event], [Event, Project])],
        [])
    { OutgoingField = "partOf", IncomingField = "parts" };

    /// <summary>An organisation is located in a city.</summary>
    public static readonly RelationshipType LocatedIn = new("LOCATED_IN", "An organisation is located in a city.",
        [Pair([Organisation], Places)],
        [])
    { OutgoingField = "locatedIn", IncomingField = "organisations" };

    /// <summary>A city or organisation lies in a region.</summary>
    public static readonly RelationshipType InRegion = new("IN_REGION", "A city or organisation lies in an administrative region.",
        [Pair([City, Organisation], [Region])],
        [])
    { OutgoingField = "region", IncomingField = "contains" };

    /// <summary>A city, region or organisation is in a country.</summary>
    public static readonly RelationshipType InCountry = new("IN_COUNTRY", "A city, region or organisation (when no city is known) is in a country.",
        [Pair([City, Region, Organisation], [Country])],
        [])
    { OutgoingField = "country", IncomingField = "locatedHere" };

    /// <summary>A project, network, event, programme or study addresses a theme.</summary>
    public static readonly RelationshipType Addresses = new("ADDRESSES", "A project, network, event, programme or study addresses a theme.",
        [Pair([Project, Network, Event, Programme, Study], [Theme])],
        [P("sourceLabel", PropertyType.String, "The source's own label for the theme, such as 'Cultural heritage and arts'.")])
    { OutgoingField = "themes", IncomingField = "addressedBy" };

    /// <summary>An event is held in a city.</summary>
    public static readonly RelationshipType HeldIn = new("HELD_IN", "An event takes place in a city.",
        [Pair([Event], Places)],
        [
            P("startDate", PropertyType.Date, "First day in this city."),
            P("endDate", PropertyType.Date, "Last day in this city."),
            P("venue", PropertyType.String, "Building or site."),
        ])
    { OutgoingField = "heldIn", IncomingField = "events" };

    /// <summary>A city, organisation or country takes part in an event.</summary>
    public static readonly RelationshipType ParticipatedIn = new("PARTICIPATED_IN", "A city, organisation or country (its delegates) takes part in an event.",
        [Pair([City, Organisation, Country], [Event])],
        [PropertyDefinition.OneOf("role", "Host or participant.", "host", "participant", "speaker")])
    { OutgoingField = "participatedIn", IncomingField = "participants" };

    /// <summary>An event is organised by a network, organisation, city or project.</summary>
    public static readonly RelationshipType OrganisedBy = new("ORGANISED_BY", "An event is organised by a network, organisation, city or project.",
        [Pair([Event], [Network, Organisation, City, Project])],
        [])
    { OutgoingField = "organisedBy", IncomingField = "organisedEvents" };

    /// <summary>A network has its head office in a city.</summary>
    public static readonly RelationshipType HeadquarteredIn = new("HEADQUARTERED_IN", "A network has its head office in a city.",
        [Pair([Network], Places)],
        [])
    { OutgoingField = "headquarters", IncomingField = "headquartersOf" };

    /// <summary>A study is published by a network or organisation.</summary>
    public static readonly RelationshipType PublishedBy = new("PUBLISHED_BY", "A study is published by a network or organisation.",
        [Pair([Study], [Network, Organisation])],
        [])
    { OutgoingField = "publishedBy", IncomingField = "publications" };

    /// <summary>Two cities or organisations cooperate (twinning, cooperation agreement).</summary>
    public static readonly RelationshipType CooperatesWith = new("COOPERATES_WITH", "Two cities or organisations cooperate: twinning, a cooperation or exchange agreement.",
        [Pair([City, Organisation], [City, Organisation])],
        [
            PropertyDefinition.OneOf("basis", "The form of cooperation.", "twinning", "cooperation agreement", "exchange"),
            P("since", PropertyType.Date, "Since when."),
            P("field", PropertyType.String, "What the cooperation is about, as the source says."),
        ])
    { OutgoingField = "cooperatesWith", IncomingField = "cooperatesWith", IsSymmetric = true };

    /// <summary>The model instance every layer reads.</summary>
    public static readonly GraphModel Instance = new(
        [City, Country, Region, Network, Programme, Project, Organisation, Theme, Event, Study],
        [MemberOf, PartnerIn, FundedBy, PartOf, LocatedIn, InRegion, InCountry, Addresses, HeldIn, ParticipatedIn, OrganisedBy, HeadquarteredIn, PublishedBy, CooperatesWith]);
}
