using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Identity;
using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Model.Validation;

/// <summary>
/// Checks a batch against the model before anything is written: known kinds and relationship types, well-formed
/// ids, typed property values, allowed endpoints, references to nodes of the same batch, and a source for every
/// fact. It reports every problem, not only the first.
/// </summary>
public sealed class BatchValidator(GraphModel model)
{
    /// <summary>Returns every problem of <paramref name="batch"/>; empty when it can be loaded.</summary>
    public IReadOnlyList<Problem> Validate(GraphBatch batch)
    {
        var problems = new List<Problem>();
        var kinds = new Dictionary<string, NodeKind>(StringComparer.Ordinal);
        var studies = new HashSet<string>(StringComparer.Ordinal);

        var nodes = batch.Nodes;
        for (var n = 0; n < nodes.Count; n++)
        {
            var node = nodes[n];
            if (!model.TryGetKind(node.Kind, out var kind))
            {
                problems.Add(new(node.Origin, $"unknown node kind '{node.Kind}' (known kinds: {string.Join(", ", model.NodeKinds.Select(k => k.Name))})"));
                continue;
            }
            if (NodeId.Check(model, node.Id, kind) is { } idError)
            {
                problems.Add(new(node.Origin, idError));
            }
            else if (kinds.ContainsKey(node.Id))
            {
                problems.Add(new(node.Origin, $"node '{node.Id}' is declared twice in this file"));
            }
            kinds[node.Id] = kind;
            if (kind == CityNetworksModel.Study)
            {
                studies.Add(node.Id);
            }
            if (string.IsNullOrWhiteSpace(node.Name))
            {
                problems.Add(new(node.Origin, $"node '{node.Id}' has no name"));
            }
            CheckSources(node.Sources, node.Origin, node, problems);
            var nodeClaims = node.Claims;
            for (var c = 0; c < nodeClaims.Count; c++)
            {
                var claim = nodeClaims[c];
                var property = kind.FindProperty(claim.Name);
                if (property is null)
                {
                    problems.Add(new(claim.Origin ?? node.Origin, $"{kind.Name} has no property '{claim.Name}' (it has: {Describe(kind.Properties)})"));
                    continue;
                }
                CheckClaim(property, claim, node.Origin, problems);
            }
        }

        var relationships = batch.Relationships;
        for (var r = 0; r < relationships.Count; r++)
        {
            var rel = relationships[r];
            if (!model.TryGetRelationship(rel.Type, out var type))
            {
                problems.Add(new(rel.Origin, $"unknown relationship type '{rel.Type}' (known: {string.Join(", ", model.RelationshipTypes.Select(r => r.Name))})"));
                continue;
            }
            var fromKnown = kinds.TryGetValue(rel.FromId, out var fromKind);
            var toKnown = kinds.TryGetValue(rel.ToId, out var toKind);
            if (!fromKnown)
            {
                problems.Add(new(rel.Origin, $"{rel.Type}: 'from' names '{rel.FromId}', which is not declared in this file's nodes"));
            }
            if (!toKnown)
            {
                problems.Add(new(rel.Origin, $"{rel.Type}: 'to' names '{rel.ToId}', which is not declared in this file's nodes"));
            }
            if (fromKnown && toKnown && !type.Allows(fromKind!, toKind!))
            {
                problems.Add(new(rel.Origin, $"{rel.Type} cannot join {fromKind!.Name} '{rel.FromId}' to {toKind!.Name} '{rel.ToId}' (allowed: {type.DescribeEndpoints()})"));
            }
            if (rel.FromId == rel.ToId)
            {
                problems.Add(new(rel.Origin, $"{Label(rel)}: a relationship cannot join a node to itself"));
            }
            CheckSources(rel.Sources, rel.Origin, rel, problems);
            var relClaims = rel.Claims;
            for (var c = 0; c < relClaims.Count; c++)
            {
                var claim = relClaims[c];
                var property = type.FindProperty(claim.Name);
                if (property is null)
                {
                    problems.Add(new(claim.Origin ?? rel.Origin, $"{rel.Type} has no property '{claim.Name}' (it has: {Describe(type.Properties)})"));
                    continue;
                }
                CheckClaim(property, claim, rel.Origin, problems);
            }
        }

        // Every source must name a study the batch declares, so provenance never dangles.
        for (var n = 0; n < nodes.Count; n++)
        {
            CheckStudies(nodes[n].Sources, nodes[n].Origin, studies, problems);
        }
        for (var r = 0; r < relationships.Count; r++)
        {
            CheckStudies(relationships[r].Sources, relationships[r].Origin, studies, problems);
        }
        return problems;
    }

    private static void CheckStudies(IReadOnlyList<Source> sources, Origin? origin, HashSet<string> studies, List<Problem> problems)
    {
        // Consecutive sources usually name the same study: it is looked up once per run.
        string? known = null;
        // Indexed loops: a foreach over the interface would allocate an enumerator per fact.
        for (var i = 0; i < sources.Count; i++)
        {
            var source = sources[i];
            if (ReferenceEquals(source.StudyId, known))
            {
                continue;
            }
            if (studies.Contains(source.StudyId))
            {
                known = source.StudyId;
            }
            else
            {
                problems.Add(new(origin, $"source names study '{source.StudyId}', which is not declared in this file"));
            }
        }
    }

    private static void CheckClaim(PropertyDefinition property, PropertyClaim claim, Origin? fallback, List<Problem> problems)
    {
        if (PropertyValues.TryCoerce(property, claim.Value, out _) is { } error)
        {
            problems.Add(new(claim.Origin ?? fallback, error));
        }
        CheckSource(claim.Source, claim.Origin ?? fallback, claim, problems);
    }

    // The subject (a node, a relationship or a claim) is described only when there is a problem to report.
    private static void CheckSources(IReadOnlyList<Source> sources, Origin? origin, object subject, List<Problem> problems)
    {
        if (sources.Count == 0)
        {
            problems.Add(new(origin, $"{Subject(subject)} has no source: give a 'quote' from the document, or 'inferred: true' with a 'note'"));
            return;
        }
        for (var i = 0; i < sources.Count; i++)
        {
            CheckSource(sources[i], origin, subject, problems);
        }
    }

    private static void CheckSource(Source s, Origin? origin, object subject, List<Problem> problems)
    {
        var hasEvidence = !string.IsNullOrWhiteSpace(s.Quote) || !string.IsNullOrWhiteSpace(s.Row);
        if (s.Certainty == Certainty.Stated && !hasEvidence)
        {
            problems.Add(new(origin, $"{Subject(subject)} is marked stated but has no quote (or dataset row) to show it"));
        }
        if (s.Certainty == Certainty.Inferred && string.IsNullOrWhiteSpace(s.Note) && !hasEvidence)
        {
            problems.Add(new(origin, $"{Subject(subject)} is inferred but says neither why (note) nor from what (quote)"));
        }
    }

    private static string Subject(object subject) => subject switch
    {
        NodeAssertion node => $"node '{node.Id}'",
        RelationshipAssertion rel => Label(rel),
        PropertyClaim claim => $"property '{claim.Name}'",
        _ => subject.ToString() ?? "",
    };

    private static string Label(RelationshipAssertion rel) => $"{rel.Type} {rel.FromId} -> {rel.ToId}";

    private static string Describe(IReadOnlyList<PropertyDefinition> properties) =>
        properties.Count == 0 ? "no properties" : string.Join(", ", properties.Select(p => p.Name));
}
