using System.Collections;
using System.Text.Json;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>Resolution and value completion (spec 6.4.2 - 6.4.4). Synchronous results never allocate state machines.</summary>
internal sealed partial class ExecutionState
{
    /// <summary>ExecuteSelectionSet for one object value: all fields started, then awaited (spec 6.3 "normal" execution).</summary>
    public ValueTask<object?> ExecuteFields(ObjectType type, object? source, CollectedField[] fields, ResponsePath? path)
    {
        var map = new ResultMap(fields.Length);
        List<(int Index, ValueTask<object?> Task)>? pending = null;
        for (int i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            // Default resolver and a scalar/enum type: done without a response path unless something fails.
            var value = field.LeafType is { } leaf && (field.Definition.Resolver is null || field.Kind == CollectedField.FieldKind.IntrospectionData)
                ? ExecuteLeaf(type, source, field, leaf, path)
                : ExecuteField(type, source, field, PathOf(path, field));

            if (value.IsCompleted && (pending is null || value.IsCompletedSuccessfully))
            {
                // A synchronous failure (a non-null error propagating) rethrows here when nothing else is running.
                map.Add(field.ResponseKey, value.Result);
            }
            else
            {
                map.Add(field.ResponseKey, null);
                (pending ??= []).Add((i, value));
            }
        }

        return pending is null ? new ValueTask<object?>(map) : AwaitFields(map, pending);
    }

    private static async ValueTask<object?> AwaitFields(ResultMap map, List<(int Index, ValueTask<object?> Task)> pending)
    {
        Exception? failure = null;
        foreach (var (index, task) in pending)
        {
            try
            {
                map.SetAt(index, await task.ConfigureAwait(true));
            }
            catch (Exception e)
            {
                failure ??= e;
            }
        }

        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        return map;
    }

    /// <summary>ExecuteField (spec 6.4): resolve, then complete; errors handled at this position.</summary>
    // ExecuteField for a field without resolver returning a scalar or enum (the response path is made only on failure).
    private ValueTask<object?> ExecuteLeaf(ObjectType type, object? source, CollectedField field, NamedType leaf, ResponsePath? path)
    {
        object? raw;
        try
        {
            raw = field.Kind == CollectedField.FieldKind.IntrospectionData
                ? IntrospectionResolver.Resolve(Schema, type, field.Definition.Name, source, ResolveContext.EmptyArguments)
                : DefaultResolver.Resolve(source, field.Definition.Name);
        }
        catch (Exception e)
        {
            return new ValueTask<object?>(HandleError(e, field.Definition.Type, field, type, PathOf(path, field)));
        }

        if (IsNull(raw))
        {
            if (field.Definition.Type is not NonNullType)
            {
                return new ValueTask<object?>((object?)null);
            }
        }
        else if (TrySerializeLeaf(leaf, raw) is { } serialized)
        {
            return new ValueTask<object?>(serialized);
        }

        // Null for a non-null type, or a value the type cannot serialise: the normal completion reports the error.
        return CompleteResolved(type, field, raw, PathOf(path, field));
    }

    private static ResponsePath PathOf(ResponsePath? parent, CollectedField field) =>
        parent is null ? ResponsePath.Root(field.ResponseKey) : parent.Append(field.ResponseKey);

    // Completion of an already resolved value with ExecuteField's error handling.
    private ValueTask<object?> CompleteResolved(ObjectType parentType, CollectedField field, object? raw, ResponsePath path)
    {
        try
        {
            var completed = CompleteValue(field.Definition.Type, field, parentType, raw, path);
            return completed.IsCompletedSuccessfully ? completed : AwaitCompletion(completed, parentType, field, path);
        }
        catch (Exception e)
        {
            return new ValueTask<object?>(HandleError(e, field.Definition.Type, field, parentType, path));
        }
    }

