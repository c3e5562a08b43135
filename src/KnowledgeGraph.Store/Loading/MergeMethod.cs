namespace KnowledgeGraph.Store.Loading;

/// <summary>How an asserted node was found among the stored ones.</summary>
public enum MergeMethod
{
    /// <summary>Not found: the load creates it.</summary>
    None,

    /// <summary>By its canonical external id (the kind's external key, such as a GeoNames id).</summary>
    ExternalKey,

    /// <summary>By the id asserted (any id a source used for the node before).</summary>
    Id,

    /// <summary>By a name or alias of the same kind, when exactly one namesake agrees on the distinguishing properties.</summary>
    Name,
}

/// <summary>The words for <see cref="MergeMethod"/> in load reports.</summary>
public static class MergeMethods
{
    /// <summary>"external key", "id" or "name", as load reports say it ("city:x merged by name").</summary>
    public static string Describe(this MergeMethod method) => method switch
    {
        MergeMethod.ExternalKey => "external key",
        MergeMethod.Id => "id",
        MergeMethod.Name => "name",
        _ => "none",
    };
}
