using System.Text.Json;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Values;

namespace KnowledgeGraph.Api.Planning;

/// <summary>Reading coerced argument values (input objects are dictionaries, lists are lists).</summary>
public static class InputValues
{
    /// <summary>The input object <paramref name="value"/>, or null when absent.</summary>
    public static IReadOnlyDictionary<string, object?>? Object(object? value) =>
        value is JsonElement json ? Object(PlainValues.FromJson(json))
        : PlainValues.TryGetObject(value, out var map) ? map : null;

    /// <summary>The list <paramref name="value"/>, or empty when absent.</summary>
    public static IReadOnlyList<object?> List(object? value) =>
        value is JsonElement json ? List(PlainValues.FromJson(json))
        : PlainValues.TryGetList(value, out var list) ? list : [];

    /// <summary>The string argument <paramref name="name"/>, or null.</summary>
    public static string? String(IReadOnlyDictionary<string, object?> arguments, string name) =>
        arguments.TryGetValue(name, out var value) ? value as string : null;

    /// <summary>The Int argument <paramref name="name"/>, or null.</summary>
    public static int? Int(IReadOnlyDictionary<string, object?> arguments, string name) =>
        arguments.TryGetValue(name, out var value) && value is not null ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>A user-input error with the engine's BAD_USER_INPUT code.</summary>
    public static GraphQLException BadInput(string message, IReadOnlyDictionary<string, object?>? extensions = null) =>
        new(message, ErrorCodes.BadUserInput, extensions);
}
