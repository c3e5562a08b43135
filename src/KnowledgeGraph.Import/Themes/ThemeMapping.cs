using KnowledgeGraph.Model.Identity;

namespace KnowledgeGraph.Import.Themes;

/// <summary>A theme of the graph: <c>theme:culture</c>, named "culture".</summary>
/// <param name="Id">The node id.</param>
/// <param name="Name">The display name.</param>
public sealed record GraphTheme(string Id, string Name);

/// <summary>
/// Maps the theme labels of the sources (keep.eu's 42 themes, URBACT's keywords, UNESCO's creative fields) onto
/// the graph's themes. The table is documented in docs/import.md; the source's own label is kept as the
/// <c>sourceLabel</c> of each ADDRESSES relationship. A label the table lacks becomes a theme of its own name.
/// </summary>
public static class ThemeMapping
{
    /// <summary>The mapping: source label → graph theme slugs (the label is matched folded: case, accents and punctuation ignored).</summary>
    public static readonly IReadOnlyList<(string Source, string Label, string[] Themes)> Table =
    [
        // keep.eu (Interreg) themes
        ("keep.eu", "Cultural heritage and arts", ["culture"]),
        ("keep.eu", "Tourism", ["tourism"]),
        ("keep.eu", "Institutional cooperation and cooperation networks", ["governance-and-networking"]),
        ("keep.eu", "SME and entrepreneurship", ["entrepreneurship"]),
        ("keep.eu", "Education and training", ["education"]),
        ("keep.eu", "Health and social services", ["health"]),
        ("keep.eu", "Clustering and economic cooperation", ["economic-development"]),
        ("keep.eu", "Sustainable management of natural resources", ["environment"]),
        ("keep.eu", "Social inclusion and equal opportunities", ["inclusion"]),
        ("keep.eu", "Agriculture and fisheries and forestry", ["agriculture"]),
        ("keep.eu", "Labour market and employment", ["employment"]),
        ("keep.eu", "Managing natural and man-made threats, risk management", ["risk-management"]),
        ("keep.eu", "Regional planning and development", ["regional-development"]),
        ("keep.eu", "Energy efficiency", ["energy"]),
        ("keep.eu", "Renewable energy", ["energy"]),
        ("keep.eu", "Traditional energy", ["energy"]),
        ("keep.eu", "Climate change and biodiversity", ["climate"]),
        ("keep.eu", "Rural and peripheral development", ["rural-development"]),
        ("keep.eu", "New products and services", ["innovation"]),
        ("keep.eu", "Knowledge and technology transfer", ["innovation"]),
        ("keep.eu", "Innovation capacity and awareness-raising", ["innovation"]),
        ("keep.eu", "Scientific cooperation", ["research"]),
        ("keep.eu", "Improving transport connections", ["mobility"]),
        ("keep.eu", "Transport and mobility", ["mobility"]),
        ("keep.eu", "Logistics and freight transport", ["mobility"]),
        ("keep.eu", "Multimodal transport", ["mobility"]),
        ("keep.eu", "Coastal management and maritime issues", ["maritime"]),
        ("keep.eu", "Cooperation between emergency services", ["safety"]),
        ("keep.eu", "Safety", ["safety"]),
        ("keep.eu", "Green technologies", ["environment"]),
        ("keep.eu", "Water management", ["environment"]),
        ("keep.eu", "Waste and pollution", ["environment"]),
        ("keep.eu", "Waterways, lakes and rivers", ["environment"]),
        ("keep.eu", "Soil and air quality", ["environment"]),
        ("keep.eu", "ICT and digital society", ["digital-transformation"]),
        ("keep.eu", "Urban development", ["urban-development"]),
        ("keep.eu", "Infrastructure", ["infrastructure"]),
        ("keep.eu", "Construction and renovation", ["urban-regeneration"]),
        ("keep.eu", "Evaluation systems and results", ["governance-and-networking"]),
        ("keep.eu", "Governance, partnership", ["governance-and-networking"]),
        ("keep.eu", "Community integration and common identity", ["social-cohesion"]),
        ("keep.eu", "Demographic change and immigration", ["demographic-change"]),
        // URBACT keywords
        ("URBACT", "Culture & Heritage", ["culture"]),
        ("URBACT", "Governance", ["governance-and-networking"]),
        ("URBACT", "Participation", ["governance-and-networking"]),
        ("URBACT", "Capacity Building", ["governance-and-networking"]),
        ("URBACT", "City Management", ["governance-and-networking"]),
        ("URBACT", "Cross-border Cooperation", ["governance-and-networking"]),
        ("URBACT", "Procurement", ["governance-and-networking"]),
        ("URBACT", "Local Economy", ["economic-development"]),
        ("URBACT", "Economy", ["economic-development"]),
        ("URBACT", "Integrated Urban Development", ["urban-development"]),
        ("URBACT", "Physical Urban Development", ["urban-development"]),
        ("URBACT", "Urban Planning", ["urban-development"]),
        ("URBACT", "City Planning", ["urban-development"]),
        ("URBACT", "Strategic Planning", ["urban-development"]),
        ("URBACT", "Urban Renewal", ["urban-regeneration"]),
        ("URBACT", "Priority Neighbourhoods", ["urban-regeneration"]),
        ("URBACT", "Abandoned Spaces", ["urban-regeneration"]),
        ("URBACT", "Entrepreneurship & SMEs", ["entrepreneurship"]),
        ("URBACT", "Social Economy", ["social-economy"]),
        ("URBACT", "Social Innovation", ["social-innovation"]),
        ("URBACT", "Carbon Neutrality", ["climate"]),
        ("URBACT", "Climate Adaptation", ["climate"]),
        ("URBACT", "Inclusion", ["inclusion"]),
        ("URBACT", "Poverty", ["inclusion"]),
        ("URBACT", "Minorities", ["inclusion"]),
        ("URBACT", "Migrants", ["inclusion"]),
        ("URBACT", "Jobs and skills", ["employment"]),
        ("URBACT", "Environment", ["environment"]),
        ("URBACT", "Waste", ["environment"]),
        ("URBACT", "Circular Economy", ["circular-economy"]),
        ("URBACT", "Education", ["education"]),
        ("URBACT", "Youth", ["youth"]),
        ("URBACT", "City Branding", ["city-promotion"]),
        ("URBACT", "Research & Innovation", ["innovation"]),
        ("URBACT", "Health", ["health"]),
        ("URBACT", "Mobility", ["mobility"]),
        ("URBACT", "Food", ["food"]),
        ("URBACT", "Energy Efficiency", ["energy"]),
        ("URBACT", "Urban-rural", ["rural-development"]),
        ("URBACT", "Financial Engineering", ["financing-and-organisation"]),
        ("URBACT", "Digital Transition", ["digital-transformation"]),
        ("URBACT", "Housing", ["housing"]),
        ("URBACT", "Ageing", ["demographic-change"]),
        // UNESCO Creative Cities: every creative field is a creative industry
        ("UNESCO", "Music", ["music", "creative-industries"]),
        ("UNESCO", "Crafts and Folk Art", ["crafts", "creative-industries"]),
        ("UNESCO", "Gastronomy", ["gastronomy", "creative-industries"]),
        ("UNESCO", "Literature", ["literature", "creative-industries"]),
        ("UNESCO", "Design", ["design", "creative-industries"]),
        ("UNESCO", "Film", ["film", "creative-industries"]),
        ("UNESCO", "Media Arts", ["media-arts", "creative-industries"]),
        // labels that name a graph theme directly
        ("any", "Creative industries", ["creative-industries"]),
        ("any", "Cultural and creative industries", ["culture", "creative-industries"]),
        ("any", "Culture", ["culture"]),
    ];

    private static readonly Dictionary<string, string[]> ByLabel = Table
        .GroupBy(e => TextKey.Normalize(e.Label))
        .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Themes).Distinct().ToArray(), StringComparer.Ordinal);

    /// <summary>Whether the table maps <paramref name="label"/>.</summary>
    public static bool IsMapped(string label) => ByLabel.ContainsKey(TextKey.Normalize(label));

    /// <summary>The graph themes of a source label; an unmapped label becomes a theme of its own (see <see cref="IsMapped"/>).</summary>
    public static IReadOnlyList<GraphTheme> Map(string label)
    {
        if (ByLabel.TryGetValue(TextKey.Normalize(label), out var slugs))
        {
            return slugs.Select(Theme).ToList();
        }
        return [Theme(NodeId.Slug(label))];
    }

    /// <summary>The theme with a slug: <c>creative-industries</c> → <c>theme:creative-industries</c>, "creative industries".</summary>
    public static GraphTheme Theme(string slug) => new($"theme:{slug}", slug.Replace('-', ' '));
}
