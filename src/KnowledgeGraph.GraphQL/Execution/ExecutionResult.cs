using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// The response of one request (spec 7.1). <see cref="HasData"/> tells whether the <c>data</c> entry is
/// present: request errors (syntax, validation, variable coercion, limits, timeout) have no data entry;
/// once execution started, <c>data</c> is present and may be null (a non-null root field failed).
/// Objects in <see cref="Data"/> keep the selection order (<see cref="ResultMap"/>); lists are arrays.
/// </summary>
public sealed class ExecutionResult
{
    private ExecutionResult(bool hasData, ResultMap? data, IReadOnlyList<GraphQLError> errors, IReadOnlyDictionary<string, object?>? extensions)
    {
        HasData = hasData;
        Data = data;
        Errors = errors;
        Extensions = extensions;
    }

    /// <summary>True when the response has a <c>data</c> entry (possibly null).</summary>
    public bool HasData { get; }

    /// <summary>The data (null when absent or null; see <see cref="HasData"/>).</summary>
    public ResultMap? Data { get; }

    /// <summary>Errors in the order they occurred (empty when none; then <c>errors</c> is omitted).</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>Response <c>extensions</c>, or null (omitted).</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>True when this is a request error (no data entry).</summary>
    public bool IsRequestError => !HasData;

    /// <summary>A result of execution: data (possibly null) and field errors.</summary>
    public static ExecutionResult FromData(ResultMap? data, IReadOnlyList<GraphQLError>? errors = null) => new(true, data, errors ?? [], null);

    /// <summary>A request error: no data entry.</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors) => new(false, null, errors, null);

    /// <summary>A request error with one error of the given code.</summary>
    public static ExecutionResult FromError(string message, string code) =>
        FromErrors([new GraphQLError(message, [], null, new Dictionary<string, object?> { ["code"] = code })]);

    /// <summary>Serialises the response as JSON (keys <c>errors</c>, <c>data</c>, <c>extensions</c>, in that order).</summary>
    public string ToJson(bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, SkipValidation = true, Encoder = ResultJsonWriter.Encoder }))
        {
            ResultJsonWriter.Write(writer, this);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes the response as JSON to <paramref name="writer"/>.</summary>
    public void WriteTo(Utf8JsonWriter writer) => ResultJsonWriter.Write(writer, this);

    /// <summary>Writes the response as UTF-8 JSON to <paramref name="stream"/>.</summary>
    public async Task WriteToAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        await using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { SkipValidation = true, Encoder = ResultJsonWriter.Encoder });
        ResultJsonWriter.Write(writer, this);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override string ToString() => ToJson();
}
