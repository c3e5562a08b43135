using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.6.1 "Values of Correct Type", with 5.6.2 "Input Object Field Names" and 5.6.4 "Input Object
/// Required Fields": every literal (argument values, variable default values, list items, input
/// object fields) must coerce to the input type expected where it appears. Scalars are checked with
/// their literal parser (so custom scalars decide for themselves), enums by value name, lists item by
/// item (a single value is accepted for a list), input objects for unknown fields and missing required
/// fields, and OneOf input objects (<c>@oneOf</c>) for exactly one non-null field, which may be a
/// variable only when that variable's type is non-null. Variables themselves are checked by
/// <see cref="VariablesInAllowedPositionRule"/>.
/// </summary>
public sealed class ValuesOfCorrectTypeRule : IValidationRule
{
    /// <inheritdoc />
    public string SpecSection => "5.6.1";

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        // Variable definitions of the operation being walked (empty inside fragments, where the
        // operation is unknown).
        private readonly Dictionary<string, VariableDefinitionNode> _variables = new(StringComparer.Ordinal);

        public override VisitorAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            _variables.Clear();
            foreach (var definition in node.VariableDefinitions)
            {
                _variables.TryAdd(definition.Variable.Name.Value, definition);
            }

            return VisitorAction.Continue;
        }

        public override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node)
        {
            _variables.Clear();
            return VisitorAction.Continue;
        }

        public override VisitorAction EnterListValue(ListValueNode node)
        {
            // TypeInfo has already stepped into the items: the list's own expected type is one level up.
            var expected = context.TypeInfo.ParentInputType?.GetNullableType();
            if (expected is not null and not ListType)
            {
                CheckLeaf(node);
                return VisitorAction.Skip;
            }

            return VisitorAction.Continue;
        }

        public override VisitorAction EnterObjectValue(ObjectValueNode node)
        {
            var expected = context.TypeInfo.InputType;
            if (expected is null)
            {
                return VisitorAction.Continue;
            }

            if (expected.GetNamedType() is not InputObjectType inputObject)
            {
                CheckLeaf(node);
                return VisitorAction.Skip;
            }

            foreach (var (name, field) in inputObject.Fields)
            {
                if (field.IsRequired() && Find(node, name) is null)
                {
                    context.ReportError($"Field \"{inputObject.Name}.{name}\" of required type \"{field.Type}\" was not provided.", node);
                }
            }

            if (inputObject.IsOneOf)
            {
                CheckOneOf(node, inputObject);
            }

            return VisitorAction.Continue;
        }

        public override VisitorAction EnterObjectField(ObjectFieldNode node)
        {
            if (context.TypeInfo.InputType is null
                && context.TypeInfo.ParentInputType?.GetNamedType() is InputObjectType parent)
            {
                var hint = FieldsOnCorrectTypeRule.DidYouMean(FieldsOnCorrectTypeRule.SuggestNames(node.Name.Value, parent.Fields.Keys));
                context.ReportError($"Field \"{node.Name.Value}\" is not defined by type \"{parent.Name}\".{hint}", node);
                return VisitorAction.Skip;
            }

            return VisitorAction.Continue;
        }

        public override VisitorAction EnterNullValue(NullValueNode node)
        {
            if (context.TypeInfo.InputType is NonNullType type)
            {
                context.ReportError($"Expected value of type \"{type}\", found null.", node);
            }

            return VisitorAction.Continue;
        }

        public override VisitorAction EnterEnumValue(EnumValueNode node) => CheckLeaf(node);

        public override VisitorAction EnterIntValue(IntValueNode node) => CheckLeaf(node);

        public override VisitorAction EnterFloatValue(FloatValueNode node) => CheckLeaf(node);

        public override VisitorAction EnterStringValue(StringValueNode node) => CheckLeaf(node);

        public override VisitorAction EnterBooleanValue(BooleanValueNode node) => CheckLeaf(node);

        /// <summary>Checks a literal against a scalar or enum (or reports a literal given where an input object is expected).</summary>
        private VisitorAction CheckLeaf(ValueNode node)
        {
            var locationType = context.TypeInfo.InputType;
            if (locationType is null)
            {
                return VisitorAction.Continue;
            }

            switch (locationType.GetNamedType())
            {
                case EnumType enumType:
                    CheckEnum(node, enumType);
                    break;
                case ScalarType scalar:
                    CheckScalar(node, scalar, locationType);
                    break;
                default:
                    context.ReportError($"Expected value of type \"{locationType}\", found {AstPrinter.Print(node)}.", node);
                    break;
            }

            return VisitorAction.Continue;
        }

        private void CheckEnum(ValueNode node, EnumType enumType)
        {
            if (node is not EnumValueNode enumValue)
            {
                var printed = AstPrinter.Print(node);
                context.ReportError($"Enum \"{enumType.Name}\" cannot represent non-enum value: {printed}.{EnumHint(printed, enumType)}", node);
            }
            else if (!enumType.Values.ContainsKey(enumValue.Value))
            {
                context.ReportError($"Value \"{enumValue.Value}\" does not exist in \"{enumType.Name}\" enum.{EnumHint(enumValue.Value, enumType)}", node);
            }
        }

        private static string EnumHint(string given, EnumType enumType) =>
            FieldsOnCorrectTypeRule.DidYouMean(FieldsOnCorrectTypeRule.SuggestNames(given, enumType.Values.Keys), "Did you mean the enum value");

        private void CheckScalar(ValueNode node, ScalarType scalar, IGraphQLType locationType)
        {
            try
            {
                // Variables are unknown during validation: a list or object literal containing them
                // is parsed with those variables as null, as the literal parser contract allows.
                scalar.ParseLiteral(node);
            }
            catch (GraphQLCoercionException ex)
            {
                context.ReportError(ex.Message, node);
            }
#pragma warning disable CA1031 // A custom scalar's parser may throw anything: it is reported as a validation error.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                context.ReportError($"Expected value of type \"{locationType}\", found {AstPrinter.Print(node)}; {ex.Message}", node);
            }
        }

        private void CheckOneOf(ObjectValueNode node, InputObjectType type)
        {
            if (node.Fields.Count != 1)
            {
                context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
                return;
            }

            var field = node.Fields[0];
            switch (field.Value)
            {
                case NullValueNode:
                    context.ReportError($"Field \"{type.Name}.{field.Name.Value}\" must be non-null.", node);
                    break;
                case VariableNode variable
                    when _variables.TryGetValue(variable.Name.Value, out var definition) && definition.Type is not NonNullTypeNode:
                    context.ReportError($"Variable \"{variable.Name.Value}\" must be non-nullable to be used for OneOf Input Object \"{type.Name}\".", node);
                    break;
            }
        }

        private static ObjectFieldNode? Find(ObjectValueNode node, string name)
        {
            foreach (var field in node.Fields)
            {
                if (field.Name.Value == name)
                {
                    return field;
                }
            }

            return null;
        }
    }
}
