using System.Collections.Concurrent;
using System.Globalization;
using KnowledgeGraph.Model.Identity;

namespace KnowledgeGraph.Import.Geo;

/// <summary>
/// ISO 3166-1 alpha-2 codes from whatever a file writes for a country: a code ("DE", and the EU's "EL" and "UK"),
/// a name in English or in its own language ("Germany", "DEUTSCHLAND", "Czechia", "Czech Republic"), keep.eu's
/// combined form ("DE Germany / DEUTSCHLAND"), or a historical or informal name ("Macedonia", "Scotland", "Kosovo").
/// </summary>
public static class CountryCodes
{
    /// <summary>Codes some sources write that are not ISO: the EU's EL (Greece) and UK (United Kingdom).</summary>
    private static readonly Dictionary<string, string> CodeAliases = new(StringComparer.OrdinalIgnoreCase) { ["EL"] = "GR", ["UK"] = "GB" };

    /// <summary>Names that the regional data of .NET does not give, or gives otherwise, with their codes.</summary>
    private static readonly (string Name, string Code)[] ExtraNames =
    [
        ("Czech Republic", "CZ"), ("Czechia", "CZ"), ("Ceska republika", "CZ"),
        ("UK", "GB"), ("United Kingdom", "GB"), ("Great Britain", "GB"), ("Britain", "GB"), ("England", "GB"), ("Scotland", "GB"),
        ("Wales", "GB"), ("Northern Ireland", "GB"), ("United Kingdom of Great Britain and Northern Ireland", "GB"),
        ("Macedonia", "MK"), ("North Macedonia", "MK"), ("Republic of Macedonia", "MK"), ("FYROM", "MK"),
        ("Former Yugoslav Republic of Macedonia", "MK"), ("The former Yugoslav Republic of Macedonia", "MK"), ("Republika Severna Makedonija", "MK"),
        ("Kosovo", "XK"), ("Russia", "RU"), ("Russian Federation", "RU"), ("Turkey", "TR"), ("Turkiye", "TR"),
        ("Northern Cyprus", "CY"), ("Georgia (country)", "GE"), ("Palestine", "PS"), ("State of Palestine", "PS"),
        ("Palestinian Territories", "PS"), ("Vatican", "VA"), ("Vatican City", "VA"), ("Holy See", "VA"),
        ("Ivory Coast", "CI"), ("Cote d'Ivoire", "CI"), ("Cape Verde", "CV"), ("Cabo Verde", "CV"), ("Burma", "MM"), ("Myanmar", "MM"),
        ("South Korea", "KR"), ("Korea, Republic of", "KR"), ("Republic of Korea", "KR"), ("North Korea", "KP"), ("Taiwan", "TW"),
        ("Iran", "IR"), ("Syria", "SY"), ("Laos", "LA"), ("Moldova", "MD"), ("Republic of Moldova", "MD"), ("Vietnam", "VN"), ("Viet Nam", "VN"),
        ("Bolivia", "BO"), ("Venezuela", "VE"), ("Tanzania", "TZ"), ("Brunei", "BN"), ("East Timor", "TL"), ("Timor-Leste", "TL"),
        ("Swaziland", "SZ"), ("Eswatini", "SZ"), ("Congo", "CG"), ("Republic of the Congo", "CG"), ("Congo-Brazzaville", "CG"),
        ("Democratic Republic of the Congo", "CD"), ("DR Congo", "CD"), ("Congo-Kinshasa", "CD"), ("DRC", "CD"),
        ("United States", "US"), ("USA", "US"), ("United States of America", "US"), ("U.S.", "US"),
        ("The Netherlands", "NL"), ("Netherlands", "NL"), ("Holland", "NL"), ("Bosnia", "BA"), ("Bosnia and Herzegovina", "BA"), ("Bosnia-Herzegovina", "BA"),
        ("The Gambia", "GM"), ("Gambia", "GM"), ("The Bahamas", "BS"), ("Bahamas", "BS"), ("Micronesia", "FM"),
        ("Federated States of Micronesia", "FM"), ("Sao Tome and Principe", "ST"), ("Faroe Islands", "FO"), ("Faroes", "FO"),
        ("Greenland", "GL"), ("Hong Kong", "HK"), ("Macau", "MO"), ("Macao", "MO"), ("Curacao", "CW"), ("Slovak Republic", "SK"),
        ("Serbia", "RS"), ("Montenegro", "ME"), ("Serbia and Montenegro", "RS"), ("Yugoslavia", "RS"), ("Byelorussia", "BY"), ("Belarus", "BY"),
        ("Kyrgyzstan", "KG"), ("Saint Kitts and Nevis", "KN"), ("Saint Lucia", "LC"), ("Saint Vincent and the Grenadines", "VC"),
        ("Trinidad and Tobago", "TT"), ("Antigua and Barbuda", "AG"), ("Reunion", "RE"), ("Guadeloupe", "GP"), ("Martinique", "MQ"),
        ("French Guiana", "GF"), ("Mayotte", "YT"), ("New Caledonia", "NC"), ("French Polynesia", "PF"), ("Puerto Rico", "PR"),
        ("Deutschland", "DE"), ("Italia", "IT"), ("Espana", "ES"), ("Osterreich", "AT"), ("Suisse", "CH"), ("Schweiz", "CH"), ("Svizzera", "CH"),
        ("Belgique", "BE"), ("Belgie", "BE"), ("Belgique-Belgie", "BE"), ("Ellada", "GR"), ("Kypros", "CY"), ("Bulgaria", "BG"),
        ("Suomi", "FI"), ("Sverige", "SE"), ("Norge", "NO"), ("Danmark", "DK"), ("Island", "IS"), ("Polska", "PL"), ("Magyarorszag", "HU"),
        ("Hrvatska", "HR"), ("Slovenija", "SI"), ("Slovensko", "SK"), ("Latvija", "LV"), ("Lietuva", "LT"), ("Eesti", "EE"), ("Crna Gora", "ME"),
        ("Nederland", "NL"), ("Romania", "RO"), ("Eire", "IE"), ("Lao People's Democratic Republic", "LA"), ("Republic of Ireland", "IE"),
    ];

