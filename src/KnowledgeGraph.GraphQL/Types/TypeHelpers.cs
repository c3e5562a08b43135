using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>Classification and conversion helpers over <see cref="IGraphQLType"/> (spec 3.4.x, 3.11, 3.12).</summary>
public static class TypeHelpers
{
    /// <summary>Strips all wrappers.</summary>
    public static NamedType GetNamedType(this IGraphQLType type)
    {
        while (true)
        {
            switch (type)
            {
                case NamedType named: return named;
                case ListType list: type = list.OfType; break;
                case NonNullType nonNull: type = nonNull.OfType; break;
                default: throw new ArgumentException("Unknown type.", nameof(type));
            }
        }
    }

    /// <summary>Strips one non-null wrapper if present.</summary>
    public static IGraphQLType GetNullableType(this IGraphQLType type) => type is NonNullType nn ? nn.OfType : type;

    /// <summary>Input types: scalars, enums, input objects and wrappers of them (spec 3.4.2).</summary>
    public static bool IsInputType(this IGraphQLType? type) => type is not null && type.GetNamedType() is ScalarType or EnumType or InputObjectType;

    /// <summary>Output types: everything except input objects (spec 3.4.2).</summary>
    public static bool IsOutputType(this IGraphQLType? type) => type is not null && type.GetNamedType() is not InputObjectType;

    /// <summary>Scalars and enums.</summary>
    public static bool IsLeafType(this IGraphQLType? type) => type is ScalarType or EnumType;

    /// <summary>Objects, interfaces and unions.</summary>
    public static bool IsCompositeType(this IGraphQLType? type) => type is ObjectType or InterfaceType or UnionType;

    /// <summary>Interfaces and unions.</summary>
    public static bool IsAbstractType(this IGraphQLType? type) => type is InterfaceType or UnionType;

    /// <summary>True for a <see cref="NonNullType"/>.</summary>
    public static bool IsNonNull(this IGraphQLType? type) => type is NonNullType;

    /// <summary>True for a list or non-null list.</summary>
    public static bool IsListType(this IGraphQLType? type) => type.GetNullableTypeOrNull() is ListType;

    /// <summary>A required argument or input field: non-null type and no default value.</summary>
    public static bool IsRequired(this InputValueDefinition value) => value.Type is NonNullType && value.DefaultValue is null;

    private static IGraphQLType? GetNullableTypeOrNull(this IGraphQLType? type) => type is NonNullType nn ? nn.OfType : type;

    /// <summary>Structural equality of type references (named types compared by reference).</summary>
    public static bool AreEqual(IGraphQLType? a, IGraphQLType? b) => (a, b) switch
    {
        (null, null) => true,
        (ListType la, ListType lb) => AreEqual(la.OfType, lb.OfType),
        (NonNullType na, NonNullType nb) => AreEqual(na.OfType, nb.OfType),
        (NamedType x, NamedType y) => ReferenceEquals(x, y),
        _ => false,
    };

    /// <summary>Resolves an AST type reference against <paramref name="schema"/>; null when a named type is unknown.</summary>
    public static IGraphQLType? FromAst(Schema schema, TypeNode typeNode)
    {
        ArgumentNullException.ThrowIfNull(schema);
        switch (typeNode)
        {
            case NamedTypeNode named: return schema.GetType(named.Name.Value);
            case ListTypeNode list:
                var inner = FromAst(schema, list.Type);
                return inner is null ? null : new ListType(inner);
            case NonNullTypeNode nonNull:
                var innerNullable = FromAst(schema, nonNull.Type);
                return innerNullable is null ? null : new NonNullType(innerNullable);
            default: return null;
        }
    }

    /// <summary>Builds the AST reference of a type.</summary>
    public static TypeNode ToAst(IGraphQLType type) => type switch
    {
        NamedType named => new NamedTypeNode(named.Name),
        ListType list => new ListTypeNode(ToAst(list.OfType)),
        NonNullType nonNull => new NonNullTypeNode(ToAst(nonNull.OfType)),
        _ => throw new ArgumentException("Unknown type.", nameof(type)),
    };

    /// <summary>True for a valid GraphQL Name (<c>/[_A-Za-z][_0-9A-Za-z]*/</c>, spec 2.1.9).</summary>
    public static bool IsValidName(string? name)
    {
        if (string.IsNullOrEmpty(name) || !Lexer.IsNameStart(name[0]))
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!Lexer.IsNameContinue(c))
            {
                return false;
            }
        }

        return true;
    }
}