    // The serialised leaf value, or null when serialisation fails (the caller then completes the normal way, which reports it).
    private static object? TrySerializeLeaf(NamedType leaf, object? raw)
    {
        try
        {
            return leaf is ScalarType scalar ? SerializeScalarOrNull(scalar, raw) : SerializeEnumOrNull((EnumType)leaf, raw);
        }
        catch (Exception)
        {
            return null;
        }
    }

    public ValueTask<object?> ExecuteField(ObjectType parentType, object? source, CollectedField field, ResponsePath path)
    {
        var definition = field.Definition;
        try
        {
            object? raw;
            switch (field.Kind)
            {
                case CollectedField.FieldKind.TypeName:
                    return new ValueTask<object?>(parentType.Name);
                case CollectedField.FieldKind.Schema:
                    raw = Schema;
                    break;
                case CollectedField.FieldKind.Type:
                    raw = GetArgumentValues(field).TryGetValue("name", out var typeName) && typeName is string name ? Schema.GetType(name) : null;
                    break;
                case CollectedField.FieldKind.IntrospectionData:
                    raw = IntrospectionResolver.Resolve(Schema, parentType, definition.Name, source, definition.Arguments.Count == 0 ? ResolveContext.EmptyArguments : GetArgumentValues(field));
                    break;
                default:
                    if (definition.Resolver is { } resolver)
                    {
                        var arguments = GetArgumentValues(field);
                        var context = new ResolveContext(Schema, parentType, definition, field.Node, source, arguments)
                        {
                            FieldNodes = field.NodeArray,
                            ResponsePath = path,
                            UserContext = UserContext,
                            Services = Services,
                            CancellationToken = CancellationToken,
                            Operation = Operation,
                            Variables = Variables,
                            DataLoaders = DataLoaders,
                            Execution = this,
                        };
                        var resolved = resolver(context);
                        if (!resolved.IsCompletedSuccessfully)
                        {
                            return CompleteResolvedAsync(resolved, parentType, field, path);
                        }

                        raw = resolved.Result;
                    }
                    else
                    {
                        raw = DefaultResolver.Resolve(source, definition.Name);
                    }

                    break;
            }

            var completed = CompleteValue(definition.Type, field, parentType, raw, path);
            return completed.IsCompletedSuccessfully ? completed : AwaitCompletion(completed, parentType, field, path);
        }
        catch (Exception e)
        {
            return new ValueTask<object?>(HandleError(e, definition.Type, field, parentType, path));
        }
    }

    private async ValueTask<object?> CompleteResolvedAsync(ValueTask<object?> resolved, ObjectType parentType, CollectedField field, ResponsePath path)
    {
        try
        {
            var raw = await resolved.ConfigureAwait(true);
            return await CompleteValue(field.Definition.Type, field, parentType, raw, path).ConfigureAwait(true);
        }
        catch (Exception e)
        {
            return HandleError(e, field.Definition.Type, field, parentType, path);
        }
    }

    private async ValueTask<object?> AwaitCompletion(ValueTask<object?> completion, ObjectType parentType, CollectedField field, ResponsePath path)
    {
        try
        {
            return await completion.ConfigureAwait(true);
        }
        catch (Exception e)
        {
            return HandleError(e, field.Definition.Type, field, parentType, path);
        }
    }

    /// <summary>CompleteValue (spec 6.4.3). Throws (or faults) with a <see cref="FieldErrorException"/> or the raw exception.</summary>
    private ValueTask<object?> CompleteValue(IGraphQLType type, CollectedField field, ObjectType parentType, object? result, ResponsePath path)
    {
        if (type is NonNullType nonNull)
        {
            var inner = CompleteValue(nonNull.OfType, field, parentType, result, path);
            if (inner.IsCompletedSuccessfully)
            {
                return inner.Result is null ? throw NullError(field, parentType, path) : inner;
            }

            return inner.IsCompleted ? inner : AwaitNonNull(inner, field, parentType, path);
        }

        if (IsNull(result))
        {
            return new ValueTask<object?>((object?)null);
        }

        switch (type)
        {
            case ScalarType scalar:
                return new ValueTask<object?>(SerializeScalar(scalar, result, field, path));
            case EnumType enumType:
                return new ValueTask<object?>(SerializeEnum(enumType, result, field, path));
            case ListType list:
                return CompleteList(list, field, parentType, result!, path);
            case ObjectType objectType:
                return CompleteObject(objectType, field, result!, path);
            default:
                var runtimeType = ResolveAbstractType((NamedType)type, field, parentType, result!, path);
                return CompleteObject(runtimeType, field, result!, path);
        }
    }

