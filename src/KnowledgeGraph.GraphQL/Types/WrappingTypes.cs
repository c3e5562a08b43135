namespace KnowledgeGraph.GraphQL.Types;

/// <summary>A list type <c>[T]</c> (spec 3.11).</summary>
public sealed class ListType(IGraphQLType ofType) : IGraphQLType, IEquatable<ListType>
{
    /// <summary>The item type.</summary>
    public IGraphQLType OfType { get; } = ofType ?? throw new ArgumentNullException(nameof(ofType));

    /// <inheritdoc />
    public TypeKind Kind => TypeKind.List;

    /// <inheritdoc />
    public bool Equals(ListType? other) => other is not null && TypeHelpers.AreEqual(OfType, other.OfType);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ListType);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(1, OfType.ToString());

    /// <inheritdoc />
    public override string ToString() => "[" + OfType + "]";
}

/// <summary>A non-null type <c>T!</c> (spec 3.12); <see cref="OfType"/> is never itself non-null.</summary>
public sealed class NonNullType : IGraphQLType, IEquatable<NonNullType>
{
    /// <summary>Wraps a nullable type.</summary>
    public NonNullType(IGraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullType)
        {
            throw new ArgumentException("A non-null type cannot wrap a non-null type.", nameof(ofType));
        }

        OfType = ofType;
    }

    /// <summary>The nullable inner type.</summary>
    public IGraphQLType OfType { get; }

    /// <inheritdoc />
    public TypeKind Kind => TypeKind.NonNull;

    /// <inheritdoc />
    public bool Equals(NonNullType? other) => other is not null && TypeHelpers.AreEqual(OfType, other.OfType);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as NonNullType);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(2, OfType.ToString());

    /// <inheritdoc />
    public override string ToString() => OfType + "!";
}
