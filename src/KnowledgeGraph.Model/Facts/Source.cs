namespace KnowledgeGraph.Model.Facts;

/// <summary>Whether a source states a fact or the curator inferred it.</summary>
public enum Certainty
{
    /// <summary>The source says it.</summary>
    Stated,

    /// <summary>The curator or importer concluded it (Terrassa is in Spain); the note says why.</summary>
    Inferred,
}

/// <summary>
/// Provenance of one fact: the study that states it, with the exact quote (for documents) or the dataset
/// and row (for datasets), and whether it is stated or inferred.
/// </summary>
/// <param name="StudyId">Id of the Study node.</param>
/// <param name="Certainty">Stated or inferred.</param>
public sealed record Source(string StudyId, Certainty Certainty)
{
    /// <summary>The words of the document that state the fact.</summary>
    public string? Quote { get; init; }

    /// <summary>The dataset file, for facts read from a dataset.</summary>
    public string? Dataset { get; init; }

    /// <summary>The row (or record key) in the dataset.</summary>
    public string? Row { get; init; }

    /// <summary>Why an inferred fact was inferred, or how a match was made.</summary>
    public string? Note { get; init; }
}