    private static FieldErrorException NullError(CollectedField field, ObjectType parentType, ResponsePath path) =>
        Error($"Cannot return null for non-nullable field {parentType.Name}.{field.Definition.Name}.", field, path);

    private static async ValueTask<object?> AwaitNonNull(ValueTask<object?> inner, CollectedField field, ObjectType parentType, ResponsePath path)
    {
        var value = await inner.ConfigureAwait(true);
        return value ?? throw NullError(field, parentType, path);
    }

    private ValueTask<object?> CompleteObject(ObjectType type, CollectedField field, object result, ResponsePath path)
    {
        if (type.IsTypeOf is { } isTypeOf && !isTypeOf(result))
        {
            throw Error($"Expected value of type \"{type.Name}\" but got: {Inspect(result)}.", field, path);
        }

        return ExecuteFields(type, result, CollectSubfields(type, field.NodeArray), path);
    }

    private ObjectType ResolveAbstractType(NamedType abstractType, CollectedField field, ObjectType parentType, object result, ResponsePath path)
    {
        var resolveType = abstractType switch
        {
            InterfaceType i => i.ResolveType,
            UnionType u => u.ResolveType,
            _ => null,
        };
        string? typeName = null;
        if (resolveType is not null)
        {
            typeName = resolveType(result);
        }
        else
        {
            typeName = TypeNameOf(result);
            if (typeName is null)
            {
                var possible = Schema.GetPossibleTypes(abstractType);
                foreach (var candidate in possible)
                {
                    if (candidate.IsTypeOf is { } isTypeOf && isTypeOf(result))
                    {
                        return candidate;
                    }
                }

                var clrName = result.GetType().Name;
                foreach (var candidate in possible)
                {
                    if (candidate.Name == clrName)
                    {
                        return candidate;
                    }
                }
            }
        }

        if (typeName is null)
        {
            throw Error(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{parentType.Name}.{field.Definition.Name}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
                field,
                path);
        }

        var runtimeType = Schema.GetType(typeName);
        if (runtimeType is null)
        {
            throw Error($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema.", field, path);
        }

        if (runtimeType is not ObjectType objectType)
        {
            throw Error($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{typeName}\".", field, path);
        }

        if (!Schema.IsSubType(abstractType, objectType))
        {
            throw Error($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\".", field, path);
        }

        return objectType;
    }

    private static string? TypeNameOf(object result) => result switch
    {
        JsonElement e when e.ValueKind == JsonValueKind.Object && e.TryGetProperty("__typename", out var n) && n.ValueKind == JsonValueKind.String => n.GetString(),
        IReadOnlyDictionary<string, object?> map => map.TryGetValue("__typename", out var n) ? n as string ?? (n is JsonElement { ValueKind: JsonValueKind.String } j ? j.GetString() : null) : null,
        IDictionary<string, object?> map => map.TryGetValue("__typename", out var n) ? n as string : null,
        IDictionary map => map.Contains("__typename") ? map["__typename"] as string : null,
        _ => null,
    };

    private ValueTask<object?> CompleteList(ListType listType, CollectedField field, ObjectType parentType, object result, ResponsePath path)
    {
        if (!IsListLike(result))
        {
            throw Error($"Expected Iterable, but did not find one for field \"{parentType.Name}.{field.Definition.Name}\".", field, path);
        }

        var itemType = listType.OfType;
        object?[] items;
        List<object?>? growing = null;
        IEnumerable enumerable;
        if (result is JsonElement element)
        {
            items = new object?[element.GetArrayLength()];
            enumerable = EnumerateJson(element);
        }
        else
        {
            enumerable = (IEnumerable)result;
            if (result is ICollection collection)
            {
                items = new object?[collection.Count];
            }
            else
            {
                items = [];
                growing = [];
            }
        }

        List<(int Index, ValueTask<object?> Task, ResponsePath Path)>? pending = null;
        int index = 0;
        foreach (var item in enumerable)
        {
            var itemPath = path.Append(index);
            object? value = null;
            try
            {
                var completed = CompleteValue(itemType, field, parentType, item, itemPath);
                if (completed.IsCompleted)
                {
                    value = completed.Result;
                }
                else
                {
                    (pending ??= []).Add((index, completed, itemPath));
                }
            }
            catch (Exception e)
            {
                value = HandleError(e, itemType, field, parentType, itemPath);
            }

            if (growing is not null)
            {
                growing.Add(value);
            }
            else if (index < items.Length)
            {
                items[index] = value;
            }

            index++;
        }

        if (growing is not null)
        {
            items = [.. growing];
        }

        return pending is null ? new ValueTask<object?>(items) : AwaitItems(items, pending, itemType, field, parentType);
    }

    private async ValueTask<object?> AwaitItems(object?[] items, List<(int Index, ValueTask<object?> Task, ResponsePath Path)> pending, IGraphQLType itemType, CollectedField field, ObjectType parentType)
    {
        Exception? failure = null;
        foreach (var (index, task, itemPath) in pending)
        {
            try
            {
                items[index] = await task.ConfigureAwait(true);
            }
            catch (Exception e)
            {
                try
                {
                    items[index] = HandleError(e, itemType, field, parentType, itemPath);
                }
                catch (Exception propagated)
                {
                    failure ??= propagated;
                }
            }
        }

        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        return items;
    }

    private static IEnumerable EnumerateJson(JsonElement element)
    {
        foreach (var item in element.EnumerateArray())
        {
            yield return item;
        }
    }

    private static object? SerializeScalar(ScalarType scalar, object? result, CollectedField field, ResponsePath path)
    {
        result = ScalarInput(scalar, result);
        var serialized = scalar.Serialize(result);
        return serialized ?? throw Error($"Expected `{scalar.Name}.serialize({Inspect(result)})` to return non-nullable value, returned: null", field, path);
    }

    private static object? SerializeScalarOrNull(ScalarType scalar, object? result) => scalar.Serialize(ScalarInput(scalar, result));

    private static object? ScalarInput(ScalarType scalar, object? result) =>
        result is JsonElement element && (element.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array) || scalar.Serializer is not null)
            ? Values.PlainValues.FromJson(element)
            : result;

