using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Query;

namespace KnowledgeGraph.Store.Backends;

/// <summary>
/// One open store of any back-end, as the API and the CLI hold it: loading and exports (<see cref="IGraphStore"/>), plans
/// (<see cref="IGraphQueries"/>), the research questions (<see cref="Analytics"/>), a count of the statements it ran and a
/// readiness check. Failures of the back-end surface as <see cref="StoreException"/>.
/// </summary>
public interface IGraphBackend : IGraphStore, IGraphQueries
{
    /// <summary>The provider that opened it (<c>Sqlite</c>, <c>Neo4j</c>).</summary>
    string Provider { get; }

    /// <summary>Where it is, for messages and <c>/health</c>: a file path or a URI, never a secret.</summary>
    string Location { get; }

    /// <summary>The research questions, one statement each.</summary>
    IGraphAnalytics Analytics { get; }

    /// <summary>The statements its queries and analytics have run (one per plan or question).</summary>
    IStatementCounter Statements { get; }

    /// <summary>Checks the store still answers (a trivial statement); throws <see cref="StoreException"/> when it does not.</summary>
    Task PingAsync(CancellationToken cancellationToken = default);
}
