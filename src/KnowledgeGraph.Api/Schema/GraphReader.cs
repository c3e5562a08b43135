using System.Text.Json;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Api.Planning;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Query;

namespace KnowledgeGraph.Api.Schema;

/// <summary>Runs plans on the store (one statement each) and hands the JSON to the engine as <see cref="JsonElement"/>s.</summary>
public sealed class GraphReader(StoreHolder holder)
{
    /// <summary>Runs a plan; null when the result is JSON null (a single node not found).</summary>
    public async ValueTask<object?> QueryAsync(NodeQuery query, CancellationToken cancellationToken)
    {
        try
        {
            return Parse(await holder.Store.QueryAsync(query, cancellationToken).ConfigureAwait(false));
        }
        catch (QueryValidationException ex)
        {
            throw InputValues.BadInput(ex.Message);
        }
        catch (StoreException ex)
        {
            throw ApiErrorCodes.Failed(ex);
        }
    }

    /// <summary>Runs a search.</summary>
    public async ValueTask<object?> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        try
        {
            return Parse(await holder.Store.SearchAsync(query, cancellationToken).ConfigureAwait(false));
        }
        catch (QueryValidationException ex)
        {
            throw InputValues.BadInput(ex.Message);
        }
        catch (StoreException ex)
        {
            throw ApiErrorCodes.Failed(ex);
        }
    }

    /// <summary>
    /// The near misses of <paramref name="text"/> (<see cref="NameResolver.SuggestAsync"/>, one statement), as JSON
    /// objects; none when a name or alias of those kinds equals it.
    /// </summary>
    public async ValueTask<object?> SuggestAsync(string text, IReadOnlyList<KnowledgeGraph.Model.Schema.NodeKind>? kinds, int first, CancellationToken cancellationToken)
    {
        try
        {
            var near = await new NameResolver(holder.Store).SuggestAsync(text, kinds, first, cancellationToken).ConfigureAwait(false);
            return JsonSerializer.SerializeToElement(near.Select(s => new { id = s.Id, kind = s.Kind, name = s.Name, matched = s.Matched, distance = s.Distance }));
        }
        catch (QueryValidationException ex)
        {
            throw InputValues.BadInput(ex.Message);
        }
        catch (StoreException ex)
        {
            throw ApiErrorCodes.Failed(ex);
        }
    }

    private static object? Parse(string json)
    {
        // One parse into an element that owns its (unpooled) buffers, rather than parsing into a pooled document and cloning it.
        var element = JsonElement.Parse(json);
        return element.ValueKind == JsonValueKind.Null ? null : element;
    }
}
