using System.Text.Json;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.Execution;

/// <summary>Runs queries and compares JSON responses (whitespace-insensitive, key order significant).</summary>
internal static class ExecutionHarness
{
    public static async Task<ExecutionResult> Execute(Schema schema, string query, object? root = null, string? variablesJson = null, ExecutionOptions? options = null, string? operationName = null, object? userContext = null)
    {
        var request = new GraphQLRequest
        {
            Query = query,
            OperationName = operationName,
            RootValue = root,
            UserContext = userContext,
            Variables = variablesJson is null ? null : GraphQLRequest.VariablesFromJson(JsonDocument.Parse(variablesJson).RootElement),
        };
        return await new GraphQLExecutor(schema, options).ExecuteAsync(request);
    }

    public static async Task<string> Json(Schema schema, string query, object? root = null, string? variablesJson = null, ExecutionOptions? options = null, string? operationName = null)
        => (await Execute(schema, query, root, variablesJson, options, operationName)).ToJson();

    public static JsonElement Root(string json) => JsonDocument.Parse(json).RootElement.Clone();

    /// <summary>Normalises JSON text (single quotes allowed for readability) for comparison.</summary>
    public static string Normalize(string json)
    {
        using var doc = JsonDocument.Parse(json.Replace('\'', '"'));
        return JsonSerializer.Serialize(doc.RootElement);
    }

    public static void AssertJson(string expected, string actual) => Assert.Equal(Normalize(expected), Normalize(actual));
}
