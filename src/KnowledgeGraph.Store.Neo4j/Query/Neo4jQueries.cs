using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Neo4j.Client;
using KnowledgeGraph.Store.Query;

namespace KnowledgeGraph.Store.Neo4j.Query;

/// <summary>
/// Runs plans and searches on Neo4j: one auto-commit read statement each (retried whole on a transient failure), its
/// row shaped into the same JSON the SQLite back-end answers.
/// </summary>
public sealed class Neo4jQueries(Neo4jClient client, GraphModel model) : IGraphQueries
{
    /// <summary>The compiler in use (to inspect the Cypher of a plan).</summary>
    public CypherQueryCompiler Compiler { get; } = new(model);

    /// <inheritdoc/>
    public async Task<string> QueryAsync(NodeQuery query, CancellationToken cancellationToken = default)
    {
        var compiled = Compiler.Compile(query);
        var rows = await client.QueryAsync(compiled.Statement, r => r, cancellationToken).ConfigureAwait(false);
        return ResultShaper.Shape(query, rows);
    }

    /// <inheritdoc/>
    public async Task<string> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        var compiled = Compiler.Compile(query);
        var rows = await client.QueryAsync(compiled.Statement, r => r, cancellationToken).ConfigureAwait(false);
        return ResultShaper.ShapeSearch(query, rows);
    }
}
