namespace KnowledgeGraph.Bench.ApiScale;

/// <summary>
/// How many nodes of each kind a generated graph has, from a scale factor: factor 1 gives about 100k nodes and
/// 500k relationships, factor 10 about 1M and 5M. Countries, themes and programmes stay fixed (Europe does not grow),
/// so programmes and themes hold ten times the projects at factor 10.
/// </summary>
/// <param name="Name">The scale's name (small, large, or the factor).</param>
/// <param name="Factor">The multiplier of cities, organisations, projects, networks, twinnings.</param>
public sealed record GraphShape(string Name, double Factor)
{
    /// <summary>About 100k nodes and 500k relationships.</summary>
    public static readonly GraphShape Small = new("small", 1);

    /// <summary>About 1M nodes and 5M relationships.</summary>
    public static readonly GraphShape Large = new("large", 10);

    /// <summary>Countries (fixed).</summary>
    public int Countries => CountryNames.All.Count;

    /// <summary>Regions (administrative), spread over the countries by size.</summary>
    public int Regions => Scaled(320);

    /// <summary>Cities, Zipf-sized.</summary>
    public int Cities => Scaled(22_000);

    /// <summary>Organisations, most located in a city.</summary>
    public int Organisations => Scaled(50_000);

    /// <summary>Projects of 2 to 20 partners.</summary>
    public int Projects => Scaled(34_000);

    /// <summary>Funding periods, each a parent programme with <see cref="ProgrammesPerPeriod"/> strands (fixed).</summary>
    public int Periods => 4;

    /// <summary>Strands per period (fixed).</summary>
    public int ProgrammesPerPeriod => 40;

    /// <summary>Themes (fixed).</summary>
    public int Themes => 30;

    /// <summary>City networks, Zipf-sized memberships.</summary>
    public int Networks => Scaled(200);

    /// <summary>Twinnings between cities (COOPERATES_WITH).</summary>
    public int Twinnings => Scaled(15_000);

    /// <summary>The shape named <paramref name="name"/>: small, large, or a factor such as 3.</summary>
    public static GraphShape Parse(string name) => name switch
    {
        "small" => Small,
        "large" => Large,
        _ when double.TryParse(name, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var f) && f > 0 => new(name, f),
        _ => throw new ArgumentException($"Unknown scale '{name}' (small, large or a factor such as 3)."),
    };

    private int Scaled(int count) => (int)Math.Round(count * Factor);
}
