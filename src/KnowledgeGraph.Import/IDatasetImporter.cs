using KnowledgeGraph.Model.Facts;

namespace KnowledgeGraph.Import;

/// <summary>Reads one source format into self-contained batches (nothing is written: the caller loads them in one transaction).</summary>
public interface IDatasetImporter
{
    /// <summary>The source's name on the command line: <c>geonames</c>, <c>keep-eu</c>, ...</summary>
    string Name { get; }

    /// <summary>The folder (or file) of the source inside a data folder such as <c>../shared/data</c>.</summary>
    string DefaultLocation { get; }

    /// <summary>Reads the dataset at <paramref name="path"/> (its folder or its main file).</summary>
    /// <exception cref="ImportException">A file is missing or malformed; the message names the file and row.</exception>
    IReadOnlyList<GraphBatch> Import(string path, ImportContext context);
}
