using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Identity;
using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Drafting;

/// <summary>Precision and recall of one side (nodes or relationships) of a draft against a curated study.</summary>
public sealed record Figures(int Proposed, int Gold, int Matched, int GoldMatched)
{
    /// <summary>Share of the proposals the curated study holds (1 when nothing was proposed).</summary>
    public double Precision => Proposed == 0 ? 1 : (double)Matched / Proposed;

    /// <summary>Share of the curated study the draft proposes.</summary>
    public double Recall => Gold == 0 ? 1 : (double)GoldMatched / Gold;
}

/// <summary>How a draft compares with the curated study of the same document.</summary>
public sealed record DraftScore(Figures Nodes, Figures Relationships, IReadOnlyList<string> MissedNodes, IReadOnlyList<string> ExtraNodes,
    IReadOnlyList<string> MissedRelationships, IReadOnlyList<string> ExtraRelationships)
{
    /// <summary>
    /// Compares the active proposals of a draft (what loading it would state) with a curated study. Nodes match as the
    /// store merges them: the same kind and the same id, or a name or alias in common (folded as search folds). The
    /// document's own study node counts as matched and is left out of the node figures. Relationships match by type
    /// and both ends (after the node matching; either way for a symmetric type).
    /// </summary>
    /// <param name="gold">The curated study.</param>
    /// <param name="draft">The draft, as the study reader reads it.</param>
    /// <param name="model">The graph model.</param>
    /// <param name="byNameForEveryKind">
    /// Match nodes of every kind by name, events and studies too (which the store does not merge by name): what the
    /// figures would be once the curator gives the draft's new events the ids of the curated ones.
    /// </param>
    public static DraftScore Compare(GraphBatch gold, GraphBatch draft, GraphModel model, bool byNameForEveryKind = false)
    {
        var goldStudy = gold.Nodes[0];
        var draftStudy = draft.Nodes[0];
        var goldNodes = gold.Nodes.Skip(1).ToList();
        var draftNodes = draft.Nodes.Skip(1).ToList();

        var map = new Dictionary<string, string>(StringComparer.Ordinal) { [draftStudy.Id] = goldStudy.Id };
        var goldMatched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in draftNodes)
        {
            var match = goldNodes.FirstOrDefault(g => g.Kind == node.Kind && g.Id == node.Id)
                ?? goldNodes.FirstOrDefault(g => g.Kind == node.Kind && (byNameForEveryKind || model.Kind(g.Kind).MergesByName) && Names(g).Overlaps(Names(node)));
            if (match is not null)
            {
                map[node.Id] = match.Id;
                goldMatched.Add(match.Id);
            }
        }
        var nodes = new Figures(draftNodes.Count, goldNodes.Count, draftNodes.Count(n => map.ContainsKey(n.Id)), goldMatched.Count);

        string Key(string type, string from, string to) =>
            model.Relationship(type).IsSymmetric && string.CompareOrdinal(from, to) > 0 ? $"{to} -{type}- {from}" : $"{from} -{type}- {to}";
        var goldKeys = gold.Relationships.Select(r => Key(r.Type, r.FromId, r.ToId)).ToHashSet(StringComparer.Ordinal);
        var draftKeys = draft.Relationships
            .Select(r => Key(r.Type, map.GetValueOrDefault(r.FromId, r.FromId), map.GetValueOrDefault(r.ToId, r.ToId)))
            .ToHashSet(StringComparer.Ordinal);
        var relationships = new Figures(draftKeys.Count, goldKeys.Count, draftKeys.Count(goldKeys.Contains), goldKeys.Count(draftKeys.Contains));

        return new DraftScore(nodes, relationships,
            goldNodes.Where(g => !goldMatched.Contains(g.Id)).Select(g => g.Id).ToList(),
            draftNodes.Where(n => !map.ContainsKey(n.Id)).Select(n => n.Id).ToList(),
            goldKeys.Where(k => !draftKeys.Contains(k)).Order(StringComparer.Ordinal).ToList(),
            draftKeys.Where(k => !goldKeys.Contains(k)).Order(StringComparer.Ordinal).ToList());
    }

    private static HashSet<string> Names(NodeAssertion node) =>
        node.Aliases.Select(a => a.Name).Append(node.Name).Select(TextKey.Normalize).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
}
