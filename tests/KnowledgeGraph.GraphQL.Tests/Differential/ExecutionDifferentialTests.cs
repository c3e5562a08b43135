using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.Differential;

/// <summary>Runs the execution corpus through graphql-js once (Differential/execute.js).</summary>
public sealed class ExecutionReferenceFixture
{
    private readonly Lazy<JsonElement> _output = new(Run);

    /// <summary>The oracle's answer.</summary>
    public JsonElement Output => _output.Value;

    /// <summary>Our introspection result (data) and SDL, sent to graphql-js for buildClientSchema/printSchema.</summary>
    internal static (JsonElement Introspection, string Printed) Ours()
    {
        var schema = SdlSchemaBuilder.Build(ExecutionCorpus.Schema);
        var result = new GraphQLExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = Fixtures.Read("introspection-query.graphql") }).GetAwaiter().GetResult();
        return (JsonDocument.Parse(result.ToJson()).RootElement.GetProperty("data").Clone(), SchemaPrinter.Print(schema));
    }

    private static JsonElement Run()
    {
        var (introspection, printed) = Ours();
        var input = new JsonObject
        {
            ["schema"] = ExecutionCorpus.Schema,
            ["data"] = JsonNode.Parse(ExecutionCorpus.Data),
            ["cases"] = new JsonArray([.. ExecutionCorpus.Cases.Select(c => (JsonNode)new JsonObject
            {
                ["query"] = c.Query,
                ["variables"] = c.Variables is null ? null : JsonNode.Parse(c.Variables),
                ["operationName"] = c.OperationName,
            })]),
            ["introspectionQuery"] = Fixtures.Read("introspection-query.graphql"),
            ["ours"] = new JsonObject { ["introspection"] = JsonNode.Parse(introspection.GetRawText()), ["printed"] = printed },
        };
        var script = Path.Combine(GraphQLJsReference.RepositoryRoot, "tests", "KnowledgeGraph.GraphQL.Tests", "Differential", "execute.js");
        var info = new ProcessStartInfo("node") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(script);
        info.ArgumentList.Add(GraphQLJsReference.InstallFolder);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input.ToJsonString());
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("execute.js did not finish");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("execute.js failed: " + stderr.GetAwaiter().GetResult());
        }

        return JsonDocument.Parse(stdout.GetAwaiter().GetResult()).RootElement.Clone();
    }
}

/// <summary>
/// Differential execution tests against graphql-js 16: same SDL, root JSON and queries; data must be equal
/// (key order included) and errors equal as a set of (message, path, locations). Introspection: graphql-js
/// accepts our introspection result (buildClientSchema + validateSchema), prints the same SDL as our
/// <see cref="SchemaPrinter"/> (definition order aside), and answers the introspection query identically
/// (the order of types, directives and possible types aside).
/// </summary>
public sealed class ExecutionDifferentialTests(ExecutionReferenceFixture reference) : IClassFixture<ExecutionReferenceFixture>
{
    private static readonly Schema TestSchema = SdlSchemaBuilder.Build(ExecutionCorpus.Schema);

    public static TheoryData<int> AllCases
    {
        get
        {
            var data = new TheoryData<int>();
            for (int i = 0; i < ExecutionCorpus.Cases.Count; i++)
            {
                data.Add(i);
            }

            return data;
        }
    }

    [DifferentialTheory]
    [MemberData(nameof(AllCases))]
    public async Task Execution_matches_graphql_js(int index)
    {
        var c = ExecutionCorpus.Cases[index];
        var expected = reference.Output.GetProperty("results")[index];
        var request = new GraphQLRequest
        {
            Query = c.Query,
            OperationName = c.OperationName,
            RootValue = JsonDocument.Parse(ExecutionCorpus.Data).RootElement,
            Variables = c.Variables is null ? null : GraphQLRequest.VariablesFromJson(JsonDocument.Parse(c.Variables).RootElement),
        };
        var ours = JsonDocument.Parse((await new GraphQLExecutor(TestSchema).ExecuteAsync(request)).ToJson()).RootElement;
        Assert.Equal(expected.TryGetProperty("data", out var expectedData), ours.TryGetProperty("data", out var ourData));
        if (expectedData.ValueKind != JsonValueKind.Undefined)
        {
            Assert.Equal(JsonNode.Parse(expectedData.GetRawText())?.ToJsonString() ?? "null", JsonNode.Parse(ourData.GetRawText())?.ToJsonString() ?? "null");
        }

        Assert.Equal(Errors(expected, withMessages: expectedData.ValueKind != JsonValueKind.Undefined), Errors(ours, withMessages: expectedData.ValueKind != JsonValueKind.Undefined));
    }

