using System.Runtime.CompilerServices;
using System.Text;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.2 "Field Selection Merging": whenever two fields of one selection (after spreading fragments and
/// flattening inline fragments) share a response name, they must be mergeable — FieldsInSetCanMerge: when
/// their parent types may be the same object (same type, or not both object types) they must name the same
/// field with structurally equal arguments; in every case SameResponseShape must hold (leaf types equal,
/// list/non-null wrappers equal) and their sub-selections must merge in turn.
/// <para>
/// Performance: fields are grouped by response name once per (parent type, selection set); comparisons
/// between a field group and a fragment are remembered per field group, and between two fragments per
/// pair (keeping whether they were compared under mutually exclusive parents, since a non-exclusive
/// comparison also covers the exclusive one). Each comparison is therefore made at most once (twice
/// with the exclusivity upgrade), so documents that spread the same fragments many times do not blow up.
/// A work budget bounds the remaining polynomial worst cases (many identical sub-selected fields):
/// once spent, one error is reported and the rule stops.
/// </para>
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule : IValidationRule
{
    /// <summary>Units of comparison work allowed per document before the rule gives up with an error.</summary>
    public const int WorkBudget = 1_000_000;

    private const int MaxReasonLength = 1000;
    private const int MaxConflictNodes = 20;

    // More conflicts than this in one list add nothing (errors are capped, nested reasons truncated) but cost memory.
    private const int MaxConflictsPerList = 1000;

    /// <inheritdoc />
    public string SpecSection => "5.3.2";

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private readonly Checker _checker = new(context);
        private bool _gaveUp;

        public override VisitorAction EnterSelectionSet(SelectionSetNode node)
        {
            // Inline fragments are flattened into the enclosing selection set and checked with it.
            if (_gaveUp || Parent is InlineFragmentNode)
            {
                return VisitorAction.Continue;
            }

            // One field (or one spread) alone cannot conflict with anything at this level.
            var selections = node.Selections;
            if (selections.Count == 0 || (selections.Count == 1 && selections[0] is not InlineFragmentNode))
            {
                return VisitorAction.Continue;
            }

            List<Conflict> conflicts;
            try
            {
                conflicts = _checker.FindConflictsWithin(context.TypeInfo.ParentType, node);
            }
            catch (BudgetExceededException)
            {
                _gaveUp = true;
                context.ReportError("Validation aborted: the document is too complex to check that its overlapping fields can be merged.");
                return VisitorAction.Continue;
            }

            foreach (var conflict in conflicts)
            {
                var nodes = new Node[conflict.Fields1.Count + conflict.Fields2.Count];
                int i = 0;
                foreach (var field in conflict.Fields1)
                {
                    nodes[i++] = field;
                }

                foreach (var field in conflict.Fields2)
                {
                    nodes[i++] = field;
                }

                context.ReportError(
                    $"Fields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                    nodes);
            }

            return VisitorAction.Continue;
        }
    }

    /// <summary>A conflict between two fields sharing a response name; the field lists start with the two fields, then nested culprits.</summary>
    private sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    /// <summary>One field occurrence with the type it was selected on and its definition (when known).</summary>
    private sealed class FieldEntry(NamedType? parentType, FieldNode node, FieldDefinition? definition)
    {
        public NamedType? ParentType { get; } = parentType;

        public FieldNode Node { get; } = node;

        public FieldDefinition? Definition { get; } = definition;

        /// <summary>No arguments and no sub-selection: two such fields with the same name and type never conflict.</summary>
        public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;

        private Dictionary<string, ValueNode>? _argumentsByName;

        public Dictionary<string, ValueNode> ArgumentsByName
        {
            get
            {
                if (_argumentsByName is null)
                {
                    _argumentsByName = new Dictionary<string, ValueNode>(Node.Arguments.Count, StringComparer.Ordinal);
                    foreach (var argument in Node.Arguments)
                    {
                        _argumentsByName[argument.Name.Value] = argument.Value;
                    }
                }

                return _argumentsByName;
            }
        }
    }

    /// <summary>
    /// The fields of a selection set (inline fragments flattened) grouped by response name in document order,
    /// plus the names of the fragments it spreads (each once), with the memo of comparisons made against it.
    /// </summary>
    private sealed class FieldGroups
    {
        public List<KeyValuePair<string, List<FieldEntry>>> Groups { get; } = [];

        public Dictionary<string, List<FieldEntry>> ByResponseName { get; } = new(StringComparer.Ordinal);

        public List<string> FragmentNames { get; } = [];

        /// <summary>Fragments already compared with these fields, and whether that was under exclusive parents.</summary>
        public Dictionary<string, bool>? ComparedFragments { get; set; }
    }

    private sealed class BudgetExceededException : Exception;

    private readonly record struct CollectKey(NamedType? ParentType, SelectionSetNode SelectionSet);

    private sealed class CollectKeyComparer : IEqualityComparer<CollectKey>
    {
        public static CollectKeyComparer Instance { get; } = new();

        public bool Equals(CollectKey x, CollectKey y) =>
            ReferenceEquals(x.ParentType, y.ParentType) && ReferenceEquals(x.SelectionSet, y.SelectionSet);

        public int GetHashCode(CollectKey obj) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(obj.ParentType), RuntimeHelpers.GetHashCode(obj.SelectionSet));
    }

    /// <summary>The comparison engine; one per validation run so its caches span the whole document.</summary>
    private sealed class Checker(ValidationContext context)
    {
        private readonly Dictionary<CollectKey, FieldGroups> _collected = new(CollectKeyComparer.Instance);
        private readonly Dictionary<(string, string), bool> _comparedFragmentPairs = [];
        private readonly Dictionary<ValueNode, string> _canonicalValues = new(ReferenceEqualityComparer.Instance);

        // Reused by every Collect (it is empty between calls): one allocation per validation instead of one per selection set.
        private readonly Stack<(NamedType? Type, SelectionSetNode Set, int Index)> _pending = new();
        private long _budget = WorkBudget;

        private void Spend(int units)
        {
            _budget -= units;
            if (_budget < 0)
            {
                throw new BudgetExceededException();
            }
        }

        private static void EnsureStack()
        {
            // Fragment chains can nest comparisons deeper than the document's own nesting.
            if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            {
                throw new BudgetExceededException();
            }
        }

        /// <summary>All conflicts inside one selection set, including via the fragments it spreads.</summary>
        public List<Conflict> FindConflictsWithin(NamedType? parentType, SelectionSetNode selectionSet)
        {
            var conflicts = new List<Conflict>();
            var groups = Collect(parentType, selectionSet);

            // Fields of this selection set against each other: the only place fields of one set are paired.
            foreach (var (responseName, fields) in groups.Groups)
            {
                for (int i = 0; i < fields.Count && conflicts.Count < MaxConflictsPerList; i++)
                {
                    for (int j = i + 1; j < fields.Count && conflicts.Count < MaxConflictsPerList; j++)
                    {
                        if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                        {
                            conflicts.Add(conflict);
                        }
                    }
                }
            }

            var names = groups.FragmentNames;
            if (names.Count > 0 && (groups.Groups.Count > 0 || names.Count > 1))
            {
                for (int i = 0; i < names.Count; i++)
                {
                    // These fields against each spread fragment, then the spread fragments pairwise.
                    CompareFieldsWithFragment(conflicts, false, groups, names[i]);
                    for (int j = i + 1; j < names.Count; j++)
                    {
                        CompareFragments(conflicts, false, names[i], names[j]);
                    }
                }
            }

            return conflicts;
        }

        /// <summary>Compares a field group with a fragment and, recursively, with the fragments it spreads.</summary>
        private void CompareFieldsWithFragment(List<Conflict> conflicts, bool mutuallyExclusive, FieldGroups groups, string fragmentName)
        {
            Spend(1);
            if (groups.Groups.Count == 0)
            {
                return;
            }

            groups.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);
            if (groups.ComparedFragments.TryGetValue(fragmentName, out var comparedExclusive)
                && (!comparedExclusive || mutuallyExclusive))
            {
                // A non-exclusive comparison covers both cases; an exclusive one only exclusive requests.
                return;
            }

            groups.ComparedFragments[fragmentName] = mutuallyExclusive;
            if (context.GetFragment(fragmentName) is not { } fragment)
            {
                return;
            }

            var fragmentGroups = CollectFragment(fragment);
            if (ReferenceEquals(groups, fragmentGroups))
            {
                return;
            }

            EnsureStack();
            CompareBetween(conflicts, mutuallyExclusive, groups, fragmentGroups);
            foreach (var referenced in fragmentGroups.FragmentNames)
            {
                CompareFieldsWithFragment(conflicts, mutuallyExclusive, groups, referenced);
            }
        }

        /// <summary>Compares two fragments and, recursively, each with the fragments the other spreads.</summary>
        private void CompareFragments(List<Conflict> conflicts, bool mutuallyExclusive, string name1, string name2)
        {
            Spend(2);
            if (string.Equals(name1, name2, StringComparison.Ordinal))
            {
                return;
            }

            var key = string.CompareOrdinal(name1, name2) < 0 ? (name1, name2) : (name2, name1);
            if (_comparedFragmentPairs.TryGetValue(key, out var comparedExclusive) && (!comparedExclusive || mutuallyExclusive))
            {
                return;
            }

            _comparedFragmentPairs[key] = mutuallyExclusive;
            if (context.GetFragment(name1) is not { } fragment1 || context.GetFragment(name2) is not { } fragment2)
            {
                return;
            }

            var groups1 = CollectFragment(fragment1);
            var groups2 = CollectFragment(fragment2);
            EnsureStack();
            CompareBetween(conflicts, mutuallyExclusive, groups1, groups2);
            foreach (var referenced2 in groups2.FragmentNames)
            {
                CompareFragments(conflicts, mutuallyExclusive, name1, referenced2);
            }

            foreach (var referenced1 in groups1.FragmentNames)
            {
                CompareFragments(conflicts, mutuallyExclusive, referenced1, name2);
            }
        }

        /// <summary>Conflicts between the sub-selections of two same-named fields, fragments included.</summary>
        private List<Conflict> FindConflictsBetweenSubSelections(
            bool mutuallyExclusive, NamedType? parentType1, SelectionSetNode selectionSet1, NamedType? parentType2, SelectionSetNode selectionSet2)
        {
            var conflicts = new List<Conflict>();
            var groups1 = Collect(parentType1, selectionSet1);
            var groups2 = Collect(parentType2, selectionSet2);
            CompareBetween(conflicts, mutuallyExclusive, groups1, groups2);
            foreach (var name2 in groups2.FragmentNames)
            {
                CompareFieldsWithFragment(conflicts, mutuallyExclusive, groups1, name2);
            }

            foreach (var name1 in groups1.FragmentNames)
            {
                CompareFieldsWithFragment(conflicts, mutuallyExclusive, groups2, name1);
            }

            foreach (var name1 in groups1.FragmentNames)
            {
                foreach (var name2 in groups2.FragmentNames)
                {
                    CompareFragments(conflicts, mutuallyExclusive, name1, name2);
                }
            }

            return conflicts;
        }

        /// <summary>Every field of one group against every field of the other with the same response name.</summary>
        private void CompareBetween(List<Conflict> conflicts, bool mutuallyExclusive, FieldGroups groups1, FieldGroups groups2)
        {
            if (groups1.Groups.Count == 0 || groups2.Groups.Count == 0)
            {
                return;
            }

            foreach (var (responseName, left) in groups1.Groups)
            {
                Spend(1);
                if (!groups2.ByResponseName.TryGetValue(responseName, out var right))
                {
                    continue;
                }

                foreach (var field1 in left)
                {
                    foreach (var field2 in right)
                    {
                        if (conflicts.Count >= MaxConflictsPerList)
                        {
                            return;
                        }

                        if (FindConflict(mutuallyExclusive, responseName, field1, field2) is { } conflict)
                        {
                            conflicts.Add(conflict);
                        }
                    }
                }
            }
        }

        /// <summary>Compares two fields with the same response name (FieldsInSetCanMerge + SameResponseShape).</summary>
        private Conflict? FindConflict(bool parentsMutuallyExclusive, string responseName, FieldEntry field1, FieldEntry field2)
        {
            var node1 = field1.Node;
            var node2 = field2.Node;
            var type1 = field1.Definition?.Type;
            var type2 = field2.Definition?.Type;

            // Cheapest common case: the same argument-less leaf field selected twice.
            if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && ReferenceEquals(type1, type2)
                && string.Equals(node1.Name.Value, node2.Name.Value, StringComparison.Ordinal))
            {
                return null;
            }

            Spend(2);

            // Fields on two different object types can never both apply, so they may differ in name and arguments.
            bool mutuallyExclusive = parentsMutuallyExclusive
                || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);

            if (!mutuallyExclusive)
            {
                string name1 = node1.Name.Value;
                string name2 = node2.Name.Value;
                if (!string.Equals(name1, name2, StringComparison.Ordinal))
                {
                    return new Conflict(responseName, $"\"{Abbreviate(name1)}\" and \"{Abbreviate(name2)}\" are different fields", [node1], [node2]);
                }

                if (!SameArguments(field1, field2))
                {
                    return new Conflict(responseName, "they have differing arguments", [node1], [node2]);
                }
            }

            if (type1 is not null && type2 is not null && TypesConflict(type1, type2))
            {
                return new Conflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [node1], [node2]);
            }

            if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
            {
                EnsureStack();
                var subConflicts = FindConflictsBetweenSubSelections(
                    mutuallyExclusive, type1?.GetNamedType(), selectionSet1, type2?.GetNamedType(), selectionSet2);
                return subConflicts.Count == 0 ? null : Nest(subConflicts, responseName, node1, node2);
            }

            return null;
        }

        /// <summary>Wraps conflicts between sub-fields into one conflict of their parent fields.</summary>
        private static Conflict Nest(List<Conflict> subConflicts, string responseName, FieldNode node1, FieldNode node2)
        {
            var reason = new StringBuilder();
            foreach (var sub in subConflicts)
            {
                if (reason.Length > 0)
                {
                    reason.Append(" and ");
                }

                reason.Append("subfields \"").Append(Abbreviate(sub.ResponseName)).Append("\" conflict because ").Append(sub.Reason);
                if (reason.Length > MaxReasonLength)
                {
                    break;
                }
            }

            return new Conflict(responseName, Abbreviate(reason.ToString()), NestNodes(node1, subConflicts, first: true), NestNodes(node2, subConflicts, first: false));
        }

        /// <summary>The parent field, then the culprits of each sub-conflict (keeping the deepest when over the cap).</summary>
        private static List<FieldNode> NestNodes(FieldNode parent, List<Conflict> subConflicts, bool first)
        {
            var nodes = new List<FieldNode> { parent };
            foreach (var sub in subConflicts)
            {
                var side = first ? sub.Fields1 : sub.Fields2;
                int take = Math.Min(side.Count, MaxConflictNodes - nodes.Count);
                for (int i = side.Count - take; i < side.Count; i++)
                {
                    nodes.Add(side[i]);
                }

                if (nodes.Count >= MaxConflictNodes)
                {
                    break;
                }
            }

            return nodes;
        }

        /// <summary>Same argument names with structurally equal values (object fields compared regardless of order).</summary>
        private bool SameArguments(FieldEntry field1, FieldEntry field2)
        {
            var arguments1 = field1.Node.Arguments;
            if (arguments1.Count != field2.Node.Arguments.Count)
            {
                return false;
            }

            if (arguments1.Count == 0)
            {
                return true;
            }

            var byName2 = field2.ArgumentsByName;
            foreach (var argument in arguments1)
            {
                Spend(1);
                if (!byName2.TryGetValue(argument.Name.Value, out var value2)
                    || !string.Equals(Canonical(argument.Value), Canonical(value2), StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Two output types conflict when their list/non-null wrappers differ or their leaf types differ.</summary>
        private bool TypesConflict(IGraphQLType type1, IGraphQLType type2)
        {
            while (true)
            {
                if (ReferenceEquals(type1, type2))
                {
                    return false;
                }

                Spend(1);
                switch (type1, type2)
                {
                    case (ListType list1, ListType list2):
                        type1 = list1.OfType;
                        type2 = list2.OfType;
                        continue;
                    case (ListType, _):
                    case (_, ListType):
                        return true;
                    case (NonNullType nonNull1, NonNullType nonNull2):
                        type1 = nonNull1.OfType;
                        type2 = nonNull2.OfType;
                        continue;
                    case (NonNullType, _):
                    case (_, NonNullType):
                        return true;
                    default:
                        // Composite types are compared field by field through the sub-selections instead.
                        return (type1.IsLeafType() || type2.IsLeafType()) && !ReferenceEquals(type1, type2);
                }
            }
        }

        /// <summary>An unambiguous text form of a value literal with object fields sorted by name (cached per node).</summary>
        private string Canonical(ValueNode value)
        {
            if (!_canonicalValues.TryGetValue(value, out var text))
            {
                var builder = new StringBuilder();
                AppendCanonical(builder, value);
                text = builder.ToString();
                _canonicalValues[value] = text;
            }

            return text;
        }

        private static void AppendCanonical(StringBuilder builder, ValueNode value)
        {
            switch (value)
            {
                case VariableNode variable:
                    builder.Append('$').Append(variable.Name.Value).Append(';');
                    break;
                case IntValueNode integer:
                    builder.Append('i').Append(integer.Value).Append(';');
                    break;
                case FloatValueNode number:
                    builder.Append('f').Append(number.Value).Append(';');
                    break;
                case StringValueNode text:
                    // Length-prefixed so that no string content can imitate the surrounding structure.
                    builder.Append(text.Block ? 'B' : 'S').Append(text.Value.Length).Append(':').Append(text.Value);
                    break;
                case BooleanValueNode boolean:
                    builder.Append(boolean.Value ? "T" : "F");
                    break;
                case NullValueNode:
                    builder.Append('N');
                    break;
                case EnumValueNode enumValue:
                    builder.Append('e').Append(enumValue.Value).Append(';');
                    break;
                case ListValueNode list:
                    builder.Append('[');
                    foreach (var item in list.Values)
                    {
                        AppendCanonical(builder, item);
                    }

                    builder.Append(']');
                    break;
                case ObjectValueNode obj:
                    builder.Append('{');
                    var fields = obj.Fields;
                    IEnumerable<ObjectFieldNode> ordered = fields.Count <= 1
                        ? fields
                        : fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal);
                    foreach (var field in ordered)
                    {
                        builder.Append(field.Name.Value).Append(':');
                        AppendCanonical(builder, field.Value);
                    }

                    builder.Append('}');
                    break;
                default:
                    builder.Append('?').Append(value.Kind).Append(';');
                    break;
            }
        }

        private FieldGroups CollectFragment(FragmentDefinitionNode fragment) =>
            Collect(context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

        /// <summary>Groups the fields of a selection set by response name (once per parent type and selection set).</summary>
        private FieldGroups Collect(NamedType? parentType, SelectionSetNode selectionSet)
        {
            var key = new CollectKey(parentType, selectionSet);
            if (_collected.TryGetValue(key, out var cached))
            {
                return cached;
            }

            var groups = new FieldGroups();
            HashSet<string>? seenFragments = null;
            var pending = _pending;
            pending.Clear();
            pending.Push((parentType, selectionSet, 0));

            // Depth-first in document order, flattening inline fragments (explicit stack: no recursion).
            while (pending.Count > 0)
            {
                var (type, set, index) = pending.Pop();
                for (int i = index; i < set.Selections.Count; i++)
                {
                    switch (set.Selections[i])
                    {
                        case FieldNode field:
                            var definition = type is ObjectType or InterfaceType ? ((ComplexType)type).GetField(field.Name.Value) : null;
                            var responseName = field.ResponseKey;
                            if (!groups.ByResponseName.TryGetValue(responseName, out var list))
                            {
                                list = [];
                                groups.ByResponseName[responseName] = list;
                                groups.Groups.Add(new(responseName, list));
                            }

                            list.Add(new FieldEntry(type, field, definition));
                            break;
                        case FragmentSpreadNode spread:
                            seenFragments ??= new HashSet<string>(StringComparer.Ordinal);
                            if (seenFragments.Add(spread.Name.Value))
                            {
                                groups.FragmentNames.Add(spread.Name.Value);
                            }

                            break;
                        case InlineFragmentNode inline:
                            var conditionType = inline.TypeCondition is { } condition ? context.Schema.GetType(condition.Name.Value) : type;
                            pending.Push((type, set, i + 1));
                            pending.Push((conditionType, inline.SelectionSet, 0));
                            i = set.Selections.Count; // resume this set after the inline fragment
                            break;
                    }
                }
            }

            _collected[key] = groups;
            return groups;
        }
    }

    private static string Abbreviate(string text) =>
        text.Length > MaxReasonLength ? string.Concat(text.AsSpan(0, MaxReasonLength), "...") : text;
}
