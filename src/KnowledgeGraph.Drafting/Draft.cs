using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Drafting;

/// <summary>Why a proposal was made: the rule's name and how sure it is (0 to 1).</summary>
public sealed record Provenance(string Rule, double Confidence);

/// <summary>A proposed property claim: a value with the words that state it.</summary>
public sealed record DraftClaim(string Property, object Value, string Quote, Provenance Why)
{
    /// <summary>"more than", "approximately"... as the study format writes qualifiers.</summary>
    public string? Qualifier { get; init; }
}

/// <summary>A proposed node: known to the store (its id) or a new candidate.</summary>
public sealed class DraftNode(string id, NodeKind kind, string name, Provenance why)
{
    /// <summary>The id: the store's for a known node, a new one from the name for a candidate.</summary>
    public string Id { get; } = id;

    /// <summary>The kind.</summary>
    public NodeKind Kind { get; } = kind;

    /// <summary>The display name.</summary>
    public string Name { get; } = name;

    /// <summary>The rule and confidence.</summary>
    public Provenance Why { get; set; } = why;

    /// <summary>True when the store holds the node already.</summary>
    public bool Known { get; init; }

    /// <summary>Names as the document writes them when they differ from <see cref="Name"/>.</summary>
    public List<string> Aliases { get; } = [];

    /// <summary>The words that name it, or null when it is inferred.</summary>
    public string? Quote { get; set; }

    /// <summary>Why it is inferred, when it has no quote.</summary>
    public string? Note { get; set; }

    /// <summary>A remark for the curator (an ambiguity, for instance), written as a comment.</summary>
    public string? Remark { get; set; }

    /// <summary>Proposed property claims.</summary>
    public List<DraftClaim> Claims { get; } = [];
}

/// <summary>A proposed relationship with the words that state it, or inferred with a note.</summary>
public sealed record DraftRelationship(RelationshipType Type, DraftNode From, DraftNode To, Provenance Why)
{
    /// <summary>The smallest span of the sentence that holds both names and the cue; null when inferred.</summary>
    public string? Quote { get; init; }

    /// <summary>Why it is inferred.</summary>
    public string? Note { get; init; }

    /// <summary>Property claims (such as dates or a role).</summary>
    public List<DraftClaim> Claims { get; init; } = [];
}

/// <summary>A draft study: the document's own node, the nodes it names and the relationships it states.</summary>
public sealed class Draft(DraftNode study, LanguagePatterns language, string document)
{
    /// <summary>The study node.</summary>
    public DraftNode Study { get; } = study;

    /// <summary>The language the patterns came from.</summary>
    public LanguagePatterns Language { get; } = language;

    /// <summary>The document's file name.</summary>
    public string Document { get; } = document;

    /// <summary>Proposed nodes, in the order first named.</summary>
    public List<DraftNode> Nodes { get; } = [];

    /// <summary>Proposed relationships.</summary>
    public List<DraftRelationship> Relationships { get; } = [];

    /// <summary>Notes for the curator (unresolved ambiguities), written at the top.</summary>
    public List<string> Remarks { get; } = [];
}