    [DifferentialFact]
    public void Graphql_js_accepts_our_introspection_and_prints_our_sdl()
    {
        Assert.Empty(reference.Output.GetProperty("clientSchemaErrors").EnumerateArray());
        var (_, printed) = ExecutionReferenceFixture.Ours();
        Assert.Equal(Definitions(reference.Output.GetProperty("printedFromOurs").GetString()!), Definitions(printed));
        Assert.Equal(Definitions(reference.Output.GetProperty("printedReference").GetString()!), Definitions(printed));
    }

    [DifferentialFact]
    public void Introspection_result_equals_graphql_js()
    {
        var (ours, _) = ExecutionReferenceFixture.Ours();
        var expected = reference.Output.GetProperty("introspection").GetProperty("data");
        Assert.Equal(NormalizeIntrospection(expected), NormalizeIntrospection(ours));
    }

    private static List<string> Errors(JsonElement response, bool withMessages)
    {
        var list = new List<string>();
        if (response.TryGetProperty("errors", out var errors))
        {
            foreach (var e in errors.EnumerateArray())
            {
                var message = withMessages ? e.GetProperty("message").GetString() : "";
                var path = e.TryGetProperty("path", out var p) ? p.GetRawText() : "";
                var locations = e.TryGetProperty("locations", out var l) ? l.GetRawText() : "";
                list.Add($"{message} @ {path} @ {locations}");
            }
        }

        list.Sort(StringComparer.Ordinal);
        return list;
    }

    /// <summary>Each definition printed alone (by our printer after parsing), sorted.</summary>
    private static List<string> Definitions(string sdl)
    {
        var document = Parser.Parse(sdl);
        var list = document.Definitions.Select(d => AstPrinter.Print(d)).ToList();
        list.Sort(StringComparer.Ordinal);
        return list;
    }

    private static string NormalizeIntrospection(JsonElement data)
    {
        var node = JsonNode.Parse(data.GetRawText())!;
        var schema = node["__schema"]!.AsObject();
        SortByName(schema["types"]!.AsArray());
        SortByName(schema["directives"]!.AsArray());
        foreach (var type in schema["types"]!.AsArray())
        {
            if (type!["possibleTypes"] is JsonArray possible)
            {
                SortByName(possible);
            }

            // Descriptions of the built-in scalars and introspection types are our own wording.
            var name = type["name"]!.GetValue<string>();
            if (name.StartsWith("__", StringComparison.Ordinal) || name is "Int" or "Float" or "String" or "Boolean" or "ID")
            {
                RemoveDescriptions(type);
            }

            // graphql-js 16.15 adds experimental directive deprecation (not in the spec): drop it.
            if (name == "__Directive")
            {
                var fields = type["fields"]!.AsArray();
                foreach (var field in fields.Where(f => f!["name"]!.GetValue<string>() is "isDeprecated" or "deprecationReason").ToList())
                {
                    fields.Remove(field);
                }
            }

            if (name == "__DirectiveLocation")
            {
                var values = type["enumValues"]!.AsArray();
                foreach (var value in values.Where(v => v!["name"]!.GetValue<string>() == "DIRECTIVE_DEFINITION").ToList())
                {
                    values.Remove(value);
                }
            }

            if (name == "__Schema")
            {
                type["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "directives")!["args"] = new JsonArray();
            }
        }

        foreach (var directive in schema["directives"]!.AsArray())
        {
            if (directive!["name"]!.GetValue<string>() is "skip" or "include" or "deprecated" or "specifiedBy" or "oneOf")
            {
                RemoveDescriptions(directive);
                var locations = directive["locations"]!.AsArray();
                foreach (var location in locations.Where(l => l!.GetValue<string>() == "DIRECTIVE_DEFINITION").ToList())
                {
                    locations.Remove(location);
                }
            }
        }

        return node.ToJsonString();
    }

    private static void RemoveDescriptions(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                obj.Remove("description");
                foreach (var (_, child) in obj)
                {
                    RemoveDescriptions(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    RemoveDescriptions(child);
                }

                break;
        }
    }

    private static void SortByName(JsonArray array)
    {
        var items = array.Select(n => n!.DeepClone()).OrderBy(n => n["name"]!.GetValue<string>(), StringComparer.Ordinal).ToList();
        array.Clear();
        foreach (var item in items)
        {
            array.Add(item);
        }
    }
}
