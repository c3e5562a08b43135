using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// The resolver used for fields without one: reads the entry named like the field from
/// <c>IReadOnlyDictionary&lt;string, object?&gt;</c> / <c>IDictionary</c> sources, the property of a
/// <see cref="JsonElement"/> object, or the public property or field of a .NET object (name matched
/// exactly first, then case-insensitively; accessors compiled once per type and name).
/// </summary>
public static class DefaultResolver
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>?> Accessors = new();

    /// <summary>Reads member <paramref name="name"/> of <paramref name="source"/>; null when absent.</summary>
    public static object? Resolve(object? source, string name)
    {
        switch (source)
        {
            case null:
                return null;
            case JsonElement element:
                return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var property) ? property : null;
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(name, out var value) ? value : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out var entry) ? entry : null;
            case IDictionary untyped:
                return untyped.Contains(name) ? untyped[name] : null;
            default:
                var accessor = Accessors.GetOrAdd((source.GetType(), name), static key => CreateAccessor(key.Type, key.Name));
                return accessor?.Invoke(source);
        }
    }

    private static Func<object, object?>? CreateAccessor(Type type, string name)
    {
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance;
        MemberInfo? member = FindProperty(type, name, Flags) ?? FindProperty(type, name, Flags | BindingFlags.IgnoreCase);
        member ??= type.GetField(name, Flags) ?? (MemberInfo?)type.GetField(name, Flags | BindingFlags.IgnoreCase);
        if (member is null)
        {
            return null;
        }

        var parameter = Expression.Parameter(typeof(object), "source");
        var typed = Expression.Convert(parameter, type);
        Expression access = member is PropertyInfo p ? Expression.Property(typed, p) : Expression.Field(typed, (FieldInfo)member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(access, typeof(object)), parameter).Compile();
    }

    private static PropertyInfo? FindProperty(Type type, string name, BindingFlags flags)
    {
        try
        {
            var property = type.GetProperty(name, flags);
            return property is { CanRead: true } && property.GetIndexParameters().Length == 0 ? property : null;
        }
        catch (AmbiguousMatchException)
        {
            return null;
        }
    }
}
