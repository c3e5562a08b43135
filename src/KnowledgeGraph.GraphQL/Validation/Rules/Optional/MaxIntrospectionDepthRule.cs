using System.Runtime.CompilerServices;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules.Optional;

/// <summary>
/// Optional rule (not part of spec section 5; opt in by passing it to the validator) protecting
/// introspection (spec 4 "Introspection") from exponentially large queries: below a <c>__schema</c>
/// or <c>__type</c> field, no path may nest the list fields <c>fields</c>, <c>interfaces</c>,
/// <c>possibleTypes</c> and <c>inputFields</c> three or more times (fragments followed). The error is
/// reported at the <c>__schema</c> / <c>__type</c> field. Fragment results are memoised per entry depth,
/// so shared fragments are searched at most three times per run; spread cycles are cut (they are
/// reported by <see cref="Rules.NoFragmentCyclesRule"/>).
/// </summary>
public sealed class MaxIntrospectionDepthRule : IValidationRule
{
    private const int MaxListDepth = 3;

    /// <inheritdoc />
    public string SpecSection => "4";

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        // (fragment, depth on entry) -> too deep; false while the fragment is being searched (cuts cycles).
        private readonly Dictionary<(string Fragment, int Depth), bool> _fragmentResults = [];

        public override VisitorAction EnterField(FieldNode node)
        {
            if (node.Name.Value is "__schema" or "__type" && node.SelectionSet is { } selectionSet && IsTooDeep(selectionSet, 0))
            {
                context.ReportError("Maximum introspection depth exceeded.", node);
                return VisitorAction.Skip;
            }

            return VisitorAction.Continue;
        }

        private bool IsTooDeep(SelectionSetNode selectionSet, int depth)
        {
            // Long fragment chains recurse deeply: treat a document that exhausts the stack as too deep.
            if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            {
                return true;
            }

            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        int fieldDepth = depth;
                        if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields" && ++fieldDepth >= MaxListDepth)
                        {
                            return true;
                        }

                        if (field.SelectionSet is { } sub && IsTooDeep(sub, fieldDepth))
                        {
                            return true;
                        }

                        break;
                    case InlineFragmentNode inline:
                        if (IsTooDeep(inline.SelectionSet, depth))
                        {
                            return true;
                        }

                        break;
                    case FragmentSpreadNode spread:
                        if (IsFragmentTooDeep(spread.Name.Value, depth))
                        {
                            return true;
                        }

                        break;
                }
            }

            return false;
        }

        private bool IsFragmentTooDeep(string name, int depth)
        {
            var key = (name, depth);
            if (_fragmentResults.TryGetValue(key, out var known))
            {
                return known;
            }

            if (context.GetFragment(name) is not { } fragment)
            {
                return false;
            }

            _fragmentResults[key] = false;
            var result = IsTooDeep(fragment.SelectionSet, depth);
            _fragmentResults[key] = result;
            return result;
        }
    }
}
