using System.Text;
using KnowledgeGraph.Store.Neo4j.Client;

namespace KnowledgeGraph.Store.Neo4j.Tests.Client;

public sealed class JsonStreamTests
{
    /// <summary>A stream that hands out one byte per read, so every value straddles buffer refills.</summary>
    private sealed class Trickle(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 1)], cancellationToken);
    }

    [Fact]
    public async Task Rows_of_both_protocols_are_read_one_by_one_from_a_trickling_stream()
    {
        var big = new string('é', 100_000);
        var tx = $$$"""{"results":[{"columns":["a","b"],"data":[{"row":[1,"x"],"meta":[null,null]},{"row":[2,"{{{big}}}"],"meta":[]}],"stats":{"nodes_created":3}}],"errors":[]}""";
        var exchange = new Exchange();
        var rows = new List<Neo4jRecord>();
        await foreach (var r in exchange.ReadAsync(new Trickle(Encoding.UTF8.GetBytes(tx)), default))
        {
            rows.Add(r);
        }
        Assert.Equal(2, rows.Count);
        Assert.Equal("x", rows[0]["b"].GetString());
        Assert.Equal(big, rows[1]["b"].GetString());
        Assert.Equal(3, exchange.Counters.NodesCreated);

        var query = """{"data":{"fields":["n"],"values":[[1],[2],[3]]},"counters":{"nodesCreated":2},"bookmarks":["b"]}""";
        var q = new Exchange();
        var values = new List<int>();
        await foreach (var r in q.ReadAsync(new Trickle(Encoding.UTF8.GetBytes(query)), default))
        {
            values.Add(r["n"].GetInt32());
        }
        Assert.Equal([1, 2, 3], values);
        Assert.Equal(2, q.Counters.NodesCreated);
    }

    [Fact]
    public async Task Errors_after_rows_are_collected_with_the_statement_they_belong_to()
    {
        var body = """{"results":[{"columns":["x"],"data":[{"row":[1]}]}],"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"bad"}]}""";
        var exchange = new Exchange();
        await foreach (var _ in exchange.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(body)), default))
        {
        }
        var error = Assert.Single(exchange.Errors);
        Assert.Equal(1, error.Statement);
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
    }

    [Fact]
    public async Task A_truncated_answer_is_an_error_not_a_short_result()
    {
        var body = """{"results":[{"columns":["x"],"data":[{"row":[1]},{"row":[""";
        var exchange = new Exchange();
        await Assert.ThrowsAnyAsync<System.Text.Json.JsonException>(async () =>
        {
            await foreach (var _ in exchange.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(body)), default))
            {
            }
        });
    }
}
