using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using KnowledgeGraph.Import.Graph;

namespace KnowledgeGraph.Import.KeepEu;

/// <summary>keep.eu's programme names ("2014 - 2020 INTERREG V-A Romania - Bulgaria"): the period and the programme's own name.</summary>
public static partial class KeepEuProgramme
{
    [GeneratedRegex(@"^\s*(\d{4})\s*-\s*(\d{4})\s+", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPrefix();

    // A file names a few dozen programmes on thousands of rows: each spelling is parsed once (thread-safe caches).
    private static readonly ConcurrentDictionary<string, Parsed> Cache = new(StringComparer.Ordinal);

    /// <summary>The programme's name without the period prefix or a trailing full stop ("INTERREG V-A Romania - Bulgaria", "URBACT III").</summary>
    public static string Name(string programme) => Parse(programme).Name;

    /// <summary>The period ("2014-2020"), or null when the name has no period prefix.</summary>
    public static string? Period(string programme) => Parse(programme).Period;

    /// <summary>The programme node id: <c>programme:interreg-v-a-romania-bulgaria</c>.</summary>
    public static string Id(string programme) => Parse(programme).Id;

    private static Parsed Parse(string programme) => Cache.GetOrAdd(programme, static p =>
    {
        var name = PeriodPrefix().Replace(p, "").Trim().TrimEnd('.').Trim();
        if (name.Length == 0)
        {
            name = p.Trim();
        }
        var m = PeriodPrefix().Match(p);
        var period = m.Success ? $"{m.Groups[1].Value}-{m.Groups[2].Value}" : null;
        return new Parsed(name, period, "programme:" + Ids.Slug(name, 120));
    });

    private sealed record Parsed(string Name, string? Period, string Id);

    /// <summary>Whether the programme is URBACT (its projects are URBACT networks).</summary>
    public static bool IsUrbact(string programme) => Name(programme).StartsWith("URBACT", StringComparison.OrdinalIgnoreCase);
}
