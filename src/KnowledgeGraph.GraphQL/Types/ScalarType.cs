using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// A scalar type (spec 3.5): built-in (<see cref="BuiltInScalars"/>) or custom. Coercion is
/// defined by three delegates; each signals an invalid value by throwing
/// <see cref="GraphQLCoercionException"/> (the coercion helpers report it as an error).
/// </summary>
public sealed class ScalarType : NamedType
{
    /// <summary>Creates a scalar. Without delegates, values pass through unchanged and literals are
    /// converted to plain .NET values (see <see cref="Values.ValueFromAst.Untyped"/>).</summary>
    public ScalarType(string name, string? description = null)
        : base(name, description)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>Optional <c>@specifiedBy(url:)</c> (spec 3.5.5).</summary>
    public string? SpecifiedByUrl { get; set; }

    /// <summary>Result (output) coercion: internal value to serialized value.</summary>
    public Func<object?, object?>? Serializer { get; init; }

    /// <summary>Input coercion of a variable value (already converted from JSON to plain .NET values).</summary>
    public Func<object?, object?>? ValueParser { get; init; }

    /// <summary>Input coercion of a literal; variables inside the literal are already substituted
    /// when the literal is an object or list. When null, the literal is converted to a plain value and
    /// passed to <see cref="ValueParser"/>.</summary>
    public Func<ValueNode, object?>? LiteralParser { get; init; }

    /// <summary>Output coercion.</summary>
    public object? Serialize(object? value) => Serializer is null ? value : Serializer(value);

    /// <summary>Input coercion of an external value.</summary>
    public object? ParseValue(object? value) => ValueParser is null ? value : ValueParser(value);

    /// <summary>Input coercion of a literal.</summary>
    public object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        if (LiteralParser is not null)
        {
            return LiteralParser(literal);
        }

        return ParseValue(Values.ValueFromAst.Untyped(literal, variables));
    }
}
