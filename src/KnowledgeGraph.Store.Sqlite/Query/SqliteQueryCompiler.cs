using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Query;

namespace KnowledgeGraph.Store.Sqlite.Query;

/// <summary>
/// Compiles a read plan into ONE SQLite statement that returns the whole nested result as one JSON text:
/// each level is a correlated subquery (filter, order, limit inside it) folded with json_group_array, and each
/// node object a json_object. Values are parameters; only checked names (response keys, property paths) are text.
/// </summary>
public sealed class SqliteQueryCompiler
{
    private readonly QueryValidator _validator;

    /// <summary>Creates a compiler for plans over <paramref name="model"/>.</summary>
    public SqliteQueryCompiler(GraphModel model) => _validator = new QueryValidator(model);

    /// <summary>Checks and compiles a plan.</summary>
    /// <exception cref="QueryValidationException">The plan does not fit the model.</exception>
    public CompiledQuery Compile(NodeQuery query)
    {
        _validator.Validate(query);
        var text = new SqlText();
        var writer = new PlanWriter(text);
        var result = writer.Root(query);
        return new CompiledQuery("SELECT " + result + " AS result", text.Parameters);
    }

    /// <summary>Checks and compiles a full-text search.</summary>
    /// <exception cref="QueryValidationException">The plan does not fit the model.</exception>
    public CompiledQuery Compile(SearchQuery query)
    {
        _validator.Validate(query);
        var text = new SqlText();
        var writer = new PlanWriter(text);
        return new CompiledQuery("SELECT " + writer.Search(query) + " AS result", text.Parameters);
    }
}
