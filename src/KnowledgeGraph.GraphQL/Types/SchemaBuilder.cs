namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// Fluent construction of a <see cref="Schema"/> from code:
/// <code>
/// var schema = new SchemaBuilder()
///     .Query(new ObjectType("Query").Field("hello", BuiltInScalars.String, _ => ValueTask.FromResult&lt;object?&gt;("world")))
///     .AddType(someTypeOnlyReachableThroughAnInterface)
///     .AddDirective(new DirectiveDefinition("cacheControl", [DirectiveLocation.FieldDefinition]))
///     .Build();
/// </code>
/// </summary>
public sealed class SchemaBuilder
{
    private readonly List<NamedType> _types = [];
    private readonly List<DirectiveDefinition> _directives = [];
    private ObjectType? _query;
    private ObjectType? _mutation;
    private ObjectType? _subscription;
    private string? _description;

    /// <summary>Sets the query root type.</summary>
    public SchemaBuilder Query(ObjectType type)
    {
        _query = type;
        return this;
    }

    /// <summary>Sets the mutation root type.</summary>
    public SchemaBuilder Mutation(ObjectType type)
    {
        _mutation = type;
        return this;
    }

    /// <summary>Sets the subscription root type.</summary>
    public SchemaBuilder Subscription(ObjectType type)
    {
        _subscription = type;
        return this;
    }

    /// <summary>Sets the schema description.</summary>
    public SchemaBuilder Description(string description)
    {
        _description = description;
        return this;
    }

    /// <summary>Adds a type (needed for types not reachable from the roots, e.g. interface implementations).</summary>
    public SchemaBuilder AddType(NamedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        _types.Add(type);
        return this;
    }

    /// <summary>Adds a custom directive.</summary>
    public SchemaBuilder AddDirective(DirectiveDefinition directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        _directives.Add(directive);
        return this;
    }

    /// <summary>Builds the schema (does not validate it; call <see cref="SchemaValidator.Validate"/>).</summary>
    public Schema Build() => new(_query, _mutation, _subscription, _types, _directives, _description) { Description = _description };
}
