using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Static measures of an operation with fragments expanded (memoised per fragment): selection depth,
/// number of field selections, number of aliases, and whether <c>__schema</c>/<c>__type</c> is selected.
/// Directives are ignored (a conservative over-estimate). Counts saturate at <see cref="int.MaxValue"/>.
/// </summary>
internal static class OperationLimits
{
    public readonly record struct Stats(int Depth, long Fields, long Aliases, bool Introspection);

    public static Stats Measure(OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        var memo = new Dictionary<string, Stats>(StringComparer.Ordinal);
        return Measure(operation.SelectionSet, fragments, memo, new HashSet<string>(StringComparer.Ordinal));
    }

    private static Stats Measure(SelectionSetNode set, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, Dictionary<string, Stats> memo, HashSet<string> inProgress)
    {
        int depth = 0;
        long fields = 0;
        long aliases = 0;
        bool introspection = false;
        foreach (var selection in set.Selections)
        {
            Stats child;
            switch (selection)
            {
                case FieldNode field:
                    var sub = field.SelectionSet is null ? default : Measure(field.SelectionSet, fragments, memo, inProgress);
                    child = new Stats(sub.Depth + 1, sub.Fields + 1, sub.Aliases + (field.Alias is null ? 0 : 1), sub.Introspection || field.Name.Value is "__schema" or "__type");
                    break;
                case InlineFragmentNode inline:
                    child = Measure(inline.SelectionSet, fragments, memo, inProgress);
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (!memo.TryGetValue(name, out child))
                    {
                        if (!fragments.TryGetValue(name, out var fragment) || !inProgress.Add(name))
                        {
                            continue;
                        }

                        child = Measure(fragment.SelectionSet, fragments, memo, inProgress);
                        inProgress.Remove(name);
                        memo[name] = child;
                    }

                    break;
                default:
                    continue;
            }

            depth = Math.Max(depth, child.Depth);
            fields = Math.Min(int.MaxValue, fields + child.Fields);
            aliases = Math.Min(int.MaxValue, aliases + child.Aliases);
            introspection |= child.Introspection;
        }

        return new Stats(depth, fields, aliases, introspection);
    }
}
