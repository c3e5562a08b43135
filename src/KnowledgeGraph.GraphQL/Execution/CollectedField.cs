using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// One entry of a collected (merged) selection set for a given object type (spec 6.3.2
/// "CollectFields"): a response key, the field nodes that share it (fragments expanded,
/// <c>@skip</c>/<c>@include</c> applied) and the field definition on <see cref="ParentType"/>.
/// Resolvers use these (<see cref="ResolveContext.GetSubFields(ObjectType?)"/>) to plan a whole
/// sub-tree at once.
/// </summary>
public sealed class CollectedField
{
    internal CollectedField(string responseKey, ObjectType parentType, FieldDefinition definition, FieldNode[] nodes)
    {
        ResponseKey = responseKey;
        ParentType = parentType;
        Definition = definition;
        NodeArray = nodes;
        Kind = definition == Introspection.TypeNameMetaField ? FieldKind.TypeName
            : definition == Introspection.SchemaMetaField ? FieldKind.Schema
            : definition == Introspection.TypeMetaField ? FieldKind.Type
            : parentType.IsIntrospection ? FieldKind.IntrospectionData
            : FieldKind.Normal;
        if (Kind == FieldKind.Normal || (Kind == FieldKind.IntrospectionData && definition.Arguments.Count == 0))
        {
            var type = definition.Type is NonNullType nonNull ? nonNull.OfType : definition.Type;
            LeafType = type as ScalarType ?? (NamedType?)(type as EnumType);
        }
    }

    internal enum FieldKind : byte
    {
        Normal,
        TypeName,
        Schema,
        Type,
        IntrospectionData,
    }

    /// <summary>The response key (alias or field name).</summary>
    public string ResponseKey { get; }

    /// <summary>The field name.</summary>
    public string Name => Definition.Name;

    /// <summary>The object type the field is selected on.</summary>
    public ObjectType ParentType { get; }

    /// <summary>The field definition (a meta-field definition for <c>__typename</c>, <c>__schema</c>, <c>__type</c>).</summary>
    public FieldDefinition Definition { get; }

    /// <summary>The merged field nodes (at least one), in document order.</summary>
    public IReadOnlyList<FieldNode> Nodes => NodeArray;

    /// <summary>The first field node (arguments are read from it; validation guarantees they agree).</summary>
    public FieldNode Node => NodeArray[0];

    internal FieldNode[] NodeArray { get; }

    internal FieldKind Kind { get; }

    // The scalar or enum type of a normal field (or an introspection field without arguments) returning T or T! (no
    // list): such fields without a resolver take the executor's leaf fast path (no response path, no completion chain
    // unless something fails).
    internal NamedType? LeafType { get; }

    // Arguments coerced once per execution when they do not depend on variables (set lazily).
    internal IReadOnlyDictionary<string, object?>? ConstantArguments { get; set; }

    /// <inheritdoc />
    public override string ToString() => ResponseKey == Name ? Name : ResponseKey + ": " + Name;
}
