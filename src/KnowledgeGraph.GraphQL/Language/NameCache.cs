namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// A process-wide, lock-free, lossy cache of name strings: documents sent to one service reuse the same
/// field, type and argument names, so the parser gets them without allocating. A slot holds the last
/// name hashed to it; collisions simply allocate. Reads and writes of a string reference are atomic,
/// so concurrent parsers need no locking.
/// </summary>
internal static class NameCache
{
    private const int Size = 4096;
    private const int MaxLength = 64;
    private static readonly string?[] Slots = new string?[Size];

    /// <summary>Returns a string equal to <paramref name="name"/>, from the cache when possible.</summary>
    public static string Get(ReadOnlySpan<char> name)
    {
        if (name.Length > MaxLength)
        {
            return name.ToString();
        }

        // FNV-1a over the UTF-16 code units; cheap and good enough to spread identifiers.
        uint hash = 2166136261;
        foreach (char c in name)
        {
            hash = (hash ^ c) * 16777619;
        }

        int slot = (int)(hash & (Size - 1));
        var cached = Slots[slot];
        if (cached is not null && name.SequenceEqual(cached))
        {
            return cached;
        }

        var created = name.ToString();
        Slots[slot] = created;
        return created;
    }
}
