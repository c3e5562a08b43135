namespace KnowledgeGraph.Drafting;

/// <summary>Input a draft cannot be made from (an empty or binary document, an unknown language, nothing known): the message says what.</summary>
public sealed class DraftException(string message) : Exception(message);