    private static object SerializeEnum(EnumType enumType, object? result, CollectedField field, ResponsePath path)
    {
        if (result is JsonElement element)
        {
            result = Values.PlainValues.FromJson(element);
        }

        return SerializeEnumOrNull(enumType, result) ?? throw Error($"Enum \"{enumType.Name}\" cannot represent value: {Inspect(result)}", field, path);
    }

    private static string? SerializeEnumOrNull(EnumType enumType, object? result)
    {
        if (result is JsonElement element)
        {
            result = Values.PlainValues.FromJson(element);
        }

        var definition = enumType.GetValueByInternal(result);
        if (definition is null && result is string or Enum && enumType.Values.TryGetValue(result.ToString()!, out var byName) && byName.Value is string or Enum)
        {
            definition = byName;
        }

        return definition?.Name;
    }

    /// <summary>A short JavaScript-like rendering of a value for messages.</summary>
    internal static string Inspect(object? value) => value switch
    {
        null => "null",
        string s => JsonSerializer.Serialize(s),
        bool b => b ? "true" : "false",
        JsonElement e when e.ValueKind == JsonValueKind.Object => "{ ... }",
        JsonElement e => e.GetRawText(),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        IDictionary or IReadOnlyDictionary<string, object?> => "{ ... }",
        IEnumerable => "[...]",
        _ => "{ ... }",
    };
}
