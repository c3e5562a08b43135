using System.Runtime.CompilerServices;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.2.3.1 "Single Root Field": the top level selection set of a subscription operation,
/// once its fragments are collected (CollectSubscriptionFields), must have exactly one response key,
/// which must not be an introspection field. The selections collected there must not carry
/// <c>@skip</c> or <c>@include</c>, since the root field has to be known without variable values.
/// Extra root fields are reported together (all their nodes), and each introspection root field
/// separately. Operations are ignored when the schema has no subscription type.
/// </summary>
public sealed class SingleFieldSubscriptionsRule : IValidationRule
{
    /// <inheritdoc />
    public string SpecSection => "5.2.3.1";

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            if (node.Operation == OperationType.Subscription && context.Schema.Subscription is { } subscriptionType)
            {
                Check(node, subscriptionType);
            }

            return VisitorAction.Skip;
        }

        public override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node) => VisitorAction.Skip;

        private void Check(OperationDefinitionNode operation, ObjectType subscriptionType)
        {
            var subject = operation.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous Subscription";
            var groups = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
            var order = new List<string>();
            var conditionals = new List<DirectiveNode>();
            Collect(subscriptionType, operation.SelectionSet, groups, order, conditionals, new HashSet<string>(StringComparer.Ordinal));

            if (conditionals.Count > 0)
            {
                context.ReportError($"{subject} must not use \"@skip\" or \"@include\" directives in the top level selection.", [.. conditionals]);
            }

            if (order.Count > 1)
            {
                var extra = order.Skip(1).SelectMany(key => groups[key]).ToArray();
                context.ReportError($"{subject} must select only one top level field.", extra);
            }

            foreach (var key in order)
            {
                var fields = groups[key];
                // The spec names the group after its first field (CollectSubscriptionFields), as graphql-js does.
                if (fields[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
                {
                    context.ReportError($"{subject} must not select an introspection top level field.", [.. fields]);
                }
            }
        }

        /// <summary>Groups the root fields by response key, following fragments that apply to the root type (each once).</summary>
        private void Collect(
            ObjectType rootType,
            SelectionSetNode selectionSet,
            Dictionary<string, List<FieldNode>> groups,
            List<string> order,
            List<DirectiveNode> conditionals,
            HashSet<string> visitedFragments)
        {
            // Only reachable with absurdly long fragment chains; stop collecting rather than overflow.
            if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            {
                return;
            }

            foreach (var selection in selectionSet.Selections)
            {
                foreach (var directive in selection.Directives)
                {
                    if (directive.Name.Value is "skip" or "include")
                    {
                        conditionals.Add(directive);
                    }
                }

                switch (selection)
                {
                    case FieldNode field:
                        if (!groups.TryGetValue(field.ResponseKey, out var group))
                        {
                            group = [];
                            groups.Add(field.ResponseKey, group);
                            order.Add(field.ResponseKey);
                        }

                        group.Add(field);
                        break;
                    case InlineFragmentNode inline:
                        if (inline.TypeCondition is null || Applies(rootType, inline.TypeCondition))
                        {
                            Collect(rootType, inline.SelectionSet, groups, order, conditionals, visitedFragments);
                        }

                        break;
                    case FragmentSpreadNode spread:
                        if (visitedFragments.Add(spread.Name.Value)
                            && context.GetFragment(spread.Name.Value) is { } fragment
                            && Applies(rootType, fragment.TypeCondition))
                        {
                            Collect(rootType, fragment.SelectionSet, groups, order, conditionals, visitedFragments);
                        }

                        break;
                }
            }
        }

        private bool Applies(ObjectType rootType, NamedTypeNode condition) =>
            context.Schema.GetType(condition.Name.Value) switch
            {
                null => false,
                var type when ReferenceEquals(type, rootType) => true,
                var type when type.IsAbstractType() => context.Schema.IsSubType(type, rootType),
                _ => false,
            };
    }
}
