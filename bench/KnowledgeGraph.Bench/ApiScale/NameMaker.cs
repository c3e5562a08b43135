using KnowledgeGraph.Model.Identity;

namespace KnowledgeGraph.Bench.ApiScale;

/// <summary>
/// Makes pronounceable place-like names from syllables ("Velmarin", "Oskadorf"), unique by their folded form
/// (<see cref="TextKey.Normalize"/>) so the store never merges two generated nodes by name. Deterministic for a seed.
/// </summary>
public sealed class NameMaker(Random random)
{
    private static readonly string[] Starts =
    [
        "Vel", "Os", "Kar", "Lin", "Bra", "Mor", "Tor", "San", "Gre", "Hal", "Ber", "Dun", "Fal", "Kel", "Mar", "Nor",
        "Pal", "Ros", "Sel", "Val", "Wes", "Zar", "Alt", "Cas", "Eri", "Lau", "Mil", "Ost", "Rav", "Tre",
    ];

    private static readonly string[] Middles = ["a", "e", "i", "o", "u", "ar", "en", "il", "or", "un", "ad", "el", "ko", "ri", "sa"];

    private static readonly string[] Ends =
    [
        "burg", "dorf", "ville", "stad", "mar", "na", "ona", "heim", "ova", "polis", "grad", "ton", "ford", "lia", "ino",
        "vik", "berg", "sund", "ac", "ec", "es", "os", "um", "ice", "ach", "au", "ay", "ingen", "wick", "rup",
    ];

    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>A new place name, never returned before by this maker.</summary>
    public string Place()
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = Starts[random.Next(Starts.Length)] + Middles[random.Next(Middles.Length)] + Ends[random.Next(Ends.Length)];
            if (attempt > 3)
            {
                name += " " + Starts[random.Next(Starts.Length)] + Ends[random.Next(Ends.Length)];
            }
            if (attempt > 8)
            {
                name += " " + attempt.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            if (Claim(name))
            {
                return name;
            }
        }
    }

    /// <summary>Reserves <paramref name="name"/> when no name of the same folded form was made; false otherwise.</summary>
    public bool Claim(string name) => _used.Add(TextKey.Normalize(name));
}
