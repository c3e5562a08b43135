using System.Text.Json;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>
/// The validation cases extracted from the reference implementation's tests, read from
/// <c>../shared/conformance/graphql-validation-cases.json</c> beside the repository (never copied into it).
/// </summary>
public static class ConformanceCases
{
    /// <summary>One case: a rule checked alone on a schema and a document, with the expected errors.</summary>
    public sealed record Case(int Index, string Rule, string Schema, string Query, IReadOnlyList<ExpectedError> Expected)
    {
        /// <inheritdoc/>
        public override string ToString() => $"#{Index} {Rule}";
    }

    /// <summary>An expected error: message (the reference's wording) and locations.</summary>
    public sealed record ExpectedError(string Message, IReadOnlyList<(int Line, int Column)> Locations);

    /// <summary>The path of the cases file, or null when the shared folder is absent.</summary>
    public static string? FilePath
    {
        get
        {
            var root = KnowledgeGraph.Tests.Shared.TestPaths.RepoRoot;
            var path = Path.GetFullPath(Path.Combine(root, "..", "shared", "conformance", "graphql-validation-cases.json"));
            return File.Exists(path) ? path : null;
        }
    }

    private static readonly Lazy<IReadOnlyList<Case>> All = new(Load);

    /// <summary>Every case, or none when the file is absent.</summary>
    public static IReadOnlyList<Case> Cases => All.Value;

    private static List<Case> Load()
    {
        if (FilePath is not { } path)
        {
            return [];
        }
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var cases = new List<Case>();
        var i = 0;
        foreach (var item in doc.RootElement.EnumerateArray())
        {
            var expected = item.GetProperty("expected").EnumerateArray().Select(e => new ExpectedError(
                e.GetProperty("message").GetString()!,
                e.TryGetProperty("locations", out var locs)
                    ? locs.EnumerateArray().Select(l => (l.GetProperty("line").GetInt32(), l.GetProperty("column").GetInt32())).ToList()
                    : [])).ToList();
            cases.Add(new Case(i++, item.GetProperty("rule").GetString()!, item.GetProperty("schema").GetString()!, item.GetProperty("query").GetString()!, expected));
        }
        return cases;
    }

    /// <summary>xunit member data: the case indexes of one rule (or of all rules when null).</summary>
    public static TheoryData<int> Indexes(string? rule)
    {
        var data = new TheoryData<int>();
        foreach (var c in Cases.Where(c => rule is null || c.Rule == rule))
        {
            data.Add(c.Index);
        }
        return data;
    }
}
