using System.Runtime.CompilerServices;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Values;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Field resolution of the introspection types (spec 4.2). Sources: <see cref="Schema"/> for
/// <c>__Schema</c>, <see cref="IGraphQLType"/> for <c>__Type</c>, <see cref="FieldDefinition"/>,
/// <see cref="InputValueDefinition"/>, <see cref="EnumValueDefinition"/> and <see cref="DirectiveDefinition"/>.
/// </summary>
internal static class IntrospectionResolver
{
    private static readonly ConditionalWeakTable<InputValueDefinition, string> DefaultValues = new();

    public static object? Resolve(Schema schema, ObjectType parentType, string field, object? source, IReadOnlyDictionary<string, object?> arguments)
    {
        bool includeDeprecated = arguments.TryGetValue("includeDeprecated", out var flag) && flag is true;
        switch (parentType.Name)
        {
            case "__Schema":
                var s = (Schema)source!;
                return field switch
                {
                    "description" => s.Description,
                    "types" => s.Types,
                    "queryType" => s.Query,
                    "mutationType" => s.Mutation,
                    "subscriptionType" => s.Subscription,
                    "directives" => s.Directives,
                    _ => null,
                };
            case "__Type":
                return ResolveType(schema, (IGraphQLType)source!, field, includeDeprecated);
            case "__Field":
                var f = (FieldDefinition)source!;
                return field switch
                {
                    "name" => f.Name,
                    "description" => f.Description,
                    "args" => Filter(f.Arguments.Values, includeDeprecated),
                    "type" => f.Type,
                    "isDeprecated" => f.IsDeprecated,
                    "deprecationReason" => f.DeprecationReason,
                    _ => null,
                };
            case "__InputValue":
                var v = (InputValueDefinition)source!;
                return field switch
                {
                    "name" => v.Name,
                    "description" => v.Description,
                    "type" => v.Type,
                    "defaultValue" => v.DefaultValue is null ? null : PrintDefault(v),
                    "isDeprecated" => v.IsDeprecated,
                    "deprecationReason" => v.DeprecationReason,
                    _ => null,
                };
            case "__EnumValue":
                var e = (EnumValueDefinition)source!;
                return field switch
                {
                    "name" => e.Name,
                    "description" => e.Description,
                    "isDeprecated" => e.IsDeprecated,
                    "deprecationReason" => e.DeprecationReason,
                    _ => null,
                };
            case "__Directive":
                var d = (DirectiveDefinition)source!;
                return field switch
                {
                    "name" => d.Name,
                    "description" => d.Description,
                    "isRepeatable" => d.IsRepeatable,
                    "locations" => d.Locations,
                    "args" => Filter(d.Arguments.Values, includeDeprecated),
                    _ => null,
                };
            default:
                return DefaultResolver.Resolve(source, field);
        }
    }

    private static object? ResolveType(Schema schema, IGraphQLType type, string field, bool includeDeprecated)
    {
        switch (field)
        {
            case "kind":
                return type.Kind switch
                {
                    TypeKind.Scalar => "SCALAR",
                    TypeKind.Object => "OBJECT",
                    TypeKind.Interface => "INTERFACE",
                    TypeKind.Union => "UNION",
                    TypeKind.Enum => "ENUM",
                    TypeKind.InputObject => "INPUT_OBJECT",
                    TypeKind.List => "LIST",
                    _ => "NON_NULL",
                };
            case "name":
                return (type as NamedType)?.Name;
            case "description":
                return (type as NamedType)?.Description;
            case "specifiedByURL":
                return (type as ScalarType)?.SpecifiedByUrl;
            case "fields":
                if (type is not ComplexType complex)
                {
                    return null;
                }

                var fields = new List<FieldDefinition>(complex.Fields.Count);
                foreach (var f in complex.Fields.Values)
                {
                    if (includeDeprecated || !f.IsDeprecated)
                    {
                        fields.Add(f);
                    }
                }

                return fields;
            case "interfaces":
                return (type as ComplexType)?.Interfaces;
            case "possibleTypes":
                return type is InterfaceType or UnionType ? schema.GetPossibleTypes((NamedType)type) : null;
            case "enumValues":
                if (type is not EnumType enumType)
                {
                    return null;
                }

                var values = new List<EnumValueDefinition>(enumType.Values.Count);
                foreach (var value in enumType.Values.Values)
                {
                    if (includeDeprecated || !value.IsDeprecated)
                    {
                        values.Add(value);
                    }
                }

                return values;
            case "inputFields":
                return type is InputObjectType input ? Filter(input.Fields.Values, includeDeprecated) : null;
            case "ofType":
                return type switch
                {
                    ListType l => l.OfType,
                    NonNullType n => n.OfType,
                    _ => null,
                };
            case "isOneOf":
                return type is InputObjectType oneOf ? oneOf.IsOneOf : null;
            default:
                return null;
        }
    }

    private static List<InputValueDefinition> Filter(IEnumerable<InputValueDefinition> values, bool includeDeprecated)
    {
        var list = new List<InputValueDefinition>();
        foreach (var value in values)
        {
            if (includeDeprecated || !value.IsDeprecated)
            {
                list.Add(value);
            }
        }

        return list;
    }

    /// <summary>The default value as GraphQL text, normalised by coercing it and converting it back.</summary>
    private static string PrintDefault(InputValueDefinition value) =>
        DefaultValues.GetValue(value, static v =>
        {
            var literal = v.DefaultValue!;
            var coerced = ValueFromAst.Coerce(literal, v.Type, null);
            if (coerced.IsValid && AstFromValue.Convert(coerced.Value, v.Type) is { } normalized)
            {
                return AstPrinter.Print(normalized);
            }

            return AstPrinter.Print(literal);
        });
}
