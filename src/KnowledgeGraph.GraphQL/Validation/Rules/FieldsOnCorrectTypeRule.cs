using System.Text;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.1 "Field Selections on Objects, Interfaces, and Unions Types": every selected field must
/// be defined on the type of its enclosing selection set (meta-fields such as <c>__typename</c>
/// included). Selections whose parent type is unknown are left to other rules. When the parent is
/// abstract the message suggests the types that do define the field, otherwise similarly named fields.
/// </summary>
public sealed class FieldsOnCorrectTypeRule : IValidationRule
{
    private const int MaxSuggestions = 5;

    /// <inheritdoc />
    public string SpecSection => "5.3.1";

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    /// <summary>
    /// The options closest to <paramref name="input"/> by edit distance (case-insensitive), closest
    /// first and at most five; options further than about 40% of the input's length are dropped.
    /// </summary>
    internal static IReadOnlyList<string> SuggestNames(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var lowered = input.ToLowerInvariant();
        var ranked = new List<(string Option, int Distance)>();
        foreach (var option in options)
        {
            int distance = string.Equals(lowered, option.ToLowerInvariant(), StringComparison.Ordinal)
                ? 1
                : EditDistance(lowered, option.ToLowerInvariant(), threshold);
            if (distance <= threshold)
            {
                ranked.Add((option, distance));
            }
        }

        ranked.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : string.CompareOrdinal(a.Option, b.Option));
        return ranked.Take(MaxSuggestions).Select(r => r.Option).ToList();
    }

    /// <summary>Formats <c> Did you mean "a", "b", or "c"?</c> (with the given lead-in), or an empty string.</summary>
    internal static string DidYouMean(IReadOnlyList<string> suggestions, string leadIn = "Did you mean")
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var text = new StringBuilder(" ").Append(leadIn).Append(' ');
        for (int i = 0; i < suggestions.Count; i++)
        {
            if (i > 0)
            {
                text.Append(suggestions.Count > 2 ? ", " : " ");
                if (i == suggestions.Count - 1)
                {
                    text.Append("or ");
                }
            }

            text.Append('"').Append(suggestions[i]).Append('"');
        }

        return text.Append('?').ToString();
    }

    /// <summary>Levenshtein distance with adjacent transpositions, giving up (returning limit + 1) once above <paramref name="limit"/>.</summary>
    private static int EditDistance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction EnterField(FieldNode node)
        {
            if (context.TypeInfo.ParentType is not { } parentType || context.TypeInfo.FieldDefinition is not null)
            {
                return VisitorAction.Continue;
            }

            var fieldName = node.Name.Value;
            var hint = DidYouMean(SuggestTypes(parentType, fieldName), "Did you mean to use an inline fragment on");
            if (hint.Length == 0 && parentType is ComplexType complex)
            {
                hint = DidYouMean(SuggestNames(fieldName, complex.Fields.Keys));
            }

            context.ReportError($"Cannot query field \"{fieldName}\" on type \"{parentType.Name}\".{hint}", node);
            return VisitorAction.Continue;
        }

        public override VisitorAction EnterVariableDefinition(VariableDefinitionNode node) => VisitorAction.Skip;

        public override VisitorAction EnterArgument(ArgumentNode node) => VisitorAction.Skip;

        /// <summary>For an abstract parent: the interfaces, then the object types, below it that define the field.</summary>
        private List<string> SuggestTypes(NamedType parentType, string fieldName)
        {
            var suggestions = new List<string>();
            if (!parentType.IsAbstractType())
            {
                return suggestions;
            }

            var objects = new List<ObjectType>();
            var interfaces = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var possible in context.Schema.GetPossibleTypes(parentType))
            {
                if (possible.GetField(fieldName) is null)
                {
                    continue;
                }

                objects.Add(possible);
                foreach (var implemented in possible.Interfaces)
                {
                    if (implemented.GetField(fieldName) is not null)
                    {
                        interfaces[implemented.Name] = interfaces.GetValueOrDefault(implemented.Name) + 1;
                    }
                }
            }

            // Interfaces shared by more of the matching objects are the more useful suggestion.
            suggestions.AddRange(interfaces
                .OrderByDescending(pair => pair.Value)
                .ThenBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => pair.Key));
            suggestions.AddRange(objects.Select(o => o.Name).Order(StringComparer.Ordinal));
            return suggestions.Take(MaxSuggestions).ToList();
        }
    }
}
