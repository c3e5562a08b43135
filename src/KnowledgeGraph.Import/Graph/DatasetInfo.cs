namespace KnowledgeGraph.Import.Graph;

/// <summary>What the graph records about a dataset: its Study node and publisher.</summary>
/// <param name="StudyId">The Study node id, such as <c>study:keep-eu-interreg-2014-2020-projects</c>.</param>
/// <param name="Title">The Study's name.</param>
/// <param name="PublisherId">The publisher Organisation's id.</param>
/// <param name="Publisher">The publisher's name.</param>
/// <param name="Licence">The licence or reuse terms.</param>
/// <param name="Url">Where the dataset can be found.</param>
/// <param name="Description">What it holds.</param>
public sealed record DatasetInfo(string StudyId, string Title, string PublisherId, string Publisher, string Licence, string Url, string Description);
