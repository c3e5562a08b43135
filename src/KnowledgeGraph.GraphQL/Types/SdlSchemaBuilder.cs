using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL (spec 3, type system definitions and extensions).
/// Root types come from the <c>schema</c> definition/extensions, or default to the object types named
/// <c>Query</c>, <c>Mutation</c> and <c>Subscription</c>. <c>@deprecated</c>, <c>@specifiedBy</c> and
/// <c>@oneOf</c> are applied to the built types. Structural problems that prevent building
/// (unknown types, duplicate names, bad extensions, wrong kinds in <c>implements</c> or unions)
/// raise a <see cref="GraphQLSchemaException"/> listing every error; the remaining type system rules
/// are checked by <see cref="SchemaValidator.Validate"/>.
/// </summary>
public sealed class SdlSchemaBuilder
{
    private readonly List<GraphQLError> _errors = [];
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeDefinitionNode> _typeNodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TypeExtensionNode>> _extensions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveDefinition> _directives = new(StringComparer.Ordinal);

    private readonly Dictionary<string, ScalarType> _scalarImplementations = new(StringComparer.Ordinal);

    private SdlSchemaBuilder()
    {
    }

    /// <summary>Parses (without token limit) and builds.</summary>
    public static Schema Build(string sdl) => Build(Parser.Parse(new Source(sdl, "SDL"), ParserOptions.Trusted));

    /// <summary>Builds from a parsed SDL document.</summary>
    public static Schema Build(DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new SdlSchemaBuilder().BuildCore(document);
    }

    /// <summary>
    /// Parses and builds, using <paramref name="scalars"/> as the implementations (coercion delegates) of
    /// the custom scalars the SDL declares, matched by name. Scalars the SDL does not declare are ignored;
    /// declared scalars without an implementation get a pass-through <see cref="ScalarType"/>. The SDL's
    /// description and AST node are set on the given instances, so pass fresh ones per schema.
    /// </summary>
    public static Schema Build(string sdl, IEnumerable<ScalarType> scalars)
    {
        ArgumentNullException.ThrowIfNull(scalars);
        var builder = new SdlSchemaBuilder();
        foreach (var scalar in scalars)
        {
            builder._scalarImplementations[scalar.Name] = scalar;
        }

        return builder.BuildCore(Parser.Parse(new Source(sdl, "SDL"), ParserOptions.Trusted));
    }

    private void Error(string message, params Node[] nodes) => _errors.Add(new GraphQLError(message, nodes));

