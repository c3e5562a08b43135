using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// docs/queries.md: every ```graphql block followed by a ```json block is run on the seeded server and must give that
/// answer. UPDATE_DOCS=1 rewrites the answers.
/// </summary>
[Collection(ReadServerCollection.Name)]
public sealed partial class QueriesDocTests(ApiServer server)
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [GeneratedRegex("```graphql\\n(?<query>.*?)```\\n\\n```json\\n(?<answer>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Example();

    [Fact]
    public async Task Every_example_gives_its_documented_answer()
    {
        var path = TestPaths.InRepo("docs", "queries.md");
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var update = Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1";
        var failures = new List<string>();
        var matches = Example().Matches(text);
        Assert.True(matches.Count >= 10, "docs/queries.md should hold an example per capability.");
        var rewritten = text;
        foreach (Match match in matches)
        {
            var query = match.Groups["query"].Value;
            var body = await server.PostAsync(query);
            var actual = JsonNode.Parse(body.GetRawText())!;
            var answer = actual.ToJsonString(Pretty) + "\n";
            if (update)
            {
                rewritten = rewritten.Replace(match.Value, $"```graphql\n{query}```\n\n```json\n{answer}```", StringComparison.Ordinal);
            }
            else if (!JsonNode.DeepEquals(JsonNode.Parse(match.Groups["answer"].Value), actual))
            {
                failures.Add(query.Split('\n')[0]);
            }
        }
        if (update)
        {
            File.WriteAllText(path, rewritten);
        }
        Assert.True(failures.Count == 0, "docs/queries.md answers changed (UPDATE_DOCS=1 rewrites them): " + string.Join("; ", failures));
    }
}
