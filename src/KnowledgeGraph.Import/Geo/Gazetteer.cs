using System.Runtime.InteropServices;
using KnowledgeGraph.Model.Identity;

namespace KnowledgeGraph.Import.Geo;

/// <summary>
/// An in-memory index over GeoNames cities: folded names, ASCII names and alternate names (all languages) map to
/// candidate cities. A place name resolves by name and country (the city's own name before its alternate names),
/// else by name alone; several candidates are told apart by the given coordinates (nearest) or by population.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>A candidate further than this from the coordinates a source gives is another place of the same name.</summary>
    public const double MaxDistanceKm = 30;

    private static readonly string[] Prefixes =
    [
        "city of ", "town of ", "municipality of ", "comune di ", "citta di ", "ville de ", "commune de ", "mairie de ",
        "stadt ", "gemeinde ", "ayuntamiento de ", "concello de ", "municipio de ", "gmina ", "miasto ", "obcina ", "opcina ", "grad ",
    ];

    private readonly Dictionary<long, GeoNamesRecord> _byId = [];
    private readonly Task<Dictionary<string, NameEntries>> _byName;
    private readonly Dictionary<(string, string?, int, int), (CityMatch? Match, string Reason)> _cache = [];
    private readonly Dictionary<string, string[]> _variants = new(StringComparer.Ordinal);

    /// <summary>Indexes <paramref name="cities"/>.</summary>
    public Gazetteer(IEnumerable<GeoNamesRecord> cities)
    {
        var unique = AddCities(cities);
        _byName = Task.FromResult(BuildNameIndex(unique));
    }

    private Gazetteer(IReadOnlyList<GeoNamesRecord> records, string path)
    {
        Records = records;
        SourcePath = path;
        var unique = AddCities(records);
        // The name index (every name folded) is the costly part; it is built on another thread while the caller goes
        // on (the GeoNames importer needs only the records), and the first look-up by name waits for it.
        _byName = Task.Run(() => BuildNameIndex(unique));
    }

    /// <summary>
    /// The file's records in file order (duplicates included), as read once by <see cref="Load"/>; empty when the
    /// gazetteer was built from records in memory.
    /// </summary>
    public IReadOnlyList<GeoNamesRecord> Records { get; } = [];

    /// <summary>The full path of the file <see cref="Load"/> read, or null.</summary>
    public string? SourcePath { get; }

    private List<GeoNamesRecord> AddCities(IEnumerable<GeoNamesRecord> cities)
    {
        var unique = new List<GeoNamesRecord>();
        string? lastCode = null;
        foreach (var city in cities)
        {
            if (!_byId.TryAdd(city.Id, city))
            {
                continue;
            }
            unique.Add(city);
            if (city.CountryCode != lastCode)
            {
                CountryCodes.AddKnownCode(city.CountryCode);
                lastCode = city.CountryCode;
            }
        }
        return unique;
    }

    private static Dictionary<string, NameEntries> BuildNameIndex(List<GeoNamesRecord> cities)
    {
        var byName = new Dictionary<string, NameEntries>(cities.Count * 8, StringComparer.Ordinal);
        // One city's keys (a key is primary when it folds the name or the ASCII name), reused from city to city.
        var keys = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var city in cities)
        {
            keys.Clear();
            keys[TextKey.Normalize(city.Name)] = true;
            keys[TextKey.Normalize(city.AsciiName)] = true;
            foreach (var alternate in city.AlternateNames)
            {
                keys.TryAdd(TextKey.Normalize(alternate), false);
            }
            foreach (var (key, primary) in keys)
            {
                if (key.Length == 0)
                {
                    continue;
                }
                ref var entries = ref CollectionsMarshal.GetValueRefOrAddDefault(byName, key, out var exists);
                if (!exists)
                {
                    entries = new NameEntries(city, primary);
                }
                else
                {
                    (entries.More ??= new List<(GeoNamesRecord, bool)>(1)).Add((city, primary));
                }
            }
        }
        return byName;
    }

    /// <summary>The name index, once built.</summary>
    private Dictionary<string, NameEntries> ByName => _byName.GetAwaiter().GetResult();

    /// <summary>
    /// The cities a folded name keys, in the order added: the first held in the entry itself, any others in a list.
    /// Most names key one city, so the index does without a list (and its array) for some 200,000 of its keys.
    /// </summary>
    private struct NameEntries(GeoNamesRecord first, bool firstPrimary)
    {
        private readonly GeoNamesRecord _first = first;
        private readonly bool _firstPrimary = firstPrimary;

        /// <summary>The cities after the first, or null.</summary>
        public List<(GeoNamesRecord City, bool Primary)>? More;

        /// <summary>The number of cities.</summary>
        public readonly int Count => More is null ? 1 : More.Count + 1;

        /// <summary>The city at <paramref name="index"/> and whether the key folds its name or ASCII name.</summary>
        public readonly (GeoNamesRecord City, bool Primary) this[int index] => index == 0 ? (_first, _firstPrimary) : More![index - 1];
    }

    /// <summary>Loads the gazetteer from a GeoNames dump file, reading it once (see <see cref="Records"/>).</summary>
    public static Gazetteer Load(string path) =>
        new(GeoNamesFile.Read(path, Path.GetFileName(path)).ToList(), Path.GetFullPath(path));

    /// <summary>The number of cities.</summary>
    public int Count => _byId.Count;

    /// <summary>Every city, in file order.</summary>
    public IEnumerable<GeoNamesRecord> Cities => _byId.Values;

    /// <summary>The city with a geonameid, or null when the gazetteer does not hold it.</summary>
    public GeoNamesRecord? ById(long id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// Resolves a place name. <paramref name="countryCode"/> (ISO, when the source gives a country) restricts the
    /// candidates to that country; <paramref name="latitude"/>/<paramref name="longitude"/> pick the nearest
    /// candidate and reject one further than <see cref="MaxDistanceKm"/>; <paramref name="preferredCountries"/>
    /// (countries a text mentions) break ties when no country is given.
    /// </summary>
    /// <returns>The match, or null with <paramref name="reason"/> saying why not.</returns>
    public CityMatch? Resolve(string? name, string? countryCode, out string reason, double? latitude = null, double? longitude = null,
        IReadOnlyCollection<string>? preferredCountries = null)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            reason = "no place name";
            return null;
        }
        var cacheKey = (name, countryCode, (int)Math.Round((latitude ?? 999) * 100), (int)Math.Round((longitude ?? 999) * 100));
        if (preferredCountries is null && _cache.TryGetValue(cacheKey, out var cached))
        {
            reason = cached.Reason;
            return cached.Match;
        }
        var match = Find(name, countryCode, latitude, longitude, preferredCountries, out reason);
        if (preferredCountries is null)
        {
            _cache[cacheKey] = (match, reason);
        }
        return match;
    }

    private CityMatch? Find(string name, string? countryCode, double? latitude, double? longitude, IReadOnlyCollection<string>? preferred, out string reason)
    {
        if (countryCode is null && latitude is null && preferred is { Count: > 0 } && InPreferredCountry(name, preferred) is { } named)
        {
            reason = "";
            return named;
        }
        string? farAway = null;
        foreach (var variant in CachedVariants(name))
        {
            if (!ByName.TryGetValue(variant, out var entries))
            {
                continue;
            }
            for (var pass = 0; pass < 2; pass++)
            {
                var primary = pass == 0;
                // A city is listed once per key (the constructor folds its names into a set of keys), so no duplicates.
                // One pass over the candidates counts them and keeps the first nearest (with coordinates) or the first
                // most populous (without): no list is made for each look-up.
                var count = 0;
                GeoNamesRecord? best = null;
                var bestKm = double.PositiveInfinity;
                for (var i = 0; i < entries.Count; i++)
                {
                    var (city, isPrimary) = entries[i];
                    if (isPrimary != primary || (countryCode is not null && city.CountryCode != countryCode))
                    {
                        continue;
                    }
                    count++;
                    if (latitude is { } la && longitude is { } lo)
                    {
                        var km = DistanceKm(la, lo, city.Latitude, city.Longitude);
                        if (best is null || km < bestKm)
                        {
                            best = city;
                            bestKm = km;
                        }
                    }
                    else if (best is null || city.Population > best.Population)
                    {
                        best = city;
                    }
                }
                if (best is null)
                {
                    continue;
                }
                var how = (primary ? "matched by name" : "matched by alternate name") + (countryCode is null ? "" : " and country");
                if (latitude is not null && longitude is not null)
                {
                    if (bestKm > MaxDistanceKm)
                    {
                        farAway ??= $"the nearest city named '{name}' ({best.Name}, {best.CountryCode}, geonameId {best.Id}) is {bestKm:0} km from the given coordinates";
                        continue;
                    }
                    reason = "";
                    return new CityMatch(best, count == 1 ? how : $"{how}; nearest of {count} to the given coordinates");
                }
                reason = "";
                return new CityMatch(best, count == 1 ? how : $"{how}; most populous of {count}");
            }
        }
        reason = farAway ?? (countryCode is null
            ? $"no city named '{name}' in the gazetteer"
            : $"no city named '{name}' in {countryCode} in the gazetteer");
        return null;
    }

    /// <summary>
    /// The most populous namesake in a country the text names, under the first variant of the name (most literal first)
    /// that has one: "Panama City" whose description names Panama is Panamá (variant "panama"), not Panama City, Florida.
    /// </summary>
    private CityMatch? InPreferredCountry(string name, IReadOnlyCollection<string> preferred)
    {
        foreach (var variant in CachedVariants(name))
        {
            if (!ByName.TryGetValue(variant, out var entries))
            {
                continue;
            }
            for (var pass = 0; pass < 2; pass++)
            {
                var primary = pass == 0;
                GeoNamesRecord? best = null;
                for (var i = 0; i < entries.Count; i++)
                {
                    var (city, isPrimary) = entries[i];
                    if (isPrimary == primary && preferred.Contains(city.CountryCode) && (best is null || city.Population > best.Population))
                    {
                        best = city;
                    }
                }
                if (best is not null)
                {
                    return new CityMatch(best, (primary ? "matched by name" : "matched by alternate name") + " and the country its description names");
                }
            }
        }
        return null;
    }

    /// <summary>
    /// <see cref="Variants"/> of a name, worked out once per name: the same town is looked up again with other
    /// coordinates (which the result cache keys on), and a name's variants fold it several times.
    /// </summary>
    private string[] CachedVariants(string name)
    {
        if (!_variants.TryGetValue(name, out var variants))
        {
            _variants[name] = variants = [.. Variants(name)];
        }
        return variants;
    }

    /// <summary>The folded forms of a place name to look up, most literal first.</summary>
    public static IEnumerable<string> Variants(string name)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var folded = TextKey.Normalize(name);
        if (seen.Add(folded))
        {
            yield return folded;
        }
        var candidates = new List<string>();
        var paren = name.IndexOf('(', StringComparison.Ordinal);
        if (paren > 0)
        {
            candidates.Add(name[..paren]);
        }
        foreach (var separator in new[] { ",", "/", " - ", ";" })
        {
            if (name.Contains(separator, StringComparison.Ordinal))
            {
                candidates.AddRange(name.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
        }
        foreach (var prefix in Prefixes)
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                candidates.Add(folded[prefix.Length..]);
            }
        }
        if (folded.EndsWith(" city", StringComparison.Ordinal))
        {
            candidates.Add(folded[..^5]);
        }
        if (folded.StartsWith("st ", StringComparison.Ordinal))
        {
            candidates.Add("saint " + folded[3..]);
        }
        foreach (var candidate in candidates)
        {
            var key = TextKey.Normalize(candidate);
            if (key.Length > 0 && seen.Add(key))
            {
                yield return key;
            }
        }
    }

    /// <summary>Great-circle distance in kilometres.</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double R = 6371.0;
        var dLat = (lat2 - lat1) * Math.PI / 180;
        var dLon = (lon2 - lon1) * Math.PI / 180;
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) +
                Math.Cos(lat1 * Math.PI / 180) * Math.Cos(lat2 * Math.PI / 180) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * R * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
