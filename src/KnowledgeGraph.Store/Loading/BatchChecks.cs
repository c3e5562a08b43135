using System.Collections.Concurrent;
using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Model.Validation;

namespace KnowledgeGraph.Store.Loading;

/// <summary>
/// The check of a load's batches against the model, running in the background while the writer applies the batches
/// already checked: the writer waits for a batch's check (<see cref="Passed"/>) before it applies that batch.
/// </summary>
/// <remarks>
/// The batches are checked in load order (each worker takes the next unchecked batch), on one worker fewer than there
/// are processors, so the writer keeps a core. A bad batch stops the load before it is applied; since every batch
/// before it passed, it is the first bad batch in load order, as when every batch was checked before the transaction
/// began. Nothing is kept: the load's transaction rolls back. Every back-end checks its loads this way.
/// </remarks>
public sealed class BatchChecks
{
    private readonly IReadOnlyList<GraphBatch> _batches;
    private readonly TaskCompletionSource<IReadOnlyList<Problem>>[] _results;

    private BatchChecks(IReadOnlyList<GraphBatch> batches)
    {
        _batches = batches;
        _results = new TaskCompletionSource<IReadOnlyList<Problem>>[batches.Count];
        for (var i = 0; i < _results.Length; i++)
        {
            _results[i] = new TaskCompletionSource<IReadOnlyList<Problem>>(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>
    /// Starts checking a load's batches against <paramref name="model"/>, unless the caller checked them against that very
    /// model already (<see cref="LoadOptions.ValidatedAgainst"/>, as an import plan does): then null, nothing to wait for.
    /// </summary>
    public static BatchChecks? For(IReadOnlyList<GraphBatch> batches, LoadOptions options, GraphModel model)
    {
        ArgumentNullException.ThrowIfNull(options);
        return ReferenceEquals(options.ValidatedAgainst, model) ? null : Start(batches, new BatchValidator(model));
    }

    /// <summary>Starts checking every batch, in order, in the background.</summary>
    public static BatchChecks Start(IReadOnlyList<GraphBatch> batches, BatchValidator validator)
    {
        var checks = new BatchChecks(batches);
        var order = Partitioner.Create(Enumerable.Range(0, batches.Count), EnumerablePartitionerOptions.NoBuffering);
        var workers = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount - 1) };
        _ = Task.Run(() => Parallel.ForEach(order, workers, i =>
        {
            try
            {
                checks._results[i].SetResult(validator.Validate(batches[i]));
            }
            catch (Exception ex)
            {
                checks._results[i].SetException(ex);
            }
        }));
        return checks;
    }

    /// <summary>Waits for the check of batch <paramref name="index"/>; throws when it found problems.</summary>
    /// <exception cref="InvalidBatchException">The batch does not fit the model.</exception>
    public void Passed(int index)
    {
        var problems = _results[index].Task.GetAwaiter().GetResult();
        if (problems.Count > 0)
        {
            throw new InvalidBatchException(_batches[index].Name, problems);
        }
    }

    /// <summary>Waits for every check; the problems of the first bad batch in load order, or null when all passed.</summary>
    public InvalidBatchException? FirstFailure()
    {
        for (var i = 0; i < _results.Length; i++)
        {
            try
            {
                Passed(i);
            }
            catch (InvalidBatchException ex)
            {
                return ex;
            }
        }
        return null;
    }
}
