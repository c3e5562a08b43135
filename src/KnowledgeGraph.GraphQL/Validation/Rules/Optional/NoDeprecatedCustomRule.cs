using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules.Optional;

/// <summary>
/// Optional rule (not part of spec section 5; opt in by passing it to the validator): reports every
/// use of a schema element marked with <c>@deprecated</c> (spec 3.13.3 "@deprecated"): fields,
/// field and directive arguments, input object fields and enum values.
/// </summary>
public sealed class NoDeprecatedCustomRule : IValidationRule
{
    /// <inheritdoc />
    public string SpecSection => "3.13.3";

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private TypeInfo TypeInfo => context.TypeInfo;

        public override VisitorAction EnterField(FieldNode node)
        {
            if (TypeInfo.FieldDefinition is { DeprecationReason: { } reason } field && TypeInfo.ParentType is { } parent)
            {
                context.ReportError($"The field {parent.Name}.{field.Name} is deprecated. {reason}", node);
            }

            return VisitorAction.Continue;
        }

        public override VisitorAction EnterArgument(ArgumentNode node)
        {
            if (TypeInfo.Argument is not { DeprecationReason: { } reason } argument)
            {
                return VisitorAction.Continue;
            }

            if (Parent is DirectiveNode && TypeInfo.Directive is { } directive)
            {
                context.ReportError($"Directive \"@{directive.Name}\" argument \"{argument.Name}\" is deprecated. {reason}", node);
            }
            else if (TypeInfo.ParentType is { } parent && TypeInfo.FieldDefinition is { } field)
            {
                context.ReportError($"Field \"{parent.Name}.{field.Name}\" argument \"{argument.Name}\" is deprecated. {reason}", node);
            }

            return VisitorAction.Continue;
        }

        public override VisitorAction EnterObjectField(ObjectFieldNode node)
        {
            // TypeInfo has entered the object field: the enclosing input object type is one level up.
            if (TypeInfo.ParentInputType?.GetNamedType() is InputObjectType inputType
                && inputType.Fields.TryGetValue(node.Name.Value, out var field)
                && field.DeprecationReason is { } reason)
            {
                context.ReportError($"The input field {inputType.Name}.{field.Name} is deprecated. {reason}", node);
            }

            return VisitorAction.Continue;
        }

        public override VisitorAction EnterEnumValue(EnumValueNode node)
        {
            if (TypeInfo.EnumValue is { DeprecationReason: { } reason } value && TypeInfo.InputType?.GetNamedType() is EnumType enumType)
            {
                context.ReportError($"The enum value \"{enumType.Name}.{value.Name}\" is deprecated. {reason}", node);
            }

            return VisitorAction.Continue;
        }
    }
}
