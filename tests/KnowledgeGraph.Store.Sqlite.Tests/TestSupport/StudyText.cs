using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Store.Sqlite.Tests.TestSupport;

/// <summary>Real study-file YAML, read by the real reader, into batches for the store.</summary>
public static class StudyText
{
    /// <summary>
    /// A study file with the given study id and the YAML of its nodes and relationships (each a list, indented as
    /// at the top level of the file). Quotes are not checked against a document.
    /// </summary>
    public static GraphBatch Batch(string studyId, string nodes, string relationships = "")
    {
        var text = $"""
            study:
              id: {studyId}
              name: "Study {studyId}"
              properties:
                studyType: news item

            nodes:
            {nodes}

            relationships:
            {relationships}
            """;
        var result = new KnowledgeGraph.Studies.StudyFileReader(CityNetworksModel.Instance).Read(studyId + ".yaml", text);
        Assert.True(result.IsValid, string.Join("\n", result.Problems) + "\n" + text);
        return result.Batch!;
    }
}
