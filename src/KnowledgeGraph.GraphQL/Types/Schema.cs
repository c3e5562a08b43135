using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// A GraphQL schema (spec 3.3): root operation types, every named type reachable from them (plus
/// extra types, the five built-in scalars and the introspection types), and directives (the
/// specified ones unless replaced by same-named definitions).
/// Build one from code (<see cref="SchemaBuilder"/> or this constructor) or from SDL
/// (<see cref="SdlSchemaBuilder.Build(string)"/>), then check it with <see cref="SchemaValidator.Validate"/>.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly List<NamedType> _typeList = [];
    private readonly Dictionary<string, DirectiveDefinition> _directives = new(StringComparer.Ordinal);
    private readonly Dictionary<InterfaceType, (List<ObjectType> Objects, List<InterfaceType> Interfaces)> _implementations = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<NamedType, HashSet<string>> _possibleTypeNames = new();

    /// <summary>Creates a schema; throws <see cref="GraphQLSchemaException"/> when two different types share a name.</summary>
    public Schema(
        ObjectType? query,
        ObjectType? mutation = null,
        ObjectType? subscription = null,
        IEnumerable<NamedType>? types = null,
        IEnumerable<DirectiveDefinition>? directives = null,
        string? description = null)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        Description = description;

        foreach (var directive in directives ?? [])
        {
            _directives.TryAdd(directive.Name, directive);
        }

        foreach (var builtIn in BuiltInDirectives.All)
        {
            _directives.TryAdd(builtIn.Name, builtIn);
        }

        var errors = new List<GraphQLError>();
        if (query is not null)
        {
            Collect(query, errors);
        }

        if (mutation is not null)
        {
            Collect(mutation, errors);
        }

        if (subscription is not null)
        {
            Collect(subscription, errors);
        }

        foreach (var type in types ?? [])
        {
            Collect(type, errors);
        }

        foreach (var directive in _directives.Values)
        {
            foreach (var argument in directive.Arguments.Values)
            {
                Collect(argument.Type.GetNamedType(), errors);
            }
        }

        foreach (var scalar in BuiltInScalars.All)
        {
            Collect(scalar, errors);
        }

        foreach (var type in Introspection.Types)
        {
            Collect(type, errors);
        }

        if (errors.Count > 0)
        {
            throw new GraphQLSchemaException(errors);
        }

        foreach (var type in _typeList)
        {
            if (type is ComplexType complex)
            {
                foreach (var i in complex.Interfaces)
                {
                    if (!_implementations.TryGetValue(i, out var impl))
                    {
                        impl = ([], []);
                        _implementations[i] = impl;
                    }

                    if (complex is ObjectType o)
                    {
                        impl.Objects.Add(o);
                    }
                    else
                    {
                        impl.Interfaces.Add((InterfaceType)complex);
                    }
                }
            }
        }
    }

    /// <summary>Schema description.</summary>
    public string? Description { get; init; }

    /// <summary>The query root type (required by validation).</summary>
    public ObjectType? Query { get; }

    /// <summary>The mutation root type, or null.</summary>
    public ObjectType? Mutation { get; }

    /// <summary>The subscription root type, or null.</summary>
    public ObjectType? Subscription { get; }

    /// <summary>The SDL schema definition, if any.</summary>
    public SchemaDefinitionNode? AstNode { get; init; }

    /// <summary>SDL schema extensions applied.</summary>
    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; init; } = [];

    /// <summary>All named types by name.</summary>
    public IReadOnlyDictionary<string, NamedType> TypeMap => _types;

    /// <summary>All named types in discovery order.</summary>
    public IReadOnlyList<NamedType> Types => _typeList;

    /// <summary>All directives (specified directives included).</summary>
    public IReadOnlyCollection<DirectiveDefinition> Directives => _directives.Values;

    /// <summary>Finds a named type, or null.</summary>
    public NamedType? GetType(string name) => _types.TryGetValue(name, out var type) ? type : null;

    /// <summary>Finds a directive by name (without <c>@</c>), or null.</summary>
    public DirectiveDefinition? GetDirective(string name) => _directives.TryGetValue(name, out var d) ? d : null;

    /// <summary>The root type for an operation, or null when the schema does not support it.</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => Query,
        OperationType.Mutation => Mutation,
        OperationType.Subscription => Subscription,
        _ => null,
    };

    /// <summary>The object types an abstract type may resolve to: union members, or objects implementing the interface.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) => abstractType switch
    {
        UnionType union => union.Types,
        InterfaceType i => GetImplementations(i).Objects,
        _ => [],
    };

    /// <summary>Objects and interfaces that declare <paramref name="interfaceType"/> among their interfaces.</summary>
    public (IReadOnlyList<ObjectType> Objects, IReadOnlyList<InterfaceType> Interfaces) GetImplementations(InterfaceType interfaceType)
    {
        ArgumentNullException.ThrowIfNull(interfaceType);
        return _implementations.TryGetValue(interfaceType, out var impl) ? (impl.Objects, impl.Interfaces) : ([], []);
    }

    /// <summary>
    /// True when <paramref name="maybeSubType"/> is a member of the union, or an object/interface
    /// implementing the interface <paramref name="abstractType"/>.
    /// </summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType)
    {
        ArgumentNullException.ThrowIfNull(abstractType);
        ArgumentNullException.ThrowIfNull(maybeSubType);
        // Read without a lock (a hot path of validation and execution); built once per abstract type.
        var names = _possibleTypeNames.GetOrAdd(abstractType, static (type, schema) => schema.PossibleTypeNames(type), this);
        return names.Contains(maybeSubType.Name);
    }

    private HashSet<string> PossibleTypeNames(NamedType abstractType)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (abstractType is UnionType union)
        {
            foreach (var t in union.Types)
            {
                names.Add(t.Name);
            }
        }
        else if (abstractType is InterfaceType i)
        {
            var (objects, interfaces) = GetImplementations(i);
            foreach (var t in objects)
            {
                names.Add(t.Name);
            }

            foreach (var t in interfaces)
            {
                names.Add(t.Name);
            }
        }

        return names;
    }

    /// <summary>True when the two composite types can have a common object type (used by fragment spread validation).</summary>
    public bool DoTypesOverlap(NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.IsAbstractType())
        {
            if (b.IsAbstractType())
            {
                foreach (var t in GetPossibleTypes(a))
                {
                    if (IsSubType(b, t))
                    {
                        return true;
                    }
                }

                return false;
            }

            return IsSubType(a, b);
        }

        return b.IsAbstractType() && IsSubType(b, a);
    }

    /// <summary>
    /// True when <paramref name="maybeSubType"/> can be used where <paramref name="superType"/> is expected
    /// (non-null and list covariance, interface/union membership); spec 3.6 "IsValidImplementationFieldType".
    /// </summary>
    public bool IsTypeSubTypeOf(IGraphQLType maybeSubType, IGraphQLType superType)
    {
        if (TypeHelpers.AreEqual(maybeSubType, superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType sub)
        {
            return IsTypeSubTypeOf(sub.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return superType is NamedType superNamed && superNamed.IsAbstractType()
            && maybeSubType is ObjectType or InterfaceType
            && IsSubType(superNamed, (NamedType)maybeSubType);
    }

    private void Collect(NamedType type, List<GraphQLError> errors)
    {
        if (_types.TryGetValue(type.Name, out var existing))
        {
            if (!ReferenceEquals(existing, type))
            {
                errors.Add(new GraphQLError($"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\"."));
            }

            return;
        }

        _types[type.Name] = type;
        _typeList.Add(type);
        switch (type)
        {
            case ComplexType complex:
                foreach (var i in complex.Interfaces)
                {
                    Collect(i, errors);
                }

                foreach (var field in complex.Fields.Values)
                {
                    Collect(field.Type.GetNamedType(), errors);
                    foreach (var argument in field.Arguments.Values)
                    {
                        Collect(argument.Type.GetNamedType(), errors);
                    }
                }

                break;
            case UnionType union:
                foreach (var member in union.Types)
                {
                    Collect(member, errors);
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields.Values)
                {
                    Collect(field.Type.GetNamedType(), errors);
                }

                break;
        }
    }
}
