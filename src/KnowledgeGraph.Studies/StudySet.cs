using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Model.Validation;

namespace KnowledgeGraph.Studies;

/// <summary>Reads the study files named by paths (files, or folders searched for *.yaml and *.yml), in a stable order.</summary>
public sealed class StudySet
{
    private StudySet(IReadOnlyList<StudyReadResult> files, IReadOnlyList<Problem> problems)
    {
        Files = files;
        Problems = problems;
    }

    /// <summary>Every file read, with its problems.</summary>
    public IReadOnlyList<StudyReadResult> Files { get; }

    /// <summary>Every problem across the files, and paths that name nothing.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>True when every file can be loaded.</summary>
    public bool IsValid => Problems.Count == 0 && Files.Count > 0;

    /// <summary>The batches of the valid files, in order.</summary>
    public IReadOnlyList<GraphBatch> Batches => Files.Where(f => f.Batch is not null).Select(f => f.Batch!).ToList();

    /// <summary>Reads every study file under <paramref name="paths"/>.</summary>
    /// <param name="paths">Files or folders.</param>
    /// <param name="model">The graph model to check against.</param>
    /// <param name="documents">Folder of the source documents, to check quotes; null skips that check.</param>
    public static StudySet Read(IEnumerable<string> paths, GraphModel model, string? documents)
    {
        var reader = new StudyFileReader(model) { DocumentLookup = documents is null ? null : DocumentLookup(documents) };
        var problems = new List<Problem>();
        var files = new List<StudyReadResult>();
        foreach (var path in ExpandPaths(paths, problems))
        {
            var result = reader.ReadFile(path);
            files.Add(result);
            problems.AddRange(result.Problems);
        }
        if (files.Count == 0 && problems.Count == 0)
        {
            problems.Add(new(null, "no study files (*.yaml, *.yml) were found in the given paths"));
        }
        return new StudySet(files, problems);
    }

    /// <summary>The files a list of paths names: files as given, folders searched recursively, sorted.</summary>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths, List<Problem> problems)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                problems.Add(new(null, $"'{path}' is neither a file nor a folder"));
            }
        }
        return files.Distinct(StringComparer.Ordinal).ToList();
    }

    private static Func<string, string?> DocumentLookup(string folder) => name =>
    {
        // Only a plain file name inside the folder: a study cannot make the reader open other files.
        if (name != Path.GetFileName(name))
        {
            return null;
        }
        var path = Path.Combine(folder, name);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    };
}
