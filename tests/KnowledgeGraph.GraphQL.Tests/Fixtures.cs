namespace KnowledgeGraph.GraphQL.Tests;

/// <summary>Reads files from the Fixtures folder copied beside the test assembly.</summary>
internal static class Fixtures
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
