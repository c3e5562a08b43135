using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// The introspection types and meta-fields (spec 4.2). Every <see cref="Schema"/> contains these
/// types; <see cref="TypeInfo"/> resolves the meta-fields <c>__schema</c>, <c>__type</c> (on the
/// query root) and <c>__typename</c> (on any composite type). Resolvers are left to execution.
/// </summary>
public static class Introspection
{
    static Introspection()
    {
        var str = BuiltInScalars.String;
        var nnString = new NonNullType(str);
        var nnBool = new NonNullType(BuiltInScalars.Boolean);
        TypeKindEnum = new EnumType("__TypeKind", "The kinds of types of the type system.");
        foreach (var kind in new[] { "SCALAR", "OBJECT", "INTERFACE", "UNION", "ENUM", "INPUT_OBJECT", "LIST", "NON_NULL" })
        {
            TypeKindEnum.AddValue(kind);
        }

        DirectiveLocationEnum = new EnumType("__DirectiveLocation", "The locations where a directive may be placed.");
        foreach (var location in Enum.GetValues<DirectiveLocation>())
        {
            DirectiveLocationEnum.AddValue(location.ToName(), location);
        }

        TypeType = new ObjectType("__Type", "Describes a type of the schema: its kind, name, fields, values and wrapped type.");
        var nnType = new NonNullType(TypeType);
        InputValueType = new ObjectType("__InputValue", "An argument or an input object field.")
            .Field("name", nnString)
            .Field("description", str)
            .Field("type", nnType)
            .Field("defaultValue", str, description: "The default value as GraphQL literal text, or null.")
            .Field("isDeprecated", nnBool)
            .Field("deprecationReason", str);
        var inputValues = new NonNullType(new ListType(new NonNullType(InputValueType)));
        FieldType = new ObjectType("__Field", "A field of an object or interface type.")
            .Field("name", nnString)
            .Field("description", str)
            .Field("args", inputValues, configure: IncludeDeprecated)
            .Field("type", nnType)
            .Field("isDeprecated", nnBool)
            .Field("deprecationReason", str);
        EnumValueType = new ObjectType("__EnumValue", "One possible value of an enum.")
            .Field("name", nnString)
            .Field("description", str)
            .Field("isDeprecated", nnBool)
            .Field("deprecationReason", str);
        TypeType
            .Field("kind", new NonNullType(TypeKindEnum))
            .Field("name", str)
            .Field("description", str)
            .Field("specifiedByURL", str)
            .Field("fields", new ListType(new NonNullType(FieldType)), configure: IncludeDeprecated)
            .Field("interfaces", new ListType(nnType))
            .Field("possibleTypes", new ListType(nnType))
            .Field("enumValues", new ListType(new NonNullType(EnumValueType)), configure: IncludeDeprecated)
            .Field("inputFields", new ListType(new NonNullType(InputValueType)), configure: IncludeDeprecated)
            .Field("ofType", TypeType)
            .Field("isOneOf", BuiltInScalars.Boolean);
        DirectiveType = new ObjectType("__Directive", "A directive definition.")
            .Field("name", nnString)
            .Field("description", str)
            .Field("isRepeatable", nnBool)
            .Field("locations", new NonNullType(new ListType(new NonNullType(DirectiveLocationEnum))))
            .Field("args", inputValues, configure: IncludeDeprecated);
        SchemaType = new ObjectType("__Schema", "Describes the capabilities of the service: its types, root operation types and directives.")
            .Field("description", str)
            .Field("types", new NonNullType(new ListType(nnType)))
            .Field("queryType", nnType)
            .Field("mutationType", TypeType)
            .Field("subscriptionType", TypeType)
            .Field("directives", new NonNullType(new ListType(new NonNullType(DirectiveType))));

        SchemaMetaField = new FieldDefinition("__schema", new NonNullType(SchemaType), "Access the current type schema of this server.");
        TypeMetaField = new FieldDefinition("__type", TypeType, "Request the type information of a single type.")
            .AddArgument("name", nnString);
        TypeNameMetaField = new FieldDefinition("__typename", nnString, "The name of the current Object type at runtime.");
        Types = [SchemaType, TypeType, TypeKindEnum, FieldType, InputValueType, EnumValueType, DirectiveType, DirectiveLocationEnum];
    }

    /// <summary><c>__Schema</c></summary>
    public static ObjectType SchemaType { get; }

    /// <summary><c>__Type</c></summary>
    public static ObjectType TypeType { get; }

    /// <summary><c>__Field</c></summary>
    public static ObjectType FieldType { get; }

    /// <summary><c>__InputValue</c></summary>
    public static ObjectType InputValueType { get; }

    /// <summary><c>__EnumValue</c></summary>
    public static ObjectType EnumValueType { get; }

    /// <summary><c>__Directive</c></summary>
    public static ObjectType DirectiveType { get; }

    /// <summary><c>__TypeKind</c></summary>
    public static EnumType TypeKindEnum { get; }

    /// <summary><c>__DirectiveLocation</c></summary>
    public static EnumType DirectiveLocationEnum { get; }

    /// <summary>All introspection types.</summary>
    public static IReadOnlyList<NamedType> Types { get; }

    /// <summary><c>__schema: __Schema!</c> (query root only).</summary>
    public static FieldDefinition SchemaMetaField { get; }

    /// <summary><c>__type(name: String!): __Type</c> (query root only).</summary>
    public static FieldDefinition TypeMetaField { get; }

    /// <summary><c>__typename: String!</c> (any composite type).</summary>
    public static FieldDefinition TypeNameMetaField { get; }

    private static void IncludeDeprecated(FieldDefinition field) =>
        field.AddArgument(new InputValueDefinition("includeDeprecated", BuiltInScalars.Boolean) { DefaultValue = new BooleanValueNode(false) });
}
