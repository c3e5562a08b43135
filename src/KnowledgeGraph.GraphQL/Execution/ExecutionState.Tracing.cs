using System.Diagnostics;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>Root fields with a span each (<see cref="GraphQLTelemetry"/>), when someone listens.</summary>
internal sealed partial class ExecutionState
{
    /// <summary>The root fields of a query, all started, then awaited (as <see cref="ExecuteFields"/> does), each in its span.</summary>
    private async ValueTask<ResultMap?> ExecuteRootFieldsTracedAsync(ObjectType rootType, CollectedField[] fields)
    {
        // Tasks (not value tasks) so each can be kept until it is awaited; only traced requests pay for them.
        var started = new Task<object?>[fields.Length];
        for (int i = 0; i < fields.Length; i++)
        {
            started[i] = ExecuteRootField(rootType, fields[i]).AsTask();
        }

        var map = new ResultMap(fields.Length);
        Exception? failure = null;
        for (int i = 0; i < fields.Length; i++)
        {
            object? value = null;
            try
            {
                value = await started[i].ConfigureAwait(true);
            }
            catch (Exception e)
            {
                failure ??= e;
            }

            map.Add(fields[i].ResponseKey, value);
        }

        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        return map;
    }

    /// <summary>
    /// Executes one root field inside a <c>graphql.resolve {field}</c> span: what its resolver starts (the store's
    /// statements) is a child of that span; the next root field's span is a sibling. The span fails when the field's
    /// value failed or an error was reported at or under the field.
    /// </summary>
    private ValueTask<object?> ExecuteRootField(ObjectType rootType, CollectedField field)
    {
        var path = ResponsePath.Root(field.ResponseKey);
        var parent = Activity.Current;
        var activity = GraphQLTelemetry.Source.StartActivity("graphql.resolve " + field.Definition.Name);
        if (activity is null)
        {
            return ExecuteField(rootType, RootValue, field, path);
        }

        activity.SetTag(GraphQLTelemetry.FieldNameAttribute, field.Definition.Name);
        ValueTask<object?> value;
        try
        {
            value = ExecuteField(rootType, RootValue, field, path);
        }
        catch (Exception)
        {
            GraphQLTelemetry.Fail(activity, null);
            activity.Dispose();
            throw;
        }
        finally
        {
            Activity.Current = parent;
        }

        if (value.IsCompletedSuccessfully)
        {
            Finish(activity, field.ResponseKey, failed: false);
            return value;
        }

        return AwaitRootField(value, activity, field.ResponseKey);
    }

    private async ValueTask<object?> AwaitRootField(ValueTask<object?> value, Activity activity, string responseKey)
    {
        var failed = true;
        try
        {
            var result = await value.ConfigureAwait(true);
            failed = false;
            return result;
        }
        finally
        {
            Finish(activity, responseKey, failed);
        }
    }

    private void Finish(Activity activity, string responseKey, bool failed)
    {
        string? code = null;
        lock (_errors)
        {
            foreach (var error in _errors)
            {
                if (error.Path is { Count: > 0 } errorPath && errorPath[0] is string key && key == responseKey)
                {
                    failed = true;
                    code = error.Code;
                    break;
                }
            }
        }

        if (failed)
        {
            GraphQLTelemetry.Fail(activity, code);
        }

        activity.Dispose();
    }
}
