using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Query;
using KnowledgeGraph.Store.Sqlite.Tests.TestSupport;
using KnowledgeGraph.Tests.Shared;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite.Tests;

/// <summary>SQLite's errors leave the back-end as the neutral <see cref="StoreException"/>, naming the file.</summary>
public sealed class StoreErrorTests
{
    [Fact]
    public void A_file_that_is_not_a_store_cannot_be_opened()
    {
        using var temp = new TempFolder();
        var path = temp.Write("notes.db", "plain text, long enough to fill a header and then some..................................");

        var ex = Assert.Throws<StoreException>(() => SqliteGraphStore.Open(path));

        Assert.Equal("Sqlite", ex.Provider);
        Assert.Equal(path, ex.Location);
        Assert.IsType<SqliteException>(ex.InnerException);
        Assert.StartsWith($"store '{path}': ", ex.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queries_exports_and_the_ping_of_a_store_whose_file_broke_fail_as_StoreException()
    {
        using var temp = new TempFolder();
        var path = temp.File("graph.db");
        await using (var seeded = SqliteGraphStore.Open(path))
        {
            await seeded.LoadAsync([StudyText.Batch("study:a", "  - {id: city:leeds, kind: City, name: Leeds, quote: Leeds}")]);
        }
        await using var store = SqliteGraphStore.Open(path);
        await store.PingAsync();
        // The file under the open store stops being a database; the query side has opened no connection yet.
        await File.WriteAllBytesAsync(path, new byte[new FileInfo(path).Length]);

        await Assert.ThrowsAsync<StoreException>(() => store.PingAsync());
        var query = new NodeQuery
        {
            Kind = CityNetworksModel.City,
            Shape = ResultShape.List,
            First = 1,
            Projection = Projection.Of(new ValueField("id", FieldRef.Id)),
        };
        var failure = await Assert.ThrowsAsync<StoreException>(() => store.QueryAsync(query));
        Assert.Equal(path, failure.Location);
        await Assert.ThrowsAsync<StoreException>(() => store.Analytics.CentralityAsync(new CentralityQuery()));
    }
}
