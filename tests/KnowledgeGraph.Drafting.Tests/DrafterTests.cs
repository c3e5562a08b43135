using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Drafting.Tests;

/// <summary>The drafter's rules on small documents written for the tests, with a known graph built in the test.</summary>
public sealed class DrafterTests : IDisposable
{
    private static readonly GraphModel Model = CityNetworksModel.Instance;
    private readonly TempFolder _temp = new();
    private readonly LanguageCatalog _catalog = LanguageCatalog.Load(LanguageCatalog.DefaultFolder, Model);
    private readonly DraftRules _rules = DraftRules.Load(DraftRules.DefaultPath, Model);

    private static KnownGraph Known() => new(
        [
            new KnownNode("city:geonames:3128760", CityNetworksModel.City, "Barcelona", ["Barcelona", "Barcelone"], "ES", 1_600_000),
            new KnownNode("city:geonames:3645528", CityNetworksModel.City, "Barcelona", ["Barcelona"], "VE", 400_000),
            new KnownNode("city:geonames:3108286", CityNetworksModel.City, "Terrassa", ["Terrassa", "Tarrasa"], "ES", 200_000),
            new KnownNode("city:geonames:2644688", CityNetworksModel.City, "Leeds", ["Leeds"], "GB", 450_000),
            new KnownNode("country:es", CityNetworksModel.Country, "Spain", ["Spain", "Espanya", "ES"], "ES", 0),
            new KnownNode("network:eurocities", CityNetworksModel.Network, "EUROCITIES", ["EUROCITIES", "Eurocities"], null, 0),
            new KnownNode("event:sonar", CityNetworksModel.Event, "Sónar", ["Sónar"], null, 0),
            new KnownNode("theme:culture", CityNetworksModel.Theme, "culture", ["culture", "cultura"], null, 0),
        ],
        [new KnownRelationship("IN_COUNTRY", "city:geonames:3108286", "country:es")]);

    private Draft DraftOf(string text, string? language = null)
    {
        var path = _temp.Write("doc.txt", text);
        var document = SourceDocument.Read(path);
        return new StudyDrafter(Model, Known(), _rules).Draft(document, language is null ? _catalog.Detect(document) : _catalog.Get(language));
    }

    [Fact]
    public void Known_names_match_folded_as_search_folds_them_and_ambiguity_goes_to_the_larger_city_of_the_countries_named()
    {
        var draft = DraftOf("Festival news\n\nThe SONAR festival returns to BARCELONA and Terrassa this summer.");
        Assert.Contains(draft.Nodes, n => n.Id == "event:sonar" && n.Known && n.Why.Rule == "known-name");
        Assert.Contains(draft.Nodes, n => n.Id == "city:geonames:3128760");
        Assert.DoesNotContain(draft.Nodes, n => n.Id == "city:geonames:3645528");
        // the country of Terrassa follows from the store, inferred
        var spain = Assert.Single(draft.Nodes, n => n.Id == "country:es");
        Assert.Null(spain.Quote);
        Assert.Contains(draft.Relationships, r => r.Type.Name == "IN_COUNTRY" && r.From.Id == "city:geonames:3108286" && r.Note is not null);
    }

    [Fact]
    public void A_new_name_is_typed_by_its_head_word_and_a_known_place_inside_it_locates_it()
    {
        var draft = DraftOf("Business news\n\nThe Barcelona Chamber of Commerce hosted the Creative Crafts Seminar of the EUROCITIES network.");
        var chamber = Assert.Single(draft.Nodes, n => n.Name == "Barcelona Chamber of Commerce");
        Assert.Equal("Organisation", chamber.Kind.Name);
        Assert.False(chamber.Known);
        Assert.Contains(draft.Relationships, r => r.Type.Name == "LOCATED_IN" && r.From == chamber && r.To.Id == "city:geonames:3128760");
        var seminar = Assert.Single(draft.Nodes, n => n.Name == "Creative Crafts Seminar");
        Assert.Equal("Event", seminar.Kind.Name);
        var hosted = Assert.Single(draft.Relationships, r => r.Type.Name == "PARTICIPATED_IN" && r.From == chamber && r.To == seminar);
        Assert.Equal("en.hosted", hosted.Why.Rule);
        Assert.Equal("Barcelona Chamber of Commerce hosted the Creative Crafts Seminar", hosted.Quote);
    }

