using System.Text.RegularExpressions;
using KnowledgeGraph.Import.Graph;

namespace KnowledgeGraph.Import.KeepEu;

/// <summary>keep.eu's programme names ("2014 - 2020 INTERREG V-A Romania - Bulgaria"): the period and the programme's own name.</summary>
public static partial class KeepEuProgramme
{
    [GeneratedRegex(@"^\s*(\d{4})\s*-\s*(\d{4})\s+", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPrefix();

    /// <summary>The programme's name without the period prefix or a trailing full stop ("INTERREG V-A Romania - Bulgaria", "URBACT III").</summary>
    public static string Name(string programme)
    {
        var name = PeriodPrefix().Replace(programme, "").Trim().TrimEnd('.').Trim();
        return name.Length == 0 ? programme.Trim() : name;
    }

    /// <summary>The period ("2014-2020"), or null when the name has no period prefix.</summary>
    public static string? Period(string programme)
    {
        var m = PeriodPrefix().Match(programme);
        return m.Success ? $"{m.Groups[1].Value}-{m.Groups[2].Value}" : null;
    }

    /// <summary>The programme node id: <c>programme:interreg-v-a-romania-bulgaria</c>.</summary>
    public static string Id(string programme) => "programme:" + Ids.Slug(Name(programme), 120);

    /// <summary>Whether the programme is URBACT (its projects are URBACT networks).</summary>
    public static bool IsUrbact(string programme) => Name(programme).StartsWith("URBACT", StringComparison.OrdinalIgnoreCase);
}
