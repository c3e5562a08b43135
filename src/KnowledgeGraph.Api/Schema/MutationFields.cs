using KnowledgeGraph.Api.Curation;
using KnowledgeGraph.Api.Planning;
using KnowledgeGraph.GraphQL.Types;
using static KnowledgeGraph.Api.Schema.CommonTypes;

namespace KnowledgeGraph.Api.Schema;

/// <summary>
/// The curators' mutations: <c>upsertNode</c> and <c>upsertRelationship</c>, each one batch loaded in one transaction,
/// both requiring the API key.
/// </summary>
public sealed class MutationFields(SchemaGenerator types, QueryFields queries, CuratorWriter writer, ApiKeyGuard guard)
{
    /// <summary>The mutation root type.</summary>
    public ObjectType Build()
    {
        var common = types.Common;
        var source = new InputObjectType("SourceInput", "Who states the fact: a study with the exact quote, or inferred: true with a note.")
            .Field("study", NonNull(BuiltInScalars.ID), description: "The study's id (study:...).")
            .Field("studyName", BuiltInScalars.String, description: "The study's name, to add a study the graph does not hold yet.")
            .Field("quote", BuiltInScalars.String, description: "The words of the document that state the fact.")
            .Field("inferred", BuiltInScalars.Boolean, false, "True when the curator concluded the fact; give a note.")
            .Field("note", BuiltInScalars.String, description: "Why an inferred fact was inferred.")
            .Field("dataset", BuiltInScalars.String, description: "The dataset file, for facts from a dataset.")
            .Field("row", BuiltInScalars.String, description: "The row of the dataset.");
        var alias = new InputObjectType("AliasInput", "Another name, optionally with its language.")
            .Field("name", NonNull(BuiltInScalars.String))
            .Field("lang", BuiltInScalars.String, description: "ISO 639-1 code.");
        var nodeInput = new InputObjectType("UpsertNodeInput", "A node as a source states it; an existing node (by id, external key or name) is updated.")
            .Field("kind", NonNull(common.NodeKindEnum))
            .Field("id", BuiltInScalars.ID, description: "The id (prefix:name); default: made from the kind and the name.")
            .Field("name", NonNull(BuiltInScalars.String))
            .Field("aliases", new ListType(new NonNullType(alias)))
            .Field("description", BuiltInScalars.String)
            .Field("properties", common.Json, description: "The kind's properties as a JSON object: {\"population\": 1620000} or {\"memberCount\": {\"value\": 140, \"qualifier\": \"more than\"}}.")
            .Field("source", NonNull(source));
        var relationshipInput = new InputObjectType("UpsertRelationshipInput", "A relationship between two nodes of the graph, as a source states it.")
            .Field("type", NonNull(common.RelationshipTypeEnum))
            .Field("from", NonNull(BuiltInScalars.ID), description: "The start node's id.")
            .Field("to", NonNull(BuiltInScalars.ID), description: "The end node's id.")
            .Field("properties", common.Json, description: "The relationship's properties as a JSON object.")
            .Field("source", NonNull(source));
        var change = new ObjectType("Change", "One change a write made.")
            .Field("kind", NonNull(BuiltInScalars.String), description: "NodeAdded, NodeMerged, NameAdded, PropertyChanged, RelationshipAdded or SourceAdded.")
            .Field("subject", NonNull(BuiltInScalars.String))
            .Field("detail", BuiltInScalars.String);
        var nodePayload = new ObjectType("UpsertNodePayload", "The node written and what changed.")
            .Field("node", types.Node, ctx => queries.NodeAsync(ctx, ((UpsertResult)ctx.Source!).Ids[0]), description: "The node as it now stands.")
            .Field("changes", ListOf(change), description: "What changed (empty when the graph knew every fact already).");
        var relationshipPayload = new ObjectType("UpsertRelationshipPayload", "The relationship's ends and what changed.")
            .Field("from", types.Node, ctx => queries.NodeAsync(ctx, ((UpsertResult)ctx.Source!).Ids[0]))
            .Field("to", types.Node, ctx => queries.NodeAsync(ctx, ((UpsertResult)ctx.Source!).Ids[1]))
            .Field("changes", ListOf(change));
        return new ObjectType("Mutation", "Curators' writes; each needs the API key (X-Api-Key or Authorization: Bearer).")
            .Field("upsertNode", NonNull(nodePayload), async ctx =>
            {
                guard.Demand(ctx.UserContext);
                return await writer.UpsertNodeAsync(InputValues.Object(ctx.Arguments["input"])!, ctx.CancellationToken).ConfigureAwait(false);
            }, f => f.AddArgument("input", NonNull(nodeInput)), "Adds or updates a node with its source, in one transaction.")
            .Field("upsertRelationship", NonNull(relationshipPayload), async ctx =>
            {
                guard.Demand(ctx.UserContext);
                return await writer.UpsertRelationshipAsync(InputValues.Object(ctx.Arguments["input"])!, ctx.CancellationToken).ConfigureAwait(false);
            }, f => f.AddArgument("input", NonNull(relationshipInput)), "Adds a relationship (or a source for a known one) with its source, in one transaction.");
    }
}
