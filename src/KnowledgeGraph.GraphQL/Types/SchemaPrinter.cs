using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// Prints a <see cref="Schema"/> as SDL: a <c>schema { }</c> block only when the schema has a description
/// or non-standard root type names, then custom directive definitions, then the named types (built-in
/// scalars, specified directives and introspection types omitted). Descriptions are block strings;
/// <c>@deprecated</c> (reason omitted when it is the default), <c>@specifiedBy</c> and <c>@oneOf</c> are
/// printed; default values are printed as literals. Parsing the output with <see cref="SdlSchemaBuilder"/>
/// gives an equivalent schema.
/// </summary>
public static class SchemaPrinter
{
    /// <summary>Prints the schema.</summary>
    public static string Print(Schema schema) => AstPrinter.Print(ToDocument(schema));

    /// <summary>Builds the SDL document of the schema.</summary>
    public static DocumentNode ToDocument(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var definitions = new List<DefinitionNode>();
        if (NeedsSchemaDefinition(schema))
        {
            var operations = new List<OperationTypeDefinitionNode>();
            if (schema.Query is { } q)
            {
                operations.Add(new OperationTypeDefinitionNode(default, OperationType.Query, new NamedTypeNode(q.Name)));
            }

            if (schema.Mutation is { } m)
            {
                operations.Add(new OperationTypeDefinitionNode(default, OperationType.Mutation, new NamedTypeNode(m.Name)));
            }

            if (schema.Subscription is { } s)
            {
                operations.Add(new OperationTypeDefinitionNode(default, OperationType.Subscription, new NamedTypeNode(s.Name)));
            }

            definitions.Add(new SchemaDefinitionNode(default, Description(schema.Description), [], operations));
        }

        foreach (var directive in schema.Directives)
        {
            if (!directive.IsBuiltIn)
            {
                definitions.Add(new DirectiveDefinitionNode(
                    default,
                    Description(directive.Description),
                    new NameNode(directive.Name),
                    [.. directive.Arguments.Values.Select(InputValue)],
                    directive.IsRepeatable,
                    [.. directive.Locations.Select(l => new NameNode(l.ToName()))]));
            }
        }

        foreach (var type in schema.Types)
        {
            if (type.IsIntrospection || (type is ScalarType && BuiltInScalars.Get(type.Name) is { } builtIn && ReferenceEquals(builtIn, type)))
            {
                continue;
            }

            definitions.Add(TypeDefinition(type));
        }

        return new DocumentNode(default, definitions);
    }

    private static bool NeedsSchemaDefinition(Schema schema) =>
        schema.Description is not null
        || schema.Query is { Name: not "Query" }
        || schema.Mutation is { Name: not "Mutation" }
        || schema.Subscription is { Name: not "Subscription" }
        || (schema.Query is null && (schema.Mutation is not null || schema.Subscription is not null));

    private static TypeDefinitionNode TypeDefinition(NamedType type)
    {
        var description = Description(type.Description);
        var name = new NameNode(type.Name);
        switch (type)
        {
            case ScalarType scalar:
                return new ScalarTypeDefinitionNode(default, description, name, scalar.SpecifiedByUrl is { } url
                    ? [new DirectiveNode(default, new NameNode("specifiedBy"), [new ArgumentNode(default, new NameNode("url"), new StringValueNode(url))])]
                    : []);
            case ObjectType obj:
                return new ObjectTypeDefinitionNode(default, description, name, Interfaces(obj), [], Fields(obj));
            case InterfaceType iface:
                return new InterfaceTypeDefinitionNode(default, description, name, Interfaces(iface), [], Fields(iface));
            case UnionType union:
                return new UnionTypeDefinitionNode(default, description, name, [], [.. union.Types.Select(t => new NamedTypeNode(t.Name))]);
            case EnumType enumType:
                return new EnumTypeDefinitionNode(default, description, name, [], [.. enumType.Values.Values.Select(v =>
                    new EnumValueDefinitionNode(default, Description(v.Description), new NameNode(v.Name), Deprecated(v.DeprecationReason)))]);
            case InputObjectType input:
                return new InputObjectTypeDefinitionNode(
                    default,
                    description,
                    name,
                    input.IsOneOf ? [new DirectiveNode(default, new NameNode("oneOf"), [])] : [],
                    [.. input.Fields.Values.Select(InputValue)]);
            default:
                throw new ArgumentException($"Unknown type {type.GetType().Name}.", nameof(type));
        }
    }

    private static List<NamedTypeNode> Interfaces(ComplexType type) => [.. type.Interfaces.Select(i => new NamedTypeNode(i.Name))];

    private static List<FieldDefinitionNode> Fields(ComplexType type) =>
        [.. type.Fields.Values.Select(f => new FieldDefinitionNode(
            default,
            Description(f.Description),
            new NameNode(f.Name),
            [.. f.Arguments.Values.Select(InputValue)],
            TypeHelpers.ToAst(f.Type),
            Deprecated(f.DeprecationReason)))];

    private static InputValueDefinitionNode InputValue(InputValueDefinition value) =>
        new(default, Description(value.Description), new NameNode(value.Name), TypeHelpers.ToAst(value.Type), NormalizedDefault(value), Deprecated(value.DeprecationReason));

    /// <summary>The default value after coercion (input object field defaults filled in), as introspection reports it.</summary>
    private static ValueNode? NormalizedDefault(InputValueDefinition value)
    {
        if (value.DefaultValue is not { } literal)
        {
            return null;
        }

        var coerced = Values.ValueFromAst.Coerce(literal, value.Type, null);
        return coerced.IsValid && Values.AstFromValue.Convert(coerced.Value, value.Type) is { } normalized ? normalized : literal;
    }

    private static List<DirectiveNode> Deprecated(string? reason)
    {
        if (reason is null)
        {
            return [];
        }

        return reason == BuiltInDirectives.DefaultDeprecationReason
            ? [new DirectiveNode(default, new NameNode("deprecated"), [])]
            : [new DirectiveNode(default, new NameNode("deprecated"), [new ArgumentNode(default, new NameNode("reason"), new StringValueNode(reason))])];
    }

    private static StringValueNode? Description(string? description) => description is null ? null : new StringValueNode(description, block: true);
}
