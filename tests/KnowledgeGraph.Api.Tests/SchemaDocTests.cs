using KnowledgeGraph.Api.Curation;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Api.Schema;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Tests.Shared;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Tests;

/// <summary>docs/schema.graphql is the running schema printed by SchemaPrinter (UPDATE_DOCS=1 rewrites it).</summary>
public sealed class SchemaDocTests
{
    [Fact]
    public void Schema_doc_is_in_sync_with_the_generated_schema()
    {
        var holder = new StoreHolder { Location = "unused.db" };
        using var writer = new CuratorWriter(holder, CityNetworksModel.Instance);
        var guard = new ApiKeyGuard(new StaticOptions());
        var schema = KnowledgeGraphSchema.Build(CityNetworksModel.Instance, holder, writer, guard);
        var printed = "# Generated from the model by SchemaPrinter; do not edit. Regenerate: UPDATE_DOCS=1 dotnet test tests/KnowledgeGraph.Api.Tests\n\n"
            + SchemaPrinter.Print(schema).Trim() + "\n";
        var path = TestPaths.InRepo("docs", "schema.graphql");
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, printed);
        }
        var current = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        Assert.True(current == printed, "docs/schema.graphql is out of date: run UPDATE_DOCS=1 dotnet test tests/KnowledgeGraph.Api.Tests --filter SchemaDocTests");
    }

    private sealed class StaticOptions : IOptionsMonitor<ApiOptions>
    {
        public ApiOptions CurrentValue { get; } = new();

        public ApiOptions Get(string? name) => CurrentValue;

        public IDisposable? OnChange(Action<ApiOptions, string?> listener) => null;
    }
}
