using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Store.Sqlite.Tests.TestSupport;

namespace KnowledgeGraph.Store.Sqlite.Tests;

/// <summary>
/// The load's statements bind a parameter only when its value differs from the previous row's (SQLite keeps
/// bindings across resets): every row must still store exactly its own values, whatever the row before it held.
/// </summary>
public class StatementBindingTests : StoreTestBase
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Each_row_stores_its_own_values_whatever_the_row_before_held(bool intoEmptyStore)
    {
        if (!intoEmptyStore)
        {
            await LoadAsync(StudyText.Batch("study:seed", "  - {id: theme:culture, kind: Theme, name: Culture, quote: culture}"));
        }
        var study = StudyText.Batch("study:rows", "  - {id: theme:tourism, kind: Theme, name: Tourism, quote: tourism}");
        var studyId = study.Nodes.Single(n => n.Kind == "Study").Id;
        // Consecutive sources that repeat, drop and change values: a value equal to the previous row's, the same
        // text in another string instance, a value after NULL and NULL after a value, in every column.
        Source[] sources =
        [
            new(studyId, Certainty.Stated) { Dataset = "d.csv", Row = "2", Note = "note" },
            new(studyId, Certainty.Stated) { Dataset = "d.csv", Row = "3" },
            new(studyId, Certainty.Inferred) { Dataset = new string("d.csv".ToCharArray()), Row = "3", Note = "note" },
            new(studyId, Certainty.Stated) { Quote = "a quote" },
            new(studyId, Certainty.Stated) { Dataset = "e.csv", Row = "2", Note = "note" },
            new(studyId, Certainty.Stated) { Dataset = "e.csv", Row = "2", Note = "other note" },
        ];
        object[] populations = [1000L, 1000L, 2000L, 2000L, 1000L, 3000L];
        string?[] countries = ["IT", null, "IT", "FR", null, "FR"];
        var cities = sources.Select((source, i) =>
        {
            var claims = new List<PropertyClaim> { new("population", populations[i], source) };
            if (countries[i] is { } country)
            {
                claims.Add(new PropertyClaim("countryCode", country, source));
            }
            return new NodeAssertion("City", $"city:c{i}", $"City {i}") { Sources = [source], Claims = claims };
        }).ToList();
        var batch = study with { Nodes = [.. study.Nodes, .. cities] };

        await Store.LoadAsync([batch]);

        var stored = (await NodesAsync()).ToDictionary(n => n.Id);
        for (var i = 0; i < sources.Length; i++)
        {
            var node = stored[$"city:c{i}"];
            var expected = new StoredSource(studyId, sources[i].Certainty, sources[i].Quote, sources[i].Dataset, sources[i].Row, sources[i].Note);
            Assert.Equal([expected], node.Sources);
            Assert.Equal(countries[i] is null ? ["population"] : ["countryCode", "population"], node.Claims.Select(c => c.Property).Order());
            Assert.All(node.Claims, c => Assert.Equal(expected, c.Source));
            Assert.Equal(populations[i], node.Properties["population"]);
            Assert.Equal(countries[i], node.Properties.GetValueOrDefault("countryCode"));
        }
    }
}
