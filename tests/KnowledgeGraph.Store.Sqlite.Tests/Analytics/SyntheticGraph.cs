using KnowledgeGraph.Model.Facts;

namespace KnowledgeGraph.Store.Sqlite.Tests.Analytics;

/// <summary>
/// A small graph whose answers are worked out by hand (see the tests). Cities are asserted as <c>city:a</c>..
/// <c>city:e</c> with GeoNames ids, so they are stored as <c>city:geonames:101</c>..<c>105</c> (same order) and
/// requests by the old ids test resolution through node keys.
/// </summary>
/// <remarks>
/// <code>
/// Alpha (ES) 101 ← org:a1, org:a2     Beta (ES) 102 (direct partner)     Gamma (FR) 103 ← org:c1
/// Delta (IT) 104 ← org:d1             Epsilon (FR) 105 (direct partner)   org:x (IT, no city)
/// P1 2015-2018 culture, sub (PART_OF root), EU 1000, budget 2000: a1 lead, c1, Beta
/// P2 2019-2021 culture, root, EU 500: a2, Beta lead, d1
/// P3 2010-2012 mobility, other, EU 300: a1, a2, c1, x
/// P4 (no dates) culture, other: Epsilon, d1
/// network:n members Alpha (full member, 2010), Gamma, Delta; event:forum HELD_IN Epsilon, Gamma PARTICIPATED_IN it
/// </code>
/// </remarks>
public static class SyntheticGraph
{
    private const string Study = "study:synthetic-analytics";

    public static GraphBatch Batch()
    {
        var row = 0;
        Source S() => new(Study, Certainty.Stated) { Dataset = "synthetic.csv", Row = (++row).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        PropertyClaim C(string name, object value) => new(name, value, S());
        NodeAssertion N(string kind, string id, string name, params PropertyClaim[] claims) => new(kind, id, name) { Sources = [S()], Claims = claims };
        RelationshipAssertion R(string type, string from, string to, params PropertyClaim[] claims) => new(type, from, to) { Sources = [S()], Claims = claims };

        var nodes = new List<NodeAssertion>
        {
            N("Study", Study, "Synthetic analytics graph", C("studyType", "dataset")),
            N("Country", "country:es", "Spain", C("isoCode", "ES")),
            N("Country", "country:fr", "France", C("isoCode", "FR")),
            N("Country", "country:it", "Italy", C("isoCode", "IT")),
            N("City", "city:a", "Alpha", C("geonamesId", 101L), C("countryCode", "ES")),
            N("City", "city:b", "Beta", C("geonamesId", 102L), C("countryCode", "ES")),
            N("City", "city:c", "Gamma", C("geonamesId", 103L), C("countryCode", "FR")),
            N("City", "city:d", "Delta", C("geonamesId", 104L), C("countryCode", "IT")),
            N("City", "city:e", "Epsilon", C("geonamesId", 105L), C("countryCode", "FR")),
            N("Organisation", "org:a1", "Alpha Agency", C("organisationType", "agency")),
            N("Organisation", "org:a2", "Alpha University", C("organisationType", "university")),
            N("Organisation", "org:c1", "Gamma Council", C("organisationType", "local authority")),
            N("Organisation", "org:d1", "Delta Museum", C("organisationType", "museum")),
            N("Organisation", "org:x", "Xeno Company", C("organisationType", "company")),
            N("Theme", "theme:culture", "culture"),
            N("Theme", "theme:mobility", "mobility"),
            N("Programme", "programme:root", "Root Programme", C("acronym", "ROOT"), C("period", "2014-2020")),
            N("Programme", "programme:sub", "Sub Programme"),
            N("Programme", "programme:other", "Other Programme"),
            N("Project", "project:p1", "Project One", C("acronym", "P1"), C("startDate", "2015-01-01"), C("endDate", "2018-12-31"), C("euFunding", 1000m), C("budget", 2000m)),
            N("Project", "project:p2", "Project Two", C("acronym", "P2"), C("startDate", "2019-03-01"), C("endDate", "2021-06-30"), C("euFunding", 500m)),
            N("Project", "project:p3", "Project Three", C("acronym", "P3"), C("startDate", "2010"), C("endDate", "2012"), C("euFunding", 300m)),
            N("Project", "project:p4", "Project Four", C("acronym", "P4")),
            N("Network", "network:n", "Net", C("acronym", "NET")),
            N("Event", "event:forum", "Forum", C("eventType", "forum")),
        };
        var rels = new List<RelationshipAssertion>
        {
            R("IN_COUNTRY", "city:a", "country:es"), R("IN_COUNTRY", "city:b", "country:es"), R("IN_COUNTRY", "city:c", "country:fr"),
            R("IN_COUNTRY", "city:d", "country:it"), R("IN_COUNTRY", "city:e", "country:fr"), R("IN_COUNTRY", "org:x", "country:it"),
            R("LOCATED_IN", "org:a1", "city:a"), R("LOCATED_IN", "org:a2", "city:a"), R("LOCATED_IN", "org:c1", "city:c"), R("LOCATED_IN", "org:d1", "city:d"),
            R("PART_OF", "programme:sub", "programme:root"),
            R("FUNDED_BY", "project:p1", "programme:sub"), R("FUNDED_BY", "project:p2", "programme:root"),
            R("FUNDED_BY", "project:p3", "programme:other"), R("FUNDED_BY", "project:p4", "programme:other"),
            R("ADDRESSES", "project:p1", "theme:culture"), R("ADDRESSES", "project:p2", "theme:culture"),
            R("ADDRESSES", "project:p3", "theme:mobility"), R("ADDRESSES", "project:p4", "theme:culture"),
            R("PARTNER_IN", "org:a1", "project:p1", C("role", "lead")), R("PARTNER_IN", "org:c1", "project:p1", C("role", "partner")),
            R("PARTNER_IN", "city:b", "project:p1", C("role", "partner")),
            R("PARTNER_IN", "org:a2", "project:p2", C("role", "partner")), R("PARTNER_IN", "city:b", "project:p2", C("role", "lead")),
            R("PARTNER_IN", "org:d1", "project:p2", C("role", "partner")),
            R("PARTNER_IN", "org:a1", "project:p3", C("role", "partner")), R("PARTNER_IN", "org:a2", "project:p3", C("role", "partner")),
            R("PARTNER_IN", "org:c1", "project:p3", C("role", "lead")), R("PARTNER_IN", "org:x", "project:p3", C("role", "partner")),
            R("PARTNER_IN", "city:e", "project:p4", C("role", "lead")), R("PARTNER_IN", "org:d1", "project:p4", C("role", "partner")),
            R("MEMBER_OF", "city:a", "network:n", C("status", "full member"), C("since", "2010")),
            R("MEMBER_OF", "city:c", "network:n"), R("MEMBER_OF", "city:d", "network:n"),
            R("HELD_IN", "event:forum", "city:e"), R("PARTICIPATED_IN", "city:c", "event:forum", C("role", "participant")),
        };
        return new GraphBatch("synthetic-analytics", nodes, rels);
    }
}
