using System.Runtime.CompilerServices;
using System.Text.Json;

namespace KnowledgeGraph.Store.Neo4j.Client;

/// <summary>An error the server reported in an answer body, with the index of the statement it belongs to.</summary>
internal sealed record ServerError(string Code, string Message, int Statement);

/// <summary>
/// What one HTTP call to Neo4j answered besides its rows: counters, errors, and for transactions where to go next.
/// Filled while the rows are read (<see cref="ReadAsync"/>); complete once they have all been read.
/// </summary>
internal sealed class Exchange
{
    public Neo4jCounters Counters { get; } = new();

    public List<ServerError> Errors { get; } = [];

    /// <summary>The transactional endpoint's commit address of an open transaction.</summary>
    public string? Commit { get; set; }

    /// <summary>Where an opened transaction lives (the Location header of the transactional endpoint).</summary>
    public Uri? Location { get; set; }

    /// <summary>The Query API's transaction id.</summary>
    public string? TransactionId { get; set; }

    /// <summary>
    /// Reads an answer of either protocol, yielding each row as it arrives: the transactional endpoint's
    /// <c>{"results":[{"columns":[...],"data":[{"row":[...]}],"stats":{...}}],"errors":[...]}</c> and the Query API's
    /// <c>{"data":{"fields":[...],"values":[[...]]},"counters":{...},"errors":[...]}</c>.
    /// </summary>
    public async IAsyncEnumerable<Neo4jRecord> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var json = new JsonStream(stream);
        if (!await json.ReadAsync(cancellationToken).ConfigureAwait(false) || json.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("The answer is not a JSON object.");
        }
        var statement = 0;
        while (await json.ReadAsync(cancellationToken).ConfigureAwait(false) && json.TokenType == JsonTokenType.PropertyName)
        {
            switch (json.Text)
            {
                case "results":
                    await Expect(json, JsonTokenType.StartArray, cancellationToken).ConfigureAwait(false);
                    while (await json.ReadAsync(cancellationToken).ConfigureAwait(false) && json.TokenType == JsonTokenType.StartObject)
                    {
                        IReadOnlyList<string> columns = [];
                        while (await json.ReadAsync(cancellationToken).ConfigureAwait(false) && json.TokenType == JsonTokenType.PropertyName)
                        {
                            switch (json.Text)
                            {
                                case "columns":
                                    columns = Strings(await json.ReadValueAsync(cancellationToken).ConfigureAwait(false));
                                    break;
                                case "data":
                                    await Expect(json, JsonTokenType.StartArray, cancellationToken).ConfigureAwait(false);
                                    while (await json.ReadElementAsync(cancellationToken).ConfigureAwait(false) is { } row)
                                    {
                                        yield return new Neo4jRecord(columns, row.GetProperty("row"));
                                    }
                                    break;
                                case "stats":
                                    Counters.Add(await json.ReadValueAsync(cancellationToken).ConfigureAwait(false));
                                    break;
                                default:
                                    await json.ReadValueAsync(cancellationToken).ConfigureAwait(false);
                                    break;
                            }
                        }
                        statement++;
                    }
                    break;
                case "data":
                    // The Query API: one statement per call.
                    await Expect(json, JsonTokenType.StartObject, cancellationToken).ConfigureAwait(false);
                    {
                        IReadOnlyList<string> fields = [];
                        while (await json.ReadAsync(cancellationToken).ConfigureAwait(false) && json.TokenType == JsonTokenType.PropertyName)
                        {
                            if (json.Text == "fields")
                            {
                                fields = Strings(await json.ReadValueAsync(cancellationToken).ConfigureAwait(false));
                            }
                            else if (json.Text == "values")
                            {
                                await Expect(json, JsonTokenType.StartArray, cancellationToken).ConfigureAwait(false);
                                while (await json.ReadElementAsync(cancellationToken).ConfigureAwait(false) is { } row)
                                {
                                    yield return new Neo4jRecord(fields, row);
                                }
                            }
                            else
                            {
                                await json.ReadValueAsync(cancellationToken).ConfigureAwait(false);
                            }
                        }
                    }
                    break;
                case "counters":
                    Counters.Add(await json.ReadValueAsync(cancellationToken).ConfigureAwait(false));
                    break;
                case "errors":
                    foreach (var e in (await json.ReadValueAsync(cancellationToken).ConfigureAwait(false)).EnumerateArray())
                    {
                        Errors.Add(new ServerError(
                            e.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "",
                            e.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "",
                            statement));
                    }
                    break;
                case "commit":
                    Commit = (await json.ReadValueAsync(cancellationToken).ConfigureAwait(false)).GetString();
                    break;
                case "transaction":
                    var tx = await json.ReadValueAsync(cancellationToken).ConfigureAwait(false);
                    if (tx.ValueKind == JsonValueKind.Object && tx.TryGetProperty("id", out var id))
                    {
                        TransactionId = id.ValueKind == JsonValueKind.String ? id.GetString() : id.GetRawText();
                    }
                    break;
                default:
                    await json.ReadValueAsync(cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
    }

    private static async ValueTask Expect(JsonStream json, JsonTokenType type, CancellationToken cancellationToken)
    {
        if (!await json.ReadAsync(cancellationToken).ConfigureAwait(false) || json.TokenType != type)
        {
            throw new JsonException($"The answer has {json.TokenType} where {type} belongs.");
        }
    }

    private static string[] Strings(JsonElement array) =>
        array.ValueKind == JsonValueKind.Array ? array.EnumerateArray().Select(e => e.GetString() ?? "").ToArray() : [];
}