    private static readonly Tables Table = Tables.Build();
    private static Dictionary<string, string> ByName => Table.ByName;
    private static Dictionary<string, string> EnglishNames => Table.EnglishNames;
    private static HashSet<string> Codes => Table.Codes;

    /// <summary>The country names of four characters or more, as " name ", by their first word (see <see cref="MentionedIn"/>).</summary>
    private static readonly Dictionary<string, List<(string Padded, string Code)>> Mentions = ByName
        .Where(n => n.Key.Length >= 4)
        .GroupBy(n => n.Key.Split(' ')[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(n => (" " + n.Key + " ", n.Value)).ToList(), StringComparer.Ordinal);

    /// <summary>
    /// Codes already resolved, by the text given, with the <see cref="_codesVersion"/> they were resolved under: the
    /// files name the same few hundred countries on every row, and resolving a name folds it. Bounded by
    /// <see cref="MaxResolved"/> texts.
    /// </summary>
    private static readonly ConcurrentDictionary<string, (string? Code, int Version)> Resolved = new(StringComparer.Ordinal);

    private const int MaxResolved = 10_000;

    /// <summary>Counts the codes <see cref="AddKnownCode"/> added: a code newly known may change what a text resolves to.</summary>
    private static int _codesVersion;

    /// <summary>The ISO code for <paramref name="text"/>, or null when it names no known country.</summary>
    public static string? Resolve(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var version = Volatile.Read(ref _codesVersion);
        if (Resolved.TryGetValue(text, out var known) && known.Version == version)
        {
            return known.Code;
        }
        var code = ResolveText(text);
        if (Resolved.Count < MaxResolved)
        {
            Resolved[text] = (code, version);
        }
        return code;
    }

    private static string? ResolveText(string text)
    {
        var raw = text?.Trim().Trim('\u00a0');
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }
        if (raw.Length == 2 && char.IsAsciiLetter(raw[0]) && char.IsAsciiLetter(raw[1]))
        {
            var code = raw.ToUpperInvariant();
            if (CodeAliases.TryGetValue(code, out var aliased))
            {
                return aliased;
            }
            return Codes.Contains(code) ? code : null;
        }
        if (ByName.TryGetValue(TextKey.Normalize(raw), out var byName))
        {
            return byName;
        }
        // keep.eu writes "DE Germany / DEUTSCHLAND" and "RS  / Serbia": a code, then names.
        var firstSpace = raw.IndexOf(' ', StringComparison.Ordinal);
        if (firstSpace == 2 && ResolveText(raw[..2]) is { } leading)
        {
            return leading;
        }
        foreach (var part in raw.Split(['/', '(', ')', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part != raw && part.Length > 2 && ByName.TryGetValue(TextKey.Normalize(part), out var partCode))
            {
                return partCode;
            }
        }
        return null;
    }

    /// <summary>The countries a text names (by English or other name, whole words), such as "Granada, in Nicaragua" → NI.</summary>
    public static IReadOnlySet<string> MentionedIn(string? text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
        {
            return found;
        }
        var folded = " " + TextKey.Normalize(text) + " ";
        // A name (of four characters or more) is mentioned when it is in the text as whole words, so only the names
        // whose first word is a word of the text can be.
        // The words are looked up as spans of the folded text (no string per word of a long description); a word
        // met again is checked again, which only adds the same codes to the set.
        var mentions = Mentions.GetAlternateLookup<ReadOnlySpan<char>>();
        var rest = folded.AsSpan();
        while (rest.Length > 0)
        {
            var space = rest.IndexOf(' ');
            var word = space < 0 ? rest : rest[..space];
            rest = space < 0 ? [] : rest[(space + 1)..];
            if (word.IsEmpty || !mentions.TryGetValue(word, out var names))
            {
                continue;
            }
            foreach (var (padded, code) in names)
            {
                if (folded.Contains(padded, StringComparison.Ordinal))
                {
                    found.Add(code);
                }
            }
        }
        return found;
    }

    /// <summary>Whether <paramref name="code"/> is a known alpha-2 code.</summary>
    public static bool IsKnownCode(string code) => Codes.Contains(code.ToUpperInvariant());

    /// <summary>The English name of a country code ("Germany"), or the code itself when unknown.</summary>
    public static string EnglishName(string code) => EnglishNames.TryGetValue(code.ToUpperInvariant(), out var name) ? name : code.ToUpperInvariant();

    /// <summary>Adds country codes seen in the GeoNames file, so that every code it uses is known.</summary>
    public static void AddKnownCode(string code)
    {
        lock (Codes)
        {
            if (Codes.Add(code.ToUpperInvariant()))
            {
                Interlocked.Increment(ref _codesVersion);
            }
        }
    }

    private sealed record Tables(Dictionary<string, string> ByName, Dictionary<string, string> EnglishNames, HashSet<string> Codes)
    {
        public static Tables Build()
        {
            var byName = new Dictionary<string, string>(StringComparer.Ordinal);
            var englishNames = new Dictionary<string, string>(StringComparer.Ordinal);
            var codes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
            {
                RegionInfo region;
                try
                {
                    region = new RegionInfo(culture.Name);
                }
                catch (ArgumentException)
                {
                    continue;
                }
                var code = region.TwoLetterISORegionName.ToUpperInvariant();
                if (code.Length != 2 || !char.IsAsciiLetter(code[0]) || !char.IsAsciiLetter(code[1]))
                {
                    continue;
                }
                codes.Add(code);
                englishNames.TryAdd(code, region.EnglishName);
                foreach (var name in new[] { region.EnglishName, region.NativeName, region.ThreeLetterISORegionName })
                {
                    if (!string.IsNullOrWhiteSpace(name))
                    {
                        byName.TryAdd(TextKey.Normalize(name), code);
                    }
                }
            }
            foreach (var (name, code) in ExtraNames)
            {
                byName[TextKey.Normalize(name)] = code;
                codes.Add(code);
            }
            englishNames["XK"] = "Kosovo";
            englishNames["GB"] = "United Kingdom";
            englishNames["CZ"] = "Czechia";
            englishNames["MK"] = "North Macedonia";
            englishNames["TR"] = "Turkey";
            return new Tables(byName, englishNames, codes);
        }
    }
}
