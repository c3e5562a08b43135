using System.Text.Json;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// One GraphQL request (the "GraphQL-over-HTTP" request parameters) plus per-request execution
/// state. <see cref="Variables"/> values may be plain .NET values (string, long/int, double, bool,
/// dictionaries, lists) or <see cref="JsonElement"/>s; <see cref="FromJson"/> builds a request from a
/// parsed JSON body.
/// </summary>
public sealed class GraphQLRequest
{
    /// <summary>The document text.</summary>
    public string? Query { get; init; }

    /// <summary>The operation to run when the document holds several.</summary>
    public string? OperationName { get; init; }

    /// <summary>Raw variable values by name (plain values or <see cref="JsonElement"/>s), or null.</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The request's <c>extensions</c> map (not interpreted by the engine), or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>Per-request user state handed to resolvers (<see cref="Types.ResolveContext.UserContext"/>).</summary>
    public object? UserContext { get; init; }

    /// <summary>Per-request services handed to resolvers (<see cref="Types.ResolveContext.Services"/>).</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>The root value (source of the root fields); null when not set.</summary>
    public object? RootValue { get; init; }

    /// <summary>
    /// Turns a JSON object of variables (or null/undefined) into <see cref="Variables"/>; throws
    /// <see cref="ArgumentException"/> for any other JSON kind. The element is cloned.
    /// </summary>
    public static IReadOnlyDictionary<string, object?>? VariablesFromJson(JsonElement variables)
    {
        switch (variables.ValueKind)
        {
            case JsonValueKind.Undefined:
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Object:
                var clone = variables.Clone();
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in clone.EnumerateObject())
                {
                    map[property.Name] = property.Value;
                }

                return map;
            default:
                throw new ArgumentException("\"variables\" must be a JSON object.", nameof(variables));
        }
    }

    /// <summary>
    /// Reads a request body <c>{"query": ..., "operationName": ..., "variables": {...}, "extensions": {...}}</c>.
    /// Returns false with a client-safe <paramref name="error"/> when the shape is wrong.
    /// </summary>
    public static bool TryFromJson(JsonElement body, out GraphQLRequest? request, out string? error)
    {
        request = null;
        if (body.ValueKind != JsonValueKind.Object)
        {
            error = "The request body must be a JSON object.";
            return false;
        }

        string? query = null;
        string? operationName = null;
        IReadOnlyDictionary<string, object?>? variables = null;
        IReadOnlyDictionary<string, object?>? extensions = null;
        foreach (var property in body.EnumerateObject())
        {
            switch (property.Name)
            {
                case "query":
                    if (property.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                    {
                        error = "\"query\" must be a string.";
                        return false;
                    }

                    query = property.Value.GetString();
                    break;
                case "operationName":
                    if (property.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                    {
                        error = "\"operationName\" must be a string.";
                        return false;
                    }

                    operationName = property.Value.GetString();
                    break;
                case "variables":
                    if (property.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                    {
                        error = "\"variables\" must be a JSON object.";
                        return false;
                    }

                    variables = VariablesFromJson(property.Value);
                    break;
                case "extensions":
                    if (property.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                    {
                        error = "\"extensions\" must be a JSON object.";
                        return false;
                    }

                    extensions = VariablesFromJson(property.Value);
                    break;
            }
        }

        request = new GraphQLRequest { Query = query, OperationName = operationName, Variables = variables, Extensions = extensions };
        error = null;
        return true;
    }

    /// <summary>As <see cref="TryFromJson"/>, throwing <see cref="ArgumentException"/> on a bad shape.</summary>
    public static GraphQLRequest FromJson(JsonElement body) =>
        TryFromJson(body, out var request, out var error) ? request! : throw new ArgumentException(error, nameof(body));
}