    [Fact]
    public void Catalan_dates_and_places_become_event_dates_and_held_in()
    {
        var draft = DraftOf("Notícies\n\nFòrum de Cultura de la xarxa EUROCITIES a Leeds\n\nEl fòrum tindrà lloc a Leeds del 9 a l'11 d'octubre de 2019 i se centrarà en la cultura.");
        Assert.Equal("ca", draft.Language.Code);
        var forum = Assert.Single(draft.Nodes, n => n.Name == "Fòrum de Cultura de la xarxa EUROCITIES a Leeds");
        Assert.Equal("Event", forum.Kind.Name);
        Assert.Contains(forum.Claims, c => c.Property == "startDate" && (string)c.Value == "2019-10-09");
        Assert.Contains(forum.Claims, c => c.Property == "endDate" && (string)c.Value == "2019-10-11");
        Assert.Contains(draft.Relationships, r => r.Type.Name == "HELD_IN" && r.From == forum && r.To.Id == "city:geonames:2644688");
        Assert.Contains(draft.Relationships, r => r.Type.Name == "ORGANISED_BY" && r.From == forum && r.To.Id == "network:eurocities");
    }

    [Fact]
    public void Numbers_with_units_become_claims_with_their_qualifier()
    {
        var draft = DraftOf("Network news\n\nThe EUROCITIES network has over 190 members across Europe.");
        var network = Assert.Single(draft.Nodes, n => n.Id == "network:eurocities");
        var claim = Assert.Single(network.Claims, c => c.Property == "memberCount");
        Assert.Equal(190L, claim.Value);
        Assert.Equal("more than", claim.Qualifier);
        Assert.Equal("over 190 members", claim.Quote);
    }

    [Fact]
    public void Boilerplate_lines_are_skipped_and_every_quote_is_a_span_of_the_document()
    {
        var text = "We use cookies to make sure you get the best experience.\nSónar in Barcelona\n\nThe festival,  held in Barcelona, is organised by the city.";
        var draft = DraftOf(text, "en");
        Assert.Equal("Sónar in Barcelona", draft.Study.Name);
        foreach (var quote in draft.Nodes.Select(n => n.Quote).Concat(draft.Relationships.Select(r => r.Quote)).OfType<string>())
        {
            Assert.Contains(quote, text, StringComparison.Ordinal);
        }
        Assert.DoesNotContain(draft.Nodes, n => n.Quote?.Contains("cookies", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   \n\t  \n", "empty")]
    public void Empty_documents_are_refused(string text, string message)
    {
        var ex = Assert.Throws<DraftException>(() => SourceDocument.Read(_temp.Write("empty.txt", text)));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_documents_are_refused()
    {
        var path = _temp.File("image.bin");
        File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0xFF, 0xFE]);
        var ex = Assert.Throws<DraftException>(() => SourceDocument.Read(path));
        Assert.Contains("not a plain-text document", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_naming_nothing_known_and_an_unknown_language_are_refused()
    {
        var ex = Assert.Throws<DraftException>(() => DraftOf("A quiet day\n\nNothing at all happened in the village today.", "en"));
        Assert.Contains("names nothing the graph knows", ex.Message, StringComparison.Ordinal);
        var language = Assert.Throws<DraftException>(() => _catalog.Get("xx"));
        Assert.Contains("unknown language 'xx'", language.Message, StringComparison.Ordinal);
        Assert.Contains("ca, en", language.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_language_file_names_only_kinds_and_relationship_types_of_the_model()
    {
        // Loading checks every kind and type against the model; both seed languages are there.
        Assert.Equal(["ca", "en"], _catalog.Codes);
        Assert.All(_catalog.All, l => Assert.NotEmpty(l.Relationships));
    }

    /// <inheritdoc/>
    public void Dispose() => _temp.Dispose();
}
