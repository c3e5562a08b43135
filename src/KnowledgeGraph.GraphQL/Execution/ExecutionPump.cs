namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Runs one execution like an event loop: every continuation of the engine and of resolvers that keep
/// the synchronization context is queued here and run one at a time, so engine state needs no locks and
/// the moment when nothing can progress is known exactly — that is when pending data-loader batches are
/// dispatched (one batch per loader per "tick", i.e. per level of the response in the usual case).
/// Asynchronous I/O of resolvers still overlaps. A fully synchronous execution never touches the queue.
/// </summary>
internal sealed class ExecutionPump : SynchronizationContext
{
    private readonly Queue<(SendOrPostCallback Callback, object? State)> _queue = new();
    private readonly object _lock = new();
    private TaskCompletionSource? _signal;
    private bool _woken;

    public override void Post(SendOrPostCallback d, object? state)
    {
        lock (_lock)
        {
            _queue.Enqueue((d, state));
        }

        Wake();
    }

    public override void Send(SendOrPostCallback d, object? state) => d(state);

    public override SynchronizationContext CreateCopy() => this;

    public void Wake()
    {
        TaskCompletionSource? signal;
        lock (_lock)
        {
            _woken = true;
            signal = _signal;
            _signal = null;
        }

        signal?.TrySetResult();
    }

    /// <summary>Starts <paramref name="start"/> under this context and pumps until it completes.</summary>
    public ValueTask<T> RunAsync<T>(Func<ValueTask<T>> start, DataLoaderScope loaders, CancellationToken cancellationToken)
    {
        var previous = Current;
        ValueTask<T> root;
        SetSynchronizationContext(this);
        try
        {
            root = start();
        }
        finally
        {
            SetSynchronizationContext(previous);
        }

        if (root.IsCompleted && !loaders.HasPending && _queue.Count == 0)
        {
            return root;
        }

        return new ValueTask<T>(PumpAsync(root.AsTask(), loaders, cancellationToken));
    }

    private async Task<T> PumpAsync<T>(Task<T> root, DataLoaderScope loaders, CancellationToken cancellationToken)
    {
        loaders.PendingSignal = Wake;
        _ = root.ContinueWith(static (_, state) => ((ExecutionPump)state!).Wake(), this, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        using var registration = cancellationToken.Register(static state => ((ExecutionPump)state!).Wake(), this);
        while (true)
        {
            Drain();
            if (root.IsCompleted)
            {
                return await root.ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (loaders.HasPending)
            {
                var previous = Current;
                SetSynchronizationContext(this);
                try
                {
                    _ = loaders.DispatchAsync();
                }
                finally
                {
                    SetSynchronizationContext(previous);
                }

                continue;
            }

            Task wait;
            lock (_lock)
            {
                if (_queue.Count > 0 || _woken)
                {
                    _woken = false;
                    continue;
                }

                _signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                wait = _signal.Task;
            }

            await wait.ConfigureAwait(false);
        }
    }

    private void Drain()
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            while (true)
            {
                (SendOrPostCallback Callback, object? State) item;
                lock (_lock)
                {
                    _woken = false;
                    if (!_queue.TryDequeue(out item))
                    {
                        return;
                    }
                }

                item.Callback(item.State);
            }
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }
}
