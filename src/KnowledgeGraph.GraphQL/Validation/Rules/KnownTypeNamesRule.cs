using System.Runtime.CompilerServices;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.1.2 "Fragment Spread Type Existence" (and the type references of variable definitions,
/// spec 5.8.2): every named type referenced by the document must exist in the schema (or be defined
/// by the document itself). In type system definitions the built-in scalars and introspection types
/// are always known.
/// <para>A <see cref="Schema"/> always carries the five built-in scalars, but a built-in scalar that no
/// field, argument, input field or directive of the schema uses is treated as unknown here, as if the
/// schema only held the types it references (String and Boolean are always referenced, by the
/// introspection types).</para>
/// </summary>
public sealed class KnownTypeNamesRule : IValidationRule
{
    private static readonly ConditionalWeakTable<Schema, HashSet<string>> ReferencedScalarsBySchema = new();

    private static readonly HashSet<string> StandardTypeNames = new(
        ["String", "Int", "Float", "Boolean", "ID", .. Introspection.Types.Select(t => t.Name)],
        StringComparer.Ordinal);

    /// <inheritdoc />
    public string SpecSection => "5.5.1.2";

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    /// <summary>True when the schema has <paramref name="name"/> and, for a built-in scalar, also uses it.</summary>
    private static bool SchemaHasType(Schema schema, string name)
    {
        if (schema.GetType(name) is not { } type)
        {
            return false;
        }

        return BuiltInScalars.Get(name) is not { } builtIn || !ReferenceEquals(type, builtIn)
            || ReferencedScalarsBySchema.GetValue(schema, CollectReferencedScalars).Contains(name);
    }

    private static HashSet<string> CollectReferencedScalars(Schema schema)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);

        void Use(IGraphQLType type)
        {
            if (type.GetNamedType() is ScalarType scalar)
            {
                used.Add(scalar.Name);
            }
        }

        foreach (var type in schema.Types)
        {
            switch (type)
            {
                case ComplexType complex:
                    foreach (var field in complex.Fields.Values)
                    {
                        Use(field.Type);
                        foreach (var argument in field.Arguments.Values)
                        {
                            Use(argument.Type);
                        }
                    }

                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields.Values)
                    {
                        Use(field.Type);
                    }

                    break;
            }
        }

        foreach (var directive in schema.Directives)
        {
            foreach (var argument in directive.Arguments.Values)
            {
                Use(argument.Type);
            }
        }

        return used;
    }

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private HashSet<string>? _definedTypes;

        public override VisitorAction EnterDocument(DocumentNode node)
        {
            _definedTypes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var definition in node.Definitions)
            {
                if (definition is TypeDefinitionNode type)
                {
                    _definedTypes.Add(type.Name.Value);
                }
            }

            return VisitorAction.Continue;
        }

        public override VisitorAction EnterNamedType(NamedTypeNode node)
        {
            var name = node.Name.Value;
            if (SchemaHasType(context.Schema, name) || _definedTypes?.Contains(name) == true)
            {
                return VisitorAction.Continue;
            }

            if (StandardTypeNames.Contains(name) && IsInTypeSystemDefinition())
            {
                return VisitorAction.Continue;
            }

            var candidates = context.Schema.TypeMap.Keys.Where(n => SchemaHasType(context.Schema, n)).Concat(_definedTypes ?? []);
            var hint = FieldsOnCorrectTypeRule.DidYouMean(FieldsOnCorrectTypeRule.SuggestNames(name, candidates));
            context.ReportError($"Unknown type \"{name}\".{hint}", node);
            return VisitorAction.Continue;
        }

        // Selections contain no type references besides fragment type conditions, which are visited.
        public override VisitorAction EnterField(FieldNode node) => node.SelectionSet is null ? VisitorAction.Skip : VisitorAction.Continue;

        public override VisitorAction EnterArgument(ArgumentNode node) => VisitorAction.Skip;

        private bool IsInTypeSystemDefinition()
        {
            foreach (var ancestor in Ancestors)
            {
                if (ancestor is TypeSystemDefinitionNode or TypeSystemExtensionNode)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
