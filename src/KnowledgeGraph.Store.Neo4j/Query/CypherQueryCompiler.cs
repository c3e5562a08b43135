using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Query;

namespace KnowledgeGraph.Store.Neo4j.Query;

/// <summary>
/// Compiles a read plan into ONE Cypher statement in the dialect that runs on Neo4j 3.1 and is valid Cypher 5 (map
/// literals, pattern comprehensions, <c>size([pattern | 1])</c>, no subqueries). Values are parameters; labels, types
/// and property names come from the model and are quoted.
/// </summary>
public sealed class CypherQueryCompiler
{
    private readonly QueryValidator _validator;
    private readonly string _studyLabel;

    /// <summary>Creates a compiler for plans over <paramref name="model"/>.</summary>
    public CypherQueryCompiler(GraphModel model)
    {
        _validator = new QueryValidator(model);
        _studyLabel = CityNetworksModel.Study.Name;
    }

    /// <summary>
    /// The full-text index searches read their candidates from (<see cref="SearchIndex.Name"/> on Neo4j 5 and later,
    /// chosen by the server's version); null reads every node's names (Neo4j 3.x and 4.x).
    /// </summary>
    public string? FullTextIndex { get; set; }

    /// <summary>Checks and compiles a plan.</summary>
    /// <exception cref="QueryValidationException">The plan does not fit the model.</exception>
    public CompiledCypher Compile(NodeQuery query)
    {
        _validator.Validate(query);
        var text = new CypherText();
        var statement = new CypherPlanWriter(text, _studyLabel).Root(query);
        return new CompiledCypher(statement, text.Parameters, query);
    }

    /// <summary>Checks and compiles a name search.</summary>
    /// <exception cref="QueryValidationException">The plan does not fit the model.</exception>
    public CompiledCypher Compile(SearchQuery query)
    {
        _validator.Validate(query);
        var text = new CypherText();
        var statement = new CypherPlanWriter(text, _studyLabel).Search(query, FullTextIndex);
        return new CompiledCypher(statement, text.Parameters, null, query);
    }
}
