using System.Text.Json;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Api.Planning;
using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Identity;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Query;

namespace KnowledgeGraph.Api.Curation;

/// <summary>
/// Turns curators' mutations into one <see cref="GraphBatch"/> each (the study asserted in it, so every source names a
/// study of the batch) and loads it through <see cref="IGraphStore.LoadAsync"/> in one transaction: an invalid batch
/// writes nothing and comes back as BAD_USER_INPUT with every problem. Writes run one at a time.
/// </summary>
public sealed class CuratorWriter(StoreHolder holder, GraphModel model) : IDisposable
{
    private const string StudyNote = "Recorded by a curator through the API.";
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Adds or updates a node (names, description, property claims) with its source.</summary>
    public async Task<UpsertResult> UpsertNodeAsync(IReadOnlyDictionary<string, object?> input, CancellationToken cancellationToken)
    {
        var kind = model.Kind((string)input["kind"]!);
        var name = ((string)input["name"]!).Trim();
        if (name.Length == 0)
        {
            throw InputValues.BadInput("name must not be empty.");
        }
        var id = input.GetValueOrDefault("id") as string ?? NodeId.FromName(kind, name);
        var sourceInput = InputValues.Object(input["source"])!;
        var source = CuratorInput.Source(sourceInput);
        var node = new NodeAssertion(kind.Name, id, name)
        {
            Aliases = CuratorInput.Aliases(input.GetValueOrDefault("aliases")),
            Description = input.GetValueOrDefault("description") as string,
            Claims = CuratorInput.Claims(input.GetValueOrDefault("properties"), source),
            Sources = [source],
        };
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var nodes = new List<NodeAssertion>();
            if (id != source.StudyId)
            {
                nodes.Add(await StudyAsync(sourceInput, source.StudyId, cancellationToken).ConfigureAwait(false));
            }
            nodes.Add(node);
            var report = await LoadAsync(new GraphBatch($"upsertNode {id}", nodes, []), cancellationToken).ConfigureAwait(false);
            return new UpsertResult([id], report);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Adds a relationship (or a source and property claims to a known one) between two nodes of the graph.</summary>
    public async Task<UpsertResult> UpsertRelationshipAsync(IReadOnlyDictionary<string, object?> input, CancellationToken cancellationToken)
    {
        var type = model.Relationship((string)input["type"]!);
        var sourceInput = InputValues.Object(input["source"])!;
        var source = CuratorInput.Source(sourceInput);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var nodes = new Dictionary<string, NodeAssertion>(StringComparer.Ordinal);
            var study = await StudyAsync(sourceInput, source.StudyId, cancellationToken).ConfigureAwait(false);
            nodes[study.Id] = study;
            var from = await ExistingAsync((string)input["from"]!, "from", cancellationToken).ConfigureAwait(false);
            var to = await ExistingAsync((string)input["to"]!, "to", cancellationToken).ConfigureAwait(false);
            foreach (var end in new[] { from, to })
            {
                nodes.TryAdd(end.Id, new NodeAssertion(end.Kind, end.Id, end.Name) { Sources = [source] });
            }
            var relationship = new RelationshipAssertion(type.Name, from.Id, to.Id)
            {
                Claims = CuratorInput.Claims(input.GetValueOrDefault("properties"), source),
                Sources = [source],
            };
            var batch = new GraphBatch($"upsertRelationship {type.Name} {from.Id} -> {to.Id}", nodes.Values.ToList(), [relationship]);
            var report = await LoadAsync(batch, cancellationToken).ConfigureAwait(false);
            return new UpsertResult([from.Id, to.Id], report);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _gate.Dispose();

    private async Task<LoadReport> LoadAsync(GraphBatch batch, CancellationToken cancellationToken)
    {
        try
        {
            return await holder.Store.LoadAsync([batch], cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidBatchException ex)
        {
            var problems = ex.Problems.Select(p => (object?)p.Message).ToList();
            throw InputValues.BadInput($"The input has {problems.Count} problem(s); nothing was written. {ex.Problems[0].Message}",
                new Dictionary<string, object?> { ["problems"] = problems });
        }
        catch (StoreException ex)
        {
            throw ApiErrorCodes.Failed(ex);
        }
    }

    /// <summary>The study a source names, asserted as it stands in the graph, or new with <c>studyName</c>.</summary>
    private async Task<NodeAssertion> StudyAsync(IReadOnlyDictionary<string, object?> sourceInput, string studyId, CancellationToken cancellationToken)
    {
        var found = await FindAsync(studyId, CityNetworksModel.Study, cancellationToken).ConfigureAwait(false);
        var name = found?.Name ?? sourceInput.GetValueOrDefault("studyName") as string
            ?? throw InputValues.BadInput($"The study '{studyId}' is not in the graph; give studyName to add it.");
        return new NodeAssertion(CityNetworksModel.Study.Name, found?.Id ?? studyId, name)
        {
            Sources = [new Source(found?.Id ?? studyId, Certainty.Inferred) { Note = StudyNote }],
        };
    }

    private async Task<(string Id, string Kind, string Name)> ExistingAsync(string id, string role, CancellationToken cancellationToken) =>
        await FindAsync(id, null, cancellationToken).ConfigureAwait(false)
        ?? throw InputValues.BadInput($"'{role}' names '{id}', which is not in the graph; add it with upsertNode first.");

    private async Task<(string Id, string Kind, string Name)?> FindAsync(string id, NodeKind? kind, CancellationToken cancellationToken)
    {
        if (!NodeId.IsWellFormed(id))
        {
            throw InputValues.BadInput($"'{id}' is not a valid node id (prefix:name, such as city:barcelona).");
        }
        var query = new NodeQuery
        {
            Kind = kind,
            Where = new IdInFilter([id]),
            Shape = ResultShape.Single,
            First = 1,
            Projection = Projection.Of(new ValueField("id", FieldRef.Id), new ValueField("kind", FieldRef.Kind), new ValueField("name", FieldRef.Name)),
        };
        string json;
        try
        {
            json = await holder.Store.QueryAsync(query, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreException ex)
        {
            throw ApiErrorCodes.Failed(ex);
        }
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return root.ValueKind == JsonValueKind.Object
            ? (root.GetProperty("id").GetString()!, root.GetProperty("kind").GetString()!, root.GetProperty("name").GetString()!)
            : null;
    }
}
