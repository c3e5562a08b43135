using KnowledgeGraph.Store.Query;

namespace KnowledgeGraph.Store.Analytics;

/// <summary>Checks the bounds of analytics requests, the same for every back-end.</summary>
public static class AnalyticsValidator
{
    /// <summary>Throws when the page or the year range is out of bounds.</summary>
    /// <exception cref="QueryValidationException">What is wrong.</exception>
    public static void Validate(AnalyticsScope scope)
    {
        if (scope.FromYear is { } from && scope.ToYear is { } to && from > to)
        {
            throw new QueryValidationException($"fromYear ({from}) is after toYear ({to}).");
        }
        if (scope is PagedAnalyticsScope paged)
        {
            if (paged.First is < 1 or > PagedAnalyticsScope.MaxFirst)
            {
                throw new QueryValidationException($"first must be between 1 and {PagedAnalyticsScope.MaxFirst}, not {paged.First}.");
            }
            if (paged.Offset < 0)
            {
                throw new QueryValidationException($"offset must not be negative, not {paged.Offset}.");
            }
        }
    }

    /// <summary>Throws when the page, the year range or a graph limit of a centrality query is out of bounds.</summary>
    /// <exception cref="QueryValidationException">What is wrong.</exception>
    public static void Validate(CentralityQuery query)
    {
        Validate((AnalyticsScope)query);
        if (query.MaxGraphNodes < 1 || query.MaxGraphEdges < 1)
        {
            throw new QueryValidationException($"The graph limits must be positive, not {query.MaxGraphNodes} nodes and {query.MaxGraphEdges} edges.");
        }
    }

    /// <summary>Throws when the year range or the project limit of a subgraph query is out of bounds.</summary>
    /// <exception cref="QueryValidationException">What is wrong.</exception>
    public static void Validate(SubgraphQuery query)
    {
        Validate((AnalyticsScope)query);
        if (query.First is < 1 or > SubgraphQuery.MaxProjects)
        {
            throw new QueryValidationException($"first must be between 1 and {SubgraphQuery.MaxProjects}, not {query.First}.");
        }
    }

    /// <summary>Throws when a bound of a path query is out of range or an end is missing.</summary>
    /// <exception cref="QueryValidationException">What is wrong.</exception>
    public static void Validate(PathQuery query)
    {
        if (string.IsNullOrEmpty(query.FromId) || string.IsNullOrEmpty(query.ToId))
        {
            throw new QueryValidationException("A path needs both ends.");
        }
        if (query.MaxHops is < 1 or > PathQuery.MaxHopsLimit)
        {
            throw new QueryValidationException($"maxHops must be between 1 and {PathQuery.MaxHopsLimit}, not {query.MaxHops}.");
        }
        if (query.MaxPaths is < 1 or > PathQuery.MaxPathsLimit)
        {
            throw new QueryValidationException($"maxPaths must be between 1 and {PathQuery.MaxPathsLimit}, not {query.MaxPaths}.");
        }
        if (query.BreadthLimit is < 1_000 or > 1_000_000)
        {
            throw new QueryValidationException($"breadthLimit must be between 1000 and 1000000, not {query.BreadthLimit}.");
        }
    }
}
