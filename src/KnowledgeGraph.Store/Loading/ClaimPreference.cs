using KnowledgeGraph.Model.Facts;

namespace KnowledgeGraph.Store.Loading;

/// <summary>What decides whether a property claim is preferred: its study, certainty and qualifier.</summary>
/// <param name="StudyId">The id of the study that makes the claim.</param>
/// <param name="Certainty">Stated or inferred.</param>
/// <param name="Qualifier">Null (exact) or how the value is qualified ("more than", "approximately", ...).</param>
public readonly record struct ClaimRank(string StudyId, Certainty Certainty, string? Qualifier);

/// <summary>
/// The one rule, shared by every back-end, that picks a property's value when sources disagree, so that the value does
/// not depend on the order the sources were loaded in. Every claim stays under <c>claims</c>; the property shows the
/// preferred one:
/// <list type="number">
/// <item>a stated claim before an inferred one;</item>
/// <item>an exact claim (no qualifier) before a qualified one ("over 140", "about 2 million");</item>
/// <item>then the study whose id is greater in ordinal order (study ids of dated sources start with their year, so of
/// two such studies the more recent wins).</item>
/// </list>
/// A claim of the same study as the value in place, as certain and as exact, replaces it: that is a newer version of the
/// same source (a newer export of a dataset). Within one study, an exact count stays before a qualified one.
/// </summary>
public static class ClaimPreference
{
    /// <summary>Whether <paramref name="candidate"/> takes the place of the value <paramref name="current"/> holds.</summary>
    public static bool Replaces(ClaimRank candidate, ClaimRank current)
    {
        var order = Compare(candidate, current);
        return order > 0 || (order == 0 && candidate.StudyId == current.StudyId);
    }

    /// <summary>Positive when <paramref name="a"/> is preferred to <paramref name="b"/>, negative when <paramref name="b"/> is, 0 when neither.</summary>
    public static int Compare(ClaimRank a, ClaimRank b)
    {
        if (a.Certainty != b.Certainty)
        {
            return a.Certainty == Certainty.Stated ? 1 : -1;
        }
        var aExact = IsExact(a.Qualifier);
        if (aExact != IsExact(b.Qualifier))
        {
            return aExact ? 1 : -1;
        }
        return Math.Sign(string.CompareOrdinal(a.StudyId, b.StudyId));
    }

    /// <summary>The best of several claims holding the same value (the value in place); null when there are none.</summary>
    public static ClaimRank? Best(IEnumerable<ClaimRank> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ClaimRank? best = null;
        foreach (var claim in claims)
        {
            if (best is not { } b || Compare(claim, b) > 0)
            {
                best = claim;
            }
        }
        return best;
    }

    private static bool IsExact(string? qualifier) => qualifier is null or "" or "exact";
}
