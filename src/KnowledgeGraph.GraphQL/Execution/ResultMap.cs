using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// An ordered response object: keys in selection order. Values are <c>null</c>, strings, numbers,
/// booleans, nested <see cref="ResultMap"/>s, <c>object?[]</c> lists, or whatever a custom scalar
/// serialises to. Key lookup is linear (objects are small); enumeration is in order.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1710", Justification = "GraphQL calls response objects maps.")]
public sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private readonly string[] _keys;
    private readonly object?[] _values;
    private int _count;

    /// <summary>Creates a map with room for <paramref name="capacity"/> entries.</summary>
    public ResultMap(int capacity)
    {
        _keys = capacity == 0 ? [] : new string[capacity];
        _values = capacity == 0 ? [] : new object?[capacity];
    }

    /// <inheritdoc />
    public int Count => _count;

    /// <inheritdoc />
    public IEnumerable<string> Keys => _keys.Take(_count);

    /// <inheritdoc />
    public IEnumerable<object?> Values => _values.Take(_count);

    /// <summary>The key at <paramref name="index"/>.</summary>
    public string KeyAt(int index) => _keys[index];

    /// <summary>The value at <paramref name="index"/>.</summary>
    public object? ValueAt(int index) => _values[index];

    /// <inheritdoc />
    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <summary>Appends an entry (the engine never adds a key twice).</summary>
    public void Add(string key, object? value)
    {
        _keys[_count] = key;
        _values[_count] = value;
        _count++;
    }

    internal void SetAt(int index, object? value) => _values[index] = value;

    internal void SetKeyAt(int index, string key) => _keys[index] = key;

    internal void SetCount(int count) => _count = count;

    /// <inheritdoc />
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        int i = IndexOf(key);
        if (i < 0)
        {
            value = null;
            return false;
        }

        value = _values[i];
        return true;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (int i = 0; i < _count; i++)
        {
            yield return new KeyValuePair<string, object?>(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        for (int i = 0; i < _count; i++)
        {
            if (string.Equals(_keys[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
