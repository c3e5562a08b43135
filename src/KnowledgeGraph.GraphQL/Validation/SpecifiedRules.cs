using System.Reflection;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// The rules run by default: every public non-abstract <see cref="IValidationRule"/> with a
/// parameterless constructor in this assembly, ordered by <see cref="IValidationRule.SpecSection"/>
/// (numerically, so "5.2.1.1" precedes "5.10"). Adding a rule is adding one file. Rules in the
/// namespace <c>KnowledgeGraph.GraphQL.Validation.Rules.Optional</c> are not included.
/// </summary>
public static class SpecifiedRules
{
    private static readonly Lazy<IReadOnlyList<IValidationRule>> Rules = new(Discover);

    /// <summary>All specified rules in spec order.</summary>
    public static IReadOnlyList<IValidationRule> All => Rules.Value;

    private static IReadOnlyList<IValidationRule> Discover()
    {
        var rules = new List<IValidationRule>();
        foreach (var type in typeof(SpecifiedRules).Assembly.GetTypes())
        {
            // Optional rules (Validation/Rules/Optional) are opt-in: callers add them to the list they pass.
            if (type.IsClass && !type.IsAbstract && type.IsPublic && typeof(IValidationRule).IsAssignableFrom(type)
                && type.Namespace?.EndsWith(".Optional", StringComparison.Ordinal) != true
                && type.GetConstructor(Type.EmptyTypes) is { } constructor)
            {
                rules.Add((IValidationRule)constructor.Invoke(null));
            }
        }

        rules.Sort((a, b) =>
        {
            int bySection = CompareSections(a.SpecSection, b.SpecSection);
            return bySection != 0 ? bySection : string.CompareOrdinal(a.GetType().Name, b.GetType().Name);
        });
        return rules;
    }

    /// <summary>Compares dotted section numbers numerically.</summary>
    public static int CompareSections(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var pa = a.Split('.');
        var pb = b.Split('.');
        for (int i = 0; i < Math.Min(pa.Length, pb.Length); i++)
        {
            int na = int.TryParse(pa[i], out var x) ? x : int.MaxValue;
            int nb = int.TryParse(pb[i], out var y) ? y : int.MaxValue;
            if (na != nb)
            {
                return na.CompareTo(nb);
            }
        }

        return pa.Length.CompareTo(pb.Length);
    }
}
