using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Api.Schema;

/// <summary>
/// The links between the generated GraphQL types and the model: the binding of each planned field and the
/// object type of each kind. The planner reads them to compile a selection into one plan.
/// </summary>
public sealed class SchemaBindings(GraphModel model)
{
    private readonly Dictionary<FieldDefinition, FieldBinding> _fields = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<NodeKind, ObjectType> _types = [];

    /// <summary>The model the schema was generated from.</summary>
    public GraphModel Model { get; } = model;

    /// <summary>Records what <paramref name="field"/> stands for.</summary>
    public void Bind(FieldDefinition field, FieldBinding binding) => _fields[field] = binding;

    /// <summary>What <paramref name="field"/> stands for; null for fields that are not planned (meta-fields).</summary>
    public FieldBinding? Of(FieldDefinition field) => _fields.GetValueOrDefault(field);

    /// <summary>Records the object type of a kind.</summary>
    public void SetType(NodeKind kind, ObjectType type) => _types[kind] = type;

    /// <summary>The object type of a kind.</summary>
    public ObjectType TypeOf(NodeKind kind) => _types[kind];
}
