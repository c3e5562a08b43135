namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// Any GraphQL type (spec 3 "Type System"): a <see cref="NamedType"/> or a wrapper
/// (<see cref="ListType"/>, <see cref="NonNullType"/>). <see cref="object.ToString"/> prints
/// the type reference, e.g. <c>[String!]!</c>. Classification helpers live in <see cref="TypeHelpers"/>.
/// </summary>
public interface IGraphQLType
{
    /// <summary>The kind, as exposed by introspection's <c>__TypeKind</c>.</summary>
    TypeKind Kind { get; }
}

/// <summary>Type kinds (spec 4.2.3 <c>__TypeKind</c>).</summary>
public enum TypeKind : byte
{
    /// <summary>SCALAR</summary>
    Scalar,
    /// <summary>OBJECT</summary>
    Object,
    /// <summary>INTERFACE</summary>
    Interface,
    /// <summary>UNION</summary>
    Union,
    /// <summary>ENUM</summary>
    Enum,
    /// <summary>INPUT_OBJECT</summary>
    InputObject,
    /// <summary>LIST</summary>
    List,
    /// <summary>NON_NULL</summary>
    NonNull,
}
