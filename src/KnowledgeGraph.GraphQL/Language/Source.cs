namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// A GraphQL source text (a document, or a value or type parsed alone) with an optional name
/// used in error messages. Line and column positions are computed lazily from offsets
/// (spec 2.1 "Source Text"): the line-start table is built on first use only.
/// </summary>
public sealed class Source
{
    private int[]? _lineStarts;

    /// <summary>Creates a source over <paramref name="body"/>.</summary>
    public Source(string body, string name = "GraphQL request")
    {
        ArgumentNullException.ThrowIfNull(body);
        Body = body;
        Name = name;
    }

    /// <summary>The full source text.</summary>
    public string Body { get; }

    /// <summary>A name for the source (file name or "GraphQL request").</summary>
    public string Name { get; }

    /// <summary>Returns the 1-based line and column of a 0-based character offset.
    /// Line terminators are LF, CRLF and CR (spec 2.1.2).</summary>
    public SourceLocation GetLocation(int offset)
    {
        var starts = _lineStarts ??= ComputeLineStarts(Body);
        offset = Math.Clamp(offset, 0, Body.Length);
        int index = Array.BinarySearch(starts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return new SourceLocation(index + 1, offset - starts[index] + 1);
    }

    private static int[] ComputeLineStarts(string body)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c == '\n')
            {
                starts.Add(i + 1);
            }
            else if (c == '\r')
            {
                if (i + 1 < body.Length && body[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }
}