    private Schema BuildCore(DocumentNode document)
    {
        SchemaDefinitionNode? schemaNode = null;
        var schemaExtensions = new List<SchemaExtensionNode>();
        var directiveNodes = new List<DirectiveDefinitionNode>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode s:
                    if (schemaNode is not null)
                    {
                        Error("Must provide only one schema definition.", s);
                    }

                    schemaNode ??= s;
                    break;
                case SchemaExtensionNode se:
                    schemaExtensions.Add(se);
                    break;
                case TypeDefinitionNode t:
                    if (!_typeNodes.TryAdd(t.Name.Value, t))
                    {
                        Error($"There can be only one type named \"{t.Name.Value}\".", _typeNodes[t.Name.Value].Name, t.Name);
                    }

                    break;
                case TypeExtensionNode te:
                    if (!_extensions.TryGetValue(te.Name.Value, out var list))
                    {
                        list = [];
                        _extensions[te.Name.Value] = list;
                    }

                    list.Add(te);
                    break;
                case DirectiveDefinitionNode d:
                    directiveNodes.Add(d);
                    break;
                default:
                    Error("Executable definitions are not allowed in a schema document.", definition);
                    break;
            }
        }

        // Phase 1: create empty named types so that references can be resolved in any order.
        foreach (var node in _typeNodes.Values)
        {
            if (BuiltInScalars.Get(node.Name.Value) is { } builtIn)
            {
                _types[node.Name.Value] = builtIn;
                continue;
            }

            NamedType type = node switch
            {
                ScalarTypeDefinitionNode => _scalarImplementations.GetValueOrDefault(node.Name.Value) ?? new ScalarType(node.Name.Value),
                ObjectTypeDefinitionNode => new ObjectType(node.Name.Value),
                InterfaceTypeDefinitionNode => new InterfaceType(node.Name.Value),
                UnionTypeDefinitionNode => new UnionType(node.Name.Value),
                EnumTypeDefinitionNode => new EnumType(node.Name.Value),
                _ => new InputObjectType(node.Name.Value),
            };
            type.Description = node.Description?.Value ?? type.Description;
            type.AstNode = node;
            _types[type.Name] = type;
        }

        foreach (var (name, extensions) in _extensions)
        {
            foreach (var extension in extensions)
            {
                if (!_types.TryGetValue(name, out var target) && BuiltInScalars.Get(name) is null)
                {
                    Error($"Cannot extend type \"{name}\" because it is not defined.", extension.Name);
                    continue;
                }

                target ??= BuiltInScalars.Get(name)!;
                bool matches = (extension, target) switch
                {
                    (ScalarTypeExtensionNode, ScalarType) => true,
                    (ObjectTypeExtensionNode, ObjectType) => true,
                    (InterfaceTypeExtensionNode, InterfaceType) => true,
                    (UnionTypeExtensionNode, UnionType) => true,
                    (EnumTypeExtensionNode, EnumType) => true,
                    (InputObjectTypeExtensionNode, InputObjectType) => true,
                    _ => false,
                };
                if (!matches)
                {
                    Error($"Cannot extend non-{KindWord(extension)} type \"{name}\".", extension.Name);
                }
                else if (!BuiltInScalars.All.Contains(target))
                {
                    target.ExtensionAstNodes.Add(extension);
                }
            }
        }

        // Phase 2: directives (their arguments may reference input types).
        foreach (var node in directiveNodes)
        {
            var locations = new List<DirectiveLocation>();
            foreach (var location in node.Locations)
            {
                if (DirectiveLocationNames.TryParse(location.Value, out var parsed))
                {
                    locations.Add(parsed);
                }
            }

            var directive = new DirectiveDefinition(node.Name.Value, locations, node.Description?.Value, node.Repeatable) { AstNode = node };
            foreach (var argument in node.Arguments)
            {
                AddArgument(argument, a => directive.AddArgument(a), $"@{node.Name.Value}");
            }

            if (!_directives.TryAdd(directive.Name, directive))
            {
                Error($"There can be only one directive named \"@{directive.Name}\".", _directives[directive.Name].AstNode!.Name, node.Name);
            }
        }

        // Phase 3: fill in the types from definitions and extensions.
        foreach (var type in _types.Values)
        {
            if (type.AstNode is null)
            {
                continue;
            }

            Populate(type, type.AstNode);
            foreach (var extension in type.ExtensionAstNodes)
            {
                Populate(type, extension);
            }
        }

        var (query, mutation, subscription) = ResolveRoots(schemaNode, schemaExtensions);
        if (_errors.Count > 0)
        {
            throw new GraphQLSchemaException(_errors);
        }

        return new Schema(query, mutation, subscription, _types.Values, _directives.Values)
        {
            Description = schemaNode?.Description?.Value,
            AstNode = schemaNode,
            ExtensionAstNodes = schemaExtensions,
        };
    }

    private static string KindWord(TypeExtensionNode node) => node switch
    {
        ScalarTypeExtensionNode => "scalar",
        ObjectTypeExtensionNode => "object",
        InterfaceTypeExtensionNode => "interface",
        UnionTypeExtensionNode => "union",
        EnumTypeExtensionNode => "enum",
        _ => "input object",
    };

    private (ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription) ResolveRoots(SchemaDefinitionNode? schemaNode, List<SchemaExtensionNode> extensions)
    {
        var roots = new ObjectType?[3];
        var seen = new bool[3];
        bool explicitRoots = schemaNode is not null || extensions.Exists(e => e.OperationTypes.Count > 0);
        void Apply(IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
        {
            foreach (var op in operationTypes)
            {
                int index = (int)op.Operation;
                if (seen[index])
                {
                    Error($"Type for {AstPrinter.OperationKeyword(op.Operation)} already defined in the schema. It cannot be redefined.", op);
                    continue;
                }

                seen[index] = true;
                var type = GetNamed(op.Type);
                if (type is ObjectType o)
                {
                    roots[index] = o;
                }
                else if (type is not null)
                {
                    Error($"{Capitalize(AstPrinter.OperationKeyword(op.Operation))} root type must be Object type, it cannot be {type.Name}.", op.Type);
                }
            }
        }

        if (schemaNode is not null)
        {
            Apply(schemaNode.OperationTypes);
        }

        foreach (var extension in extensions)
        {
            Apply(extension.OperationTypes);
        }

        if (!explicitRoots)
        {
            roots[0] = _types.GetValueOrDefault("Query") as ObjectType;
            roots[1] = _types.GetValueOrDefault("Mutation") as ObjectType;
            roots[2] = _types.GetValueOrDefault("Subscription") as ObjectType;
        }

        return (roots[0], roots[1], roots[2]);
    }

    private static string Capitalize(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    private NamedType? GetNamed(NamedTypeNode node)
    {
        var name = node.Name.Value;
        if (_types.TryGetValue(name, out var type))
        {
            return type;
        }

        if (BuiltInScalars.Get(name) is { } scalar)
        {
            return scalar;
        }

        foreach (var introspection in Introspection.Types)
        {
            if (introspection.Name == name)
            {
                return introspection;
            }
        }

        Error($"Unknown type \"{name}\".", node);
        return null;
    }

    private IGraphQLType? Resolve(TypeNode node) => node switch
    {
        NamedTypeNode named => GetNamed(named),
        ListTypeNode list => Resolve(list.Type) is { } inner ? new ListType(inner) : null,
        NonNullTypeNode nonNull => Resolve(nonNull.Type) is { } innerNullable ? new NonNullType(innerNullable) : null,
        _ => null,
    };

    private void Populate(NamedType type, Node node)
    {
        ApplyTypeDirectives(type, (IHasDirectivesNode)node);
        switch (type, node)
        {
            case (ComplexType complex, ObjectTypeDefinitionNode o):
                AddComplex(complex, o.Interfaces, o.Fields);
                break;
            case (ComplexType complex, ObjectTypeExtensionNode o):
                AddComplex(complex, o.Interfaces, o.Fields);
                break;
            case (ComplexType complex, InterfaceTypeDefinitionNode i):
                AddComplex(complex, i.Interfaces, i.Fields);
                break;
            case (ComplexType complex, InterfaceTypeExtensionNode i):
                AddComplex(complex, i.Interfaces, i.Fields);
                break;
            case (UnionType union, UnionTypeDefinitionNode u):
                AddMembers(union, u.Types);
                break;
            case (UnionType union, UnionTypeExtensionNode u):
                AddMembers(union, u.Types);
                break;
            case (EnumType enumType, EnumTypeDefinitionNode e):
                AddValues(enumType, e.Values);
                break;
            case (EnumType enumType, EnumTypeExtensionNode e):
                AddValues(enumType, e.Values);
                break;
            case (InputObjectType input, InputObjectTypeDefinitionNode io):
                AddInputFields(input, io.Fields);
                break;
            case (InputObjectType input, InputObjectTypeExtensionNode io):
                AddInputFields(input, io.Fields);
                break;
        }
    }

    private void ApplyTypeDirectives(NamedType type, IHasDirectivesNode node)
    {
        foreach (var directive in node.Directives)
        {
            if (type is ScalarType scalar && directive.Name.Value == "specifiedBy")
            {
                scalar.SpecifiedByUrl = GetStringArgument(directive, "url");
            }
            else if (type is InputObjectType input && directive.Name.Value == "oneOf")
            {
                input.IsOneOf = true;
            }
        }
    }

    private static string? GetStringArgument(DirectiveNode directive, string name)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value == name && argument.Value is StringValueNode s)
            {
                return s.Value;
            }
        }

        return null;
    }

    private static string? GetDeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == "deprecated")
            {
                return GetStringArgument(directive, "reason") ?? BuiltInDirectives.DefaultDeprecationReason;
            }
        }

        return null;
    }

    private void AddComplex(ComplexType type, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<FieldDefinitionNode> fields)
    {
        foreach (var interfaceNode in interfaces)
        {
            var resolved = GetNamed(interfaceNode);
            if (resolved is InterfaceType i)
            {
                type.AddInterface(i);
            }
            else if (resolved is not null)
            {
                Error($"Type {type.Name} must only implement Interface types, it cannot implement {resolved.Name}.", interfaceNode);
            }
        }

        foreach (var fieldNode in fields)
        {
            var fieldType = Resolve(fieldNode.Type);
            if (fieldType is null)
            {
                continue;
            }

            var field = new FieldDefinition(fieldNode.Name.Value, fieldType, fieldNode.Description?.Value)
            {
                AstNode = fieldNode,
                DeprecationReason = GetDeprecationReason(fieldNode.Directives),
            };
            foreach (var argument in fieldNode.Arguments)
            {
                AddArgument(argument, a => field.AddArgument(a), $"{type.Name}.{field.Name}");
            }

            if (type.GetField(field.Name) is not null)
            {
                Error($"Field \"{type.Name}.{field.Name}\" can only be defined once.", fieldNode.Name);
                continue;
            }

            type.AddFieldDefinition(field);
        }
    }

    private void AddArgument(InputValueDefinitionNode node, Action<InputValueDefinition> add, string owner)
    {
        var type = Resolve(node.Type);
        if (type is null)
        {
            return;
        }

        var argument = new InputValueDefinition(node.Name.Value, type, node.Description?.Value)
        {
            DefaultValue = node.DefaultValue,
            DeprecationReason = GetDeprecationReason(node.Directives),
            AstNode = node,
        };
        try
        {
            add(argument);
        }
        catch (ArgumentException)
        {
            Error($"Argument \"{owner}({node.Name.Value}:)\" can only be defined once.", node.Name);
        }
    }

    private void AddMembers(UnionType union, IReadOnlyList<NamedTypeNode> members)
    {
        foreach (var member in members)
        {
            var resolved = GetNamed(member);
            if (resolved is ObjectType o)
            {
                union.AddType(o);
            }
            else if (resolved is not null)
            {
                Error($"Union type {union.Name} can only include Object types, it cannot include {resolved.Name}.", member);
            }
        }
    }

    private void AddValues(EnumType enumType, IReadOnlyList<EnumValueDefinitionNode> values)
    {
        foreach (var valueNode in values)
        {
            if (enumType.Values.ContainsKey(valueNode.Name.Value))
            {
                Error($"Enum value \"{enumType.Name}.{valueNode.Name.Value}\" can only be defined once.", valueNode.Name);
                continue;
            }

            enumType.AddValue(new EnumValueDefinition(valueNode.Name.Value, null, valueNode.Description?.Value)
            {
                AstNode = valueNode,
                DeprecationReason = GetDeprecationReason(valueNode.Directives),
            });
        }
    }

    private void AddInputFields(InputObjectType input, IReadOnlyList<InputValueDefinitionNode> fields)
    {
        foreach (var fieldNode in fields)
        {
            if (input.Fields.ContainsKey(fieldNode.Name.Value))
            {
                Error($"Field \"{input.Name}.{fieldNode.Name.Value}\" can only be defined once.", fieldNode.Name);
                continue;
            }

            AddArgument(fieldNode, input.AddFieldDefinition, input.Name);
        }
    }
}
