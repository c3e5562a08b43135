using KnowledgeGraph.Api.Analytics;
using KnowledgeGraph.Api.Curation;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Api.Schema;

/// <summary>Builds the API's GraphQL schema from the model (see docs/schema.graphql for the printed result).</summary>
public static class KnowledgeGraphSchema
{
    /// <summary>The schema description.</summary>
    public const string Description = "The city-networks knowledge graph: European cities, city networks, EU-funded projects and programmes, organisations, countries, themes, events, and the studies that state each fact.";

    /// <summary>Builds the schema for <paramref name="model"/>, reading and writing through <paramref name="holder"/>.</summary>
    public static GraphQL.Types.Schema Build(GraphModel model, StoreHolder holder, CuratorWriter writer, ApiKeyGuard guard)
    {
        var types = new SchemaGenerator(model);
        var queries = new QueryFields(types, new GraphReader(holder));
        var query = queries.AddTo(new ObjectType("Query", "Reads: open to everyone. Each root field is answered by one store statement."));
        var paths = new PathArguments(model, types.Common.NodeKindEnum, types.Common.RelationshipTypeEnum);
        new AnalyticsFields(new AnalyticsTypes(types.Common), paths, new SubgraphArguments(model, types.Common.NodeKindEnum), holder, types.Model).AddTo(query);
        var builder = new SchemaBuilder()
            .Description(Description)
            .Query(query)
            .Mutation(new MutationFields(types, queries, writer, guard).Build());
        foreach (var type in types.Types)
        {
            builder.AddType(type);
        }
        var schema = builder.Build();
        SchemaValidator.AssertValid(schema);
        return schema;
    }
}
