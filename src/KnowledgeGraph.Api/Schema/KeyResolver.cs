using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.Api.Schema;

/// <summary>
/// The resolver of planned fields: a plan names each key of its JSON by the response key (alias or field name),
/// so two aliases of one field with different arguments each get their own value.
/// </summary>
public static class KeyResolver
{
    /// <summary>Reads the entry named like the field's response key from the parent's JSON.</summary>
    public static readonly FieldResolver ByResponseKey = ctx => new(DefaultResolver.Resolve(ctx.Source, ctx.FieldNode.ResponseKey));
}
