namespace KnowledgeGraph.Drafting;

/// <summary>Where a sentence names a node: tokens <see cref="First"/> to <see cref="Last"/> (inclusive) of the sentence.</summary>
internal sealed record Mention(Sentence Sentence, int First, int Last, DraftNode Node)
{
    /// <summary>The candidate name this mention lies inside ("Barcelona" in "Barcelona Chamber of Commerce").</summary>
    public Mention? Parent { get; init; }

    /// <summary>Offset of the first character.</summary>
    public int Start => Sentence.Tokens[First].Start;

    /// <summary>Offset after the last character.</summary>
    public int End => Sentence.Tokens[Last].End;
}
