using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.GraphQL.AspNetCore.Tests;

/// <summary>
/// Persisted queries over real HTTP: Apollo's automatic persisted queries (hash miss, then register, then hash hit, over
/// POST and GET; a hash that does not match its query is refused), and the allow-list mode where only registered
/// documents run.
/// </summary>
public sealed class PersistedQueryTests
{
    private const string Document = "query Greet($name: String) { hello(name: $name) }";

    [Fact]
    public async Task Automatic_persisted_query_round_trip_miss_register_hit()
    {
        await using var host = await TestHost.StartAsync(new GraphQLServerOptions());
        var hash = Sha256(Document);

        // 1. The hash alone: not known yet.
        var miss = await PostAsync(host, null, hash, """{"name":"APQ"}""");
        Assert.Equal(HttpStatusCode.OK, miss.Status);
        var error = Assert.Single(miss.Body.GetProperty("errors").EnumerateArray());
        Assert.Equal("PersistedQueryNotFound", error.GetProperty("message").GetString());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(miss.Body.TryGetProperty("data", out _));

        // 2. The document with its hash: registered and run.
        var register = await PostAsync(host, Document, hash, """{"name":"APQ"}""");
        Assert.Equal("Hello, APQ!", register.Body.GetProperty("data").GetProperty("hello").GetString());

        // 3. The hash alone again: a hit, with other variables, over POST and over GET.
        var hit = await PostAsync(host, null, hash, """{"name":"again"}""");
        Assert.Equal("Hello, again!", hit.Body.GetProperty("data").GetProperty("hello").GetString());
        var extensions = Uri.EscapeDataString($$$"""{"persistedQuery":{"version":1,"sha256Hash":"{{{hash.ToUpperInvariant()}}}"}}""");
        using var get = await host.Client.GetAsync(new Uri($"/graphql?extensions={extensions}&variables={Uri.EscapeDataString("""{"name":"GET"}""")}", UriKind.Relative));
        using var getBody = JsonDocument.Parse(await get.Content.ReadAsStringAsync());
        Assert.Equal("Hello, GET!", getBody.RootElement.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task A_hash_that_does_not_match_its_query_is_refused_and_registers_nothing()
    {
        await using var host = await TestHost.StartAsync(new GraphQLServerOptions());
        var wrong = Sha256("{ hello }");
        var refused = await PostAsync(host, Document, wrong, null);
        Assert.Equal("BAD_REQUEST", Code(refused.Body));
        Assert.Contains("does not match", refused.Body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        var after = await PostAsync(host, null, wrong, null);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Code(after.Body));
    }

    [Fact]
    public async Task Bad_extension_values_are_a_clear_400_and_disabled_APQ_says_not_supported()
    {
        await using (var host = await TestHost.StartAsync(new GraphQLServerOptions()))
        {
            using var version = await host.PostJsonAsync("""{"extensions":{"persistedQuery":{"version":2,"sha256Hash":"abc"}}}""", accept: "application/graphql-response+json");
            Assert.Equal(HttpStatusCode.BadRequest, version.StatusCode);
            Assert.Contains("version 1", await version.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            using var noHash = await host.PostJsonAsync("""{"extensions":{"persistedQuery":{"version":1}}}""");
            Assert.Contains("sha256Hash", await noHash.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await using var off = await TestHost.StartAsync(new GraphQLServerOptions { AutomaticPersistedQueries = false });
        var unsupported = await PostAsync(off, null, Sha256(Document), null);
        Assert.Equal("PERSISTED_QUERY_NOT_SUPPORTED", Code(unsupported.Body));
        // Without APQ the document with its hash still runs; it is not kept.
        var run = await PostAsync(off, Document, Sha256(Document), null);
        Assert.Equal("Hello, world!", run.Body.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("PERSISTED_QUERY_NOT_SUPPORTED", Code((await PostAsync(off, null, Sha256(Document), null)).Body));
    }

    [Fact]
    public async Task Allow_list_mode_runs_registered_documents_by_hash_or_text_and_refuses_any_other()
    {
        var folder = Directory.CreateTempSubdirectory("kg-persisted-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "greet.graphql"), Document);
            await using var host = await TestHost.StartAsync(new GraphQLServerOptions { PersistedDocumentsPath = folder.FullName, PersistedQueriesOnly = true });

            var byHash = await PostAsync(host, null, Sha256(Document), """{"name":"listed"}""");
            Assert.Equal("Hello, listed!", byHash.Body.GetProperty("data").GetProperty("hello").GetString());
            var byText = await PostAsync(host, Document, null, null);
            Assert.Equal("Hello, world!", byText.Body.GetProperty("data").GetProperty("hello").GetString());

            // An unknown document is refused, in full or as an APQ registration, and stays unknown.
            var unknown = await PostAsync(host, "{ hello }", null, null);
            Assert.Equal("PERSISTED_QUERY_NOT_ALLOWED", Code(unknown.Body));
            var registration = await PostAsync(host, "{ hello }", Sha256("{ hello }"), null);
            Assert.Equal("PERSISTED_QUERY_NOT_ALLOWED", Code(registration.Body));
            var unknownHash = await PostAsync(host, null, Sha256("{ hello }"), null);
            Assert.Equal("PERSISTED_QUERY_NOT_ALLOWED", Code(unknownHash.Body));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Allow_list_mode_without_documents_stops_with_a_message_naming_the_setting()
    {
        var e = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var host = await TestHost.StartAsync(new GraphQLServerOptions { PersistedQueriesOnly = true });
        });
        Assert.Contains("PersistedDocumentsPath", e.Message, StringComparison.Ordinal);
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string? Code(JsonElement body) => body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(TestHost host, string? query, string? hash, string? variables)
    {
        var parts = new List<string>();
        if (query is not null)
        {
            parts.Add("\"query\":" + JsonSerializer.Serialize(query));
        }
        if (variables is not null)
        {
            parts.Add("\"variables\":" + variables);
        }
        if (hash is not null)
        {
            parts.Add($$$"""
                "extensions":{"persistedQuery":{"version":1,"sha256Hash":"{{{hash}}}"}}
                """);
        }
        using var response = await host.PostJsonAsync("{" + string.Join(",", parts) + "}");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, document.RootElement.Clone());
    }
}
