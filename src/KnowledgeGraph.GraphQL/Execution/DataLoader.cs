namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Loads the values of many keys in one call. Keys are distinct; a key missing from the result loads as
/// <c>default</c> (null). The token is the request's cancellation.
/// </summary>
public delegate ValueTask<IReadOnlyDictionary<TKey, TValue>> BatchLoadFunction<TKey, TValue>(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    where TKey : notnull;

/// <summary>
/// The data loaders of one request. During execution the executor dispatches all loaders with pending
/// keys whenever execution cannot progress otherwise (every running resolver waits), so loads issued by
/// the fields of one level of the response are batched into one call per loader.
/// Outside execution call <see cref="DispatchAsync"/> yourself.
/// </summary>
public sealed class DataLoaderScope
{
    private readonly Dictionary<string, IDispatchable> _loaders = new(StringComparer.Ordinal);
    private readonly List<IDispatchable> _pending = [];

    /// <summary>Creates a scope; <paramref name="cancellationToken"/> is passed to batch functions.</summary>
    public DataLoaderScope(CancellationToken cancellationToken = default) => CancellationToken = cancellationToken;

    internal interface IDispatchable
    {
        Task DispatchAsync();
    }

    /// <summary>The token passed to batch functions.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>True when some loader has keys waiting for a batch.</summary>
    public bool HasPending
    {
        get
        {
            lock (_pending)
            {
                return _pending.Count > 0;
            }
        }
    }

    internal Action? PendingSignal { get; set; }

    /// <summary>Gets the loader named <paramref name="name"/>, creating it with <paramref name="batch"/> on first use.</summary>
    public DataLoader<TKey, TValue> GetOrAdd<TKey, TValue>(string name, BatchLoadFunction<TKey, TValue> batch)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(batch);
        lock (_loaders)
        {
            if (_loaders.TryGetValue(name, out var existing))
            {
                return existing as DataLoader<TKey, TValue>
                    ?? throw new InvalidOperationException($"Data loader \"{name}\" exists with other key/value types.");
            }

            var loader = new DataLoader<TKey, TValue>(batch, this);
            _loaders[name] = loader;
            return loader;
        }
    }

    /// <summary>Dispatches every loader with pending keys; completes when their batches completed.</summary>
    public Task DispatchAsync()
    {
        IDispatchable[] loaders;
        lock (_pending)
        {
            if (_pending.Count == 0)
            {
                return Task.CompletedTask;
            }

            loaders = [.. _pending];
            _pending.Clear();
        }

        if (loaders.Length == 1)
        {
            return loaders[0].DispatchAsync();
        }

        var tasks = new Task[loaders.Length];
        for (int i = 0; i < loaders.Length; i++)
        {
            tasks[i] = loaders[i].DispatchAsync();
        }

        return Task.WhenAll(tasks);
    }

    internal void MarkPending(IDispatchable loader)
    {
        lock (_pending)
        {
            _pending.Add(loader);
        }

        PendingSignal?.Invoke();
    }
}

/// <summary>
/// A per-request batching and caching loader (the "DataLoader" pattern): <see cref="LoadAsync"/> queues a
/// key and returns a task completed when the batch holding it is dispatched; each key is loaded at most
/// once per scope (results, including failures, are cached).
/// </summary>
/// <typeparam name="TKey">Key type (compared with the default equality).</typeparam>
/// <typeparam name="TValue">Value type.</typeparam>
public sealed class DataLoader<TKey, TValue> : DataLoaderScope.IDispatchable
    where TKey : notnull
{
    private readonly BatchLoadFunction<TKey, TValue> _batch;
    private readonly DataLoaderScope _scope;
    private readonly Dictionary<TKey, Task<TValue?>> _cache = [];
    private List<(TKey Key, TaskCompletionSource<TValue?> Completion)> _queue = [];

    internal DataLoader(BatchLoadFunction<TKey, TValue> batch, DataLoaderScope scope)
    {
        _batch = batch;
        _scope = scope;
    }

    /// <summary>Number of batch calls made so far.</summary>
    public int BatchCount { get; private set; }

    /// <summary>Largest number of keys per batch call; 0 for no limit.</summary>
    public int MaxBatchSize { get; set; }

    /// <summary>Loads one key (batched, cached).</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        bool first;
        Task<TValue?> task;
        lock (_cache)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached;
            }

            var completion = new TaskCompletionSource<TValue?>();
            task = completion.Task;
            _cache[key] = task;
            first = _queue.Count == 0;
            _queue.Add((key, completion));
        }

        if (first)
        {
            _scope.MarkPending(this);
        }

        return task;
    }

    /// <summary>Loads many keys (batched, cached); results in key order.</summary>
    public async Task<TValue?[]> LoadManyAsync(IEnumerable<TKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var tasks = keys.Select(LoadAsync).ToArray();
        return await Task.WhenAll(tasks).ConfigureAwait(true);
    }

    /// <summary>Puts a value into the cache (no effect when the key is cached already).</summary>
    public void Prime(TKey key, TValue? value)
    {
        lock (_cache)
        {
            _cache.TryAdd(key, Task.FromResult(value));
        }
    }

    /// <summary>Removes a key from the cache.</summary>
    public void Clear(TKey key)
    {
        lock (_cache)
        {
            _cache.Remove(key);
        }
    }

    async Task DataLoaderScope.IDispatchable.DispatchAsync()
    {
        List<(TKey Key, TaskCompletionSource<TValue?> Completion)> queue;
        lock (_cache)
        {
            queue = _queue;
            _queue = [];
        }

        int size = MaxBatchSize > 0 ? MaxBatchSize : queue.Count;
        for (int start = 0; start < queue.Count; start += size)
        {
            int count = Math.Min(size, queue.Count - start);
            var keys = new TKey[count];
            for (int i = 0; i < count; i++)
            {
                keys[i] = queue[start + i].Key;
            }

            BatchCount++;
            IReadOnlyDictionary<TKey, TValue>? results = null;
            Exception? failure = null;
            try
            {
                results = await _batch(keys, _scope.CancellationToken).ConfigureAwait(true);
            }
            catch (Exception e)
            {
                failure = e;
            }

            for (int i = 0; i < count; i++)
            {
                var completion = queue[start + i].Completion;
                if (failure is not null)
                {
                    completion.TrySetException(failure);
                }
                else
                {
                    completion.TrySetResult(results!.TryGetValue(keys[i], out var value) ? value : default);
                }
            }
        }
    }
}
