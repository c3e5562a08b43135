using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// Checks a schema against the type system rules of the specification and returns every error:
/// root types (3.3.1), reserved <c>__</c> names (3.1.x), objects and interfaces (3.6.1, 3.7.1:
/// fields, arguments, interface implementation with covariant field types and exact argument types,
/// transitive interfaces, no self-implementation), unions (3.8.1), enums (3.9.1), input objects
/// (3.10.1: no unbroken non-null cycles, @oneOf fields nullable without defaults) and directives (3.13.1).
/// </summary>
public sealed class SchemaValidator
{
    private readonly Schema _schema;
    private readonly List<GraphQLError> _errors = [];

    private SchemaValidator(Schema schema) => _schema = schema;

    /// <summary>Validates <paramref name="schema"/>; an empty list means valid.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var validator = new SchemaValidator(schema);
        validator.ValidateRoots();
        validator.ValidateDirectives();
        validator.ValidateTypes();
        return validator._errors;
    }

    /// <summary>Throws <see cref="GraphQLSchemaException"/> when the schema is invalid.</summary>
    public static void AssertValid(Schema schema)
    {
        var errors = Validate(schema);
        if (errors.Count > 0)
        {
            throw new GraphQLSchemaException(errors);
        }
    }

    private void Error(string message, params Node?[] nodes)
    {
        var list = new List<Node>();
        foreach (var node in nodes)
        {
            if (node is not null)
            {
                list.Add(node);
            }
        }

        _errors.Add(new GraphQLError(message, list));
    }

    private void ValidateRoots()
    {
        if (_schema.Query is null)
        {
            Error("Query root type must be provided.", _schema.AstNode);
        }

        var roots = new[] { _schema.Query, _schema.Mutation, _schema.Subscription };
        string[] names = ["query", "mutation", "subscription"];
        for (int i = 0; i < roots.Length; i++)
        {
            for (int j = i + 1; j < roots.Length; j++)
            {
                if (roots[i] is not null && ReferenceEquals(roots[i], roots[j]))
                {
                    Error($"All root types must be different, \"{roots[i]!.Name}\" type is used as {names[i]} and {names[j]} root types.", _schema.AstNode);
                }
            }
        }
    }

    private void ValidateName(string name, Node? node, bool allowReserved = false)
    {
        if (!allowReserved && name.StartsWith("__", StringComparison.Ordinal))
        {
            Error($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
        }
        else if (!TypeHelpers.IsValidName(name))
        {
            Error($"Name \"{name}\" is not a valid GraphQL name (expected /^[_a-zA-Z][_a-zA-Z0-9]*$/).", node);
        }
    }

    private void ValidateDirectives()
    {
        foreach (var directive in _schema.Directives)
        {
            ValidateName(directive.Name, directive.AstNode?.Name);
            if (directive.Locations.Count == 0)
            {
                Error($"Directive @{directive.Name} must include 1 or more locations.", directive.AstNode);
            }

            foreach (var argument in directive.Arguments.Values)
            {
                ValidateName(argument.Name, argument.AstNode?.Name);
                if (!argument.Type.IsInputType())
                {
                    Error($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.AstNode?.Type);
                }

                if (argument.IsRequired() && argument.IsDeprecated)
                {
                    Error($"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.", argument.AstNode);
                }

                ValidateDefault(argument, $"@{directive.Name}({argument.Name}:)");
                if (argument.Type.GetNamedType() is InputObjectType input && ReferencesDirective(input, directive.Name, []))
                {
                    Error($"Directive @{directive.Name} cannot reference itself through the input type of argument \"{argument.Name}\".", argument.AstNode);
                }
            }
        }
    }

    private static bool ReferencesDirective(InputObjectType input, string directiveName, HashSet<InputObjectType> seen)
    {
        if (!seen.Add(input))
        {
            return false;
        }

        foreach (var node in AllNodes(input))
        {
            foreach (var directive in ((IHasDirectivesNode)node).Directives)
            {
                if (directive.Name.Value == directiveName)
                {
                    return true;
                }
            }
        }

        foreach (var field in input.Fields.Values)
        {
            if (field.AstNode is not null)
            {
                foreach (var directive in field.AstNode.Directives)
                {
                    if (directive.Name.Value == directiveName)
                    {
                        return true;
                    }
                }
            }

            if (field.Type.GetNamedType() is InputObjectType nested && ReferencesDirective(nested, directiveName, seen))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<Node> AllNodes(NamedType type)
    {
        if (type.AstNode is not null)
        {
            yield return type.AstNode;
        }

        foreach (var extension in type.ExtensionAstNodes)
        {
            yield return extension;
        }
    }

    private void ValidateTypes()
    {
        var checkedInputs = new HashSet<InputObjectType>();
        foreach (var type in _schema.Types)
        {
            if (type.IsIntrospection && Introspection.Types.Contains(type))
            {
                continue;
            }

            ValidateName(type.Name, type.AstNode?.Name);
            switch (type)
            {
                case ObjectType o:
                    ValidateFields(o);
                    ValidateInterfaces(o);
                    break;
                case InterfaceType i:
                    ValidateFields(i);
                    ValidateInterfaces(i);
                    break;
                case UnionType u:
                    ValidateUnion(u);
                    break;
                case EnumType e:
                    ValidateEnum(e);
                    break;
                case InputObjectType input:
                    ValidateInputObject(input);
                    ValidateInputCycles(input, checkedInputs);
                    break;
            }
        }
    }

    private void ValidateFields(ComplexType type)
    {
        if (type.Fields.Count == 0)
        {
            Error($"Type {type.Name} must define one or more fields.", type.AstNode);
        }

        foreach (var field in type.Fields.Values)
        {
            ValidateName(field.Name, field.AstNode?.Name);
            if (!field.Type.IsOutputType())
            {
                Error($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.AstNode?.Type);
            }

            foreach (var argument in field.Arguments.Values)
            {
                ValidateName(argument.Name, argument.AstNode?.Name);
                if (!argument.Type.IsInputType())
                {
                    Error($"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.AstNode?.Type);
                }

                if (argument.IsRequired() && argument.IsDeprecated)
                {
                    Error($"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.", argument.AstNode);
                }

                ValidateDefault(argument, $"{type.Name}.{field.Name}({argument.Name}:)");
            }
        }
    }

    private void ValidateInterfaces(ComplexType type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(iface, type))
            {
                Error($"Type {type.Name} cannot implement itself because it would create a circular reference.", type.AstNode);
                continue;
            }

            if (!seen.Add(iface.Name))
            {
                Error($"Type {type.Name} can only implement {iface.Name} once.", type.AstNode);
                continue;
            }

            // Transitive interfaces must be declared too (spec 3.6.1 / 3.7.1).
            foreach (var transitive in iface.Interfaces)
            {
                if (!type.Implements(transitive))
                {
                    Error(ReferenceEquals(transitive, type)
                        ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.", type.AstNode);
                }
            }

            ValidateImplementation(type, iface);
        }
    }

    private void ValidateImplementation(ComplexType type, InterfaceType iface)
    {
        foreach (var ifaceField in iface.Fields.Values)
        {
            var field = type.GetField(ifaceField.Name);
            if (field is null)
            {
                Error($"Interface field {iface.Name}.{ifaceField.Name} expected but {type.Name} does not provide it.", ifaceField.AstNode, type.AstNode);
                continue;
            }

            if (!_schema.IsTypeSubTypeOf(field.Type, ifaceField.Type))
            {
                Error($"Interface field {iface.Name}.{ifaceField.Name} expects type {ifaceField.Type} but {type.Name}.{field.Name} is type {field.Type}.", ifaceField.AstNode?.Type, field.AstNode?.Type);
            }

            foreach (var ifaceArgument in ifaceField.Arguments.Values)
            {
                if (!field.Arguments.TryGetValue(ifaceArgument.Name, out var argument))
                {
                    Error($"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArgument.Name}:) expected but {type.Name}.{field.Name} does not provide it.", ifaceArgument.AstNode, field.AstNode);
                    continue;
                }

                if (!TypeHelpers.AreEqual(argument.Type, ifaceArgument.Type))
                {
                    Error($"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArgument.Name}:) expects type {ifaceArgument.Type} but {type.Name}.{field.Name}({argument.Name}:) is type {argument.Type}.", ifaceArgument.AstNode?.Type, argument.AstNode?.Type);
                }
            }

            foreach (var argument in field.Arguments.Values)
            {
                if (!ifaceField.Arguments.ContainsKey(argument.Name) && argument.IsRequired())
                {
                    Error($"Argument \"{type.Name}.{field.Name}({argument.Name}:)\" must not be required type \"{argument.Type}\" if not provided by the Interface field \"{iface.Name}.{ifaceField.Name}\".", argument.AstNode, ifaceField.AstNode);
                }
            }
        }
    }

    /// <summary>A default value must be a valid literal of the value's type (current draft, "Input Values Default Values").</summary>
    private void ValidateDefault(InputValueDefinition value, string coordinate)
    {
        if (value.DefaultValue is null || !value.Type.IsInputType())
        {
            return;
        }

        foreach (var error in Values.ValueFromAst.Validate(value.DefaultValue, value.Type))
        {
            Error($"{coordinate} has invalid default value: {error.Message}", (Node?)value.AstNode?.DefaultValue ?? value.AstNode);
        }
    }

    private void ValidateUnion(UnionType union)
    {
        if (union.Types.Count == 0)
        {
            Error($"Union type {union.Name} must define one or more member types.", union.AstNode);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types)
        {
            if (!seen.Add(member.Name))
            {
                Error($"Union type {union.Name} can only include type {member.Name} once.", union.AstNode);
            }
        }
    }

    private void ValidateEnum(EnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            Error($"Enum type {enumType.Name} must define one or more values.", enumType.AstNode);
        }

        foreach (var value in enumType.Values.Values)
        {
            ValidateName(value.Name, value.AstNode?.Name);
            if (value.Name is "true" or "false" or "null")
            {
                Error($"Enum type {enumType.Name} cannot include value: {value.Name}.", value.AstNode);
            }
        }
    }

    private void ValidateInputObject(InputObjectType input)
    {
        if (input.Fields.Count == 0)
        {
            Error($"Input Object type {input.Name} must define one or more fields.", input.AstNode);
        }

        foreach (var field in input.Fields.Values)
        {
            ValidateName(field.Name, field.AstNode?.Name);
            if (!field.Type.IsInputType())
            {
                Error($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.", field.AstNode?.Type);
            }

            if (field.IsRequired() && field.IsDeprecated)
            {
                Error($"Required input field {input.Name}.{field.Name} cannot be deprecated.", field.AstNode);
            }

            ValidateDefault(field, $"{input.Name}.{field.Name}");

            if (input.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    Error($"OneOf input field {input.Name}.{field.Name} must be nullable.", field.AstNode?.Type);
                }

                if (field.DefaultValue is not null)
                {
                    Error($"OneOf input field {input.Name}.{field.Name} cannot have a default value.", field.AstNode);
                }
            }
        }
    }

    /// <summary>Reports input objects that reference themselves through an unbroken chain of non-null singular fields (spec 3.10.1).</summary>
    private void ValidateInputCycles(InputObjectType root, HashSet<InputObjectType> done)
    {
        if (done.Contains(root))
        {
            return;
        }

        var path = new List<InputValueDefinition>();
        var onPath = new Dictionary<InputObjectType, int>();
        Visit(root);

        void Visit(InputObjectType type)
        {
            if (!done.Add(type))
            {
                return;
            }

            onPath[type] = path.Count;
            foreach (var field in type.Fields.Values)
            {
                if (field.Type is NonNullType { OfType: InputObjectType target })
                {
                    path.Add(field);
                    if (onPath.TryGetValue(target, out var start))
                    {
                        var names = new List<string>();
                        var nodes = new List<Node?>();
                        for (int i = start; i < path.Count; i++)
                        {
                            names.Add(path[i].Name);
                            nodes.Add(path[i].AstNode);
                        }

                        Error($"Cannot reference Input Object \"{target.Name}\" within itself through a series of non-null fields: \"{string.Join(".", names)}\".", [.. nodes]);
                    }
                    else
                    {
                        Visit(target);
                    }

                    path.RemoveAt(path.Count - 1);
                }
            }

            onPath.Remove(type);
        }
    }
}
