namespace KnowledgeGraph.GraphQL.Language;

/// <summary>An input Value (spec 2.9). Constant values contain no <see cref="VariableNode"/>.</summary>
public abstract class ValueNode(Location location) : Node(location);

/// <summary>A Variable (spec 2.10): <c>$name</c>.</summary>
public sealed class VariableNode(Location location, NameNode name) : ValueNode(location), INamedNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Variable;

    /// <summary>The variable name (without <c>$</c>).</summary>
    public NameNode Name { get; } = name;
}

/// <summary>An IntValue (spec 2.9.1); <see cref="Value"/> is the source text, range is checked during coercion.</summary>
public sealed class IntValueNode(Location location, string value) : ValueNode(location)
{
    /// <summary>Creates a node without location.</summary>
    public IntValueNode(string value) : this(default, value) { }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.IntValue;

    /// <summary>The literal text, e.g. <c>-12</c>.</summary>
    public string Value { get; } = value;
}

/// <summary>A FloatValue (spec 2.9.2); <see cref="Value"/> is the source text.</summary>
public sealed class FloatValueNode(Location location, string value) : ValueNode(location)
{
    /// <summary>Creates a node without location.</summary>
    public FloatValueNode(string value) : this(default, value) { }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FloatValue;

    /// <summary>The literal text, e.g. <c>1.5e10</c>.</summary>
    public string Value { get; } = value;
}

/// <summary>A StringValue (spec 2.9.4): <see cref="Value"/> is decoded; <see cref="Block"/> tells it was a block string.</summary>
public sealed class StringValueNode(Location location, string value, bool block = false) : ValueNode(location)
{
    /// <summary>Creates a node without location.</summary>
    public StringValueNode(string value, bool block = false) : this(default, value, block) { }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.StringValue;

    /// <summary>The decoded string value.</summary>
    public string Value { get; } = value;

    /// <summary>True when written as <c>"""block string"""</c>.</summary>
    public bool Block { get; } = block;
}

/// <summary>A BooleanValue (spec 2.9.3).</summary>
public sealed class BooleanValueNode(Location location, bool value) : ValueNode(location)
{
    /// <summary>Creates a node without location.</summary>
    public BooleanValueNode(bool value) : this(default, value) { }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.BooleanValue;

    /// <summary>The value.</summary>
    public bool Value { get; } = value;
}

/// <summary>The NullValue (spec 2.9.5).</summary>
public sealed class NullValueNode(Location location) : ValueNode(location)
{
    /// <summary>Creates a node without location.</summary>
    public NullValueNode() : this(default) { }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.NullValue;
}

/// <summary>An EnumValue (spec 2.9.6): a name other than true, false and null.</summary>
public sealed class EnumValueNode(Location location, string value) : ValueNode(location)
{
    /// <summary>Creates a node without location.</summary>
    public EnumValueNode(string value) : this(default, value) { }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumValue;

    /// <summary>The enum value name.</summary>
    public string Value { get; } = value;
}

/// <summary>A ListValue (spec 2.9.7).</summary>
public sealed class ListValueNode(Location location, IReadOnlyList<ValueNode> values) : ValueNode(location)
{
    /// <summary>Creates a node without location.</summary>
    public ListValueNode(IReadOnlyList<ValueNode> values) : this(default, values) { }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ListValue;

    /// <summary>The items.</summary>
    public IReadOnlyList<ValueNode> Values { get; } = values;
}

/// <summary>An ObjectValue (spec 2.9.8), an input object literal.</summary>
public sealed class ObjectValueNode(Location location, IReadOnlyList<ObjectFieldNode> fields) : ValueNode(location)
{
    /// <summary>Creates a node without location.</summary>
    public ObjectValueNode(IReadOnlyList<ObjectFieldNode> fields) : this(default, fields) { }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ObjectValue;

    /// <summary>The fields in source order (duplicates are kept; validation reports them).</summary>
    public IReadOnlyList<ObjectFieldNode> Fields { get; } = fields;
}

/// <summary>One <c>name: value</c> of an <see cref="ObjectValueNode"/>.</summary>
public sealed class ObjectFieldNode(Location location, NameNode name, ValueNode value) : Node(location), INamedNode
{
    /// <summary>Creates a node without location.</summary>
    public ObjectFieldNode(string name, ValueNode value) : this(default, new NameNode(name), value) { }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ObjectField;

    /// <summary>Field name.</summary>
    public NameNode Name { get; } = name;

    /// <summary>Field value.</summary>
    public ValueNode Value { get; } = value;
}
