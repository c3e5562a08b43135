using KnowledgeGraph.Model.Identity;

namespace KnowledgeGraph.Import.Graph;

/// <summary>Node ids the importers derive from the files: stable across runs, so importing again finds the same nodes.</summary>
public static class Ids
{
    /// <summary>A slug of at most <paramref name="max"/> characters that starts and ends with a letter or digit.</summary>
    public static string Slug(string text, int max = 60)
    {
        var slug = NodeId.Slug(text);
        if (slug.Length > max)
        {
            slug = slug[..max].Trim('-');
        }
        return slug.Length == 0 ? "x" : slug;
    }

    /// <summary><c>prefix:segment:segment</c> from slugged segments.</summary>
    public static string Make(string prefix, params string[] segments) => $"{prefix}:{string.Join(":", segments.Select(s => Slug(s)))}";
}
