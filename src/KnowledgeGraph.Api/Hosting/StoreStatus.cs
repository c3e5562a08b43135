namespace KnowledgeGraph.Api.Hosting;

/// <summary>Where the store stands.</summary>
public enum StoreStatus
{
    /// <summary>Opening the store, or loading the seed graph into an empty one.</summary>
    Loading,

    /// <summary>Open and answering.</summary>
    Ready,

    /// <summary>Opening or seeding failed; see <see cref="StoreHolder.Error"/>.</summary>
    Failed,
}
