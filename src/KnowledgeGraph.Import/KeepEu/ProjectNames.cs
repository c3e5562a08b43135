using KnowledgeGraph.Import.Csv;
using KnowledgeGraph.Import.Graph;
using KnowledgeGraph.Model.Identity;

namespace KnowledgeGraph.Import.KeepEu;

/// <summary>
/// Ids and names of keep.eu projects. A project is its programme and acronym; its name is the acronym, followed by
/// the programme when another programme of the file has a project of the same acronym (nodes merge by name).
/// URBACT projects take the id of the URBACT network of the same name (<c>project:urbact:...</c>).
/// </summary>
public sealed class ProjectNames
{
    private readonly HashSet<string> _ambiguous;

    /// <summary>Collects the acronyms the rows use in more than one programme.</summary>
    public ProjectNames(IEnumerable<CsvRow> rows) =>
        _ambiguous = rows.Where(r => r["Acronym"] is not null && r["Programme"] is not null)
            .GroupBy(r => TextKey.Normalize(r["Acronym"]!))
            .Where(g => g.Select(r => KeepEuProgramme.Name(r["Programme"]!)).Distinct().Count() > 1)
            .Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

    // A project is named by every row of its partners: its id is slugged once.
    private readonly Dictionary<(string Programme, string Acronym), string> _ids = [];

    /// <summary>The project's id.</summary>
    public string Id(string programme, string acronym)
    {
        if (!_ids.TryGetValue((programme, acronym), out var id))
        {
            _ids[(programme, acronym)] = id = KeepEuProgramme.IsUrbact(programme)
                ? "project:urbact:" + Ids.Slug(acronym, 80)
                : $"project:keep-eu:{Ids.Slug(KeepEuProgramme.Name(programme), 80)}:{Ids.Slug(acronym, 80)}";
        }
        return id;
    }

    /// <summary>The project's display name.</summary>
    public string Name(string programme, string acronym) =>
        _ambiguous.Contains(TextKey.Normalize(acronym)) ? $"{acronym.Trim()} ({KeepEuProgramme.Name(programme)})" : acronym.Trim();
}
