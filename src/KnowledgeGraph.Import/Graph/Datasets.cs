namespace KnowledgeGraph.Import.Graph;

/// <summary>The catalogue of the datasets the importers read: publisher, licence and address of each (see docs/import.md).</summary>
public static class Datasets
{
    /// <summary>The GeoNames gazetteer.</summary>
    public static readonly DatasetInfo GeoNames = new("study:geonames-cities", "GeoNames gazetteer: cities with more than 15,000 inhabitants",
        "org:geonames", "GeoNames", "CC BY 4.0", "https://download.geonames.org/export/dump/",
        "Every city over 15,000 inhabitants (cities15000), with names, alternate names, coordinates, country and population.");

    /// <summary>keep.eu's export of Interreg 2014-2020 projects and partners.</summary>
    public static readonly DatasetInfo KeepEu = new("study:keep-eu-interreg-2014-2020", "keep.eu: Interreg 2014-2020 projects and partners",
        "org:interact", "Interact (keep.eu)", "reuse with credit to keep.eu", "https://keep.eu/",
        "Interreg (cross-border, transnational, interregional, URBACT III, IPA) projects of 2014-2020 and their partners, exported from keep.eu.");

    /// <summary>The geocoding of keep.eu's partners to GeoNames cities (thesis data).</summary>
    public static readonly DatasetInfo KeepEuGeocoded = new("study:interreg-partners-geocoded", "Interreg partner organisations 2000-2020 geocoded to GeoNames cities",
        "org:chap3-locationalanalysis", "pgourdongeo/Chap3_LocationalAnalysis (PhD thesis data)", "no licence stated",
        "https://github.com/pgourdongeo/Chap3_LocationalAnalysis",
        "Interreg partner organisations of keep.eu with their town matched to a GeoNames city (geonameId).");

    /// <summary>URBACT networks and their city memberships.</summary>
    public static readonly DatasetInfo Urbact = new("study:urbact-networks", "URBACT I-III networks and their partner cities",
        "org:urbact", "URBACT", "urbact.eu content, as collected in pgourdongeo/Chap3_LocationalAnalysis", "https://urbact.eu/",
        "URBACT networks (code, name, keywords, phase, dates) and their partner cities (lead partner or partner, GeoNames id).");

    /// <summary>Memberships of European municipal networks (ETMUN).</summary>
    public static readonly DatasetInfo MunicipalNetworks = new("study:etmun-municipal-networks", "Memberships of European municipal networks (ETMUN)",
        "org:chap3-locationalanalysis", "pgourdongeo/Chap3_LocationalAnalysis (PhD thesis data)",
        "no licence stated (compiled from network websites and the UIA yearbook 2015)", "https://github.com/pgourdongeo/Chap3_LocationalAnalysis",
        "Members of 59 European municipal networks (EUROCITIES, Covenant of Mayors, ICLEI, Energy Cities, ...): body, locality, country, status, year joined.");

    /// <summary>Twin towns and sister cities from Wikipedia.</summary>
    public static readonly DatasetInfo TwinTowns = new("study:wikipedia-twin-towns", "Twin towns and sister cities (Wikipedia lists)",
        "org:wikipedia", "Wikipedia", "CC BY-SA", "https://github.com/Hekman/twincities",
        "Twin-town and sister-city pairs with countries and coordinates, scraped from Wikipedia's twin-town lists.");

    /// <summary>The UNESCO Creative Cities Network.</summary>
    public static readonly DatasetInfo Unesco = new("study:unesco-creative-cities", "UNESCO Creative Cities Network members",
        "org:unesco", "UNESCO", "Apache-2.0 (collection); texts from unesco.org", "https://www.unesco.org/en/creative-cities",
        "Member cities of the UNESCO Creative Cities Network with their creative field, as collected in DorobantuDiana/Creative-Cities_UNESCO-Network.");
}
