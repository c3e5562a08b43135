using System.CommandLine;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Model.Validation;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Backends;
using KnowledgeGraph.Store.Sqlite;
using KnowledgeGraph.Studies;
using Microsoft.Extensions.Configuration;

namespace KnowledgeGraph.Seed;

/// <summary>
/// What every command shares: configuration (<c>Store:Provider</c> and the back-end's settings such as <c>Store:Path</c>,
/// environment <c>Store__Path</c>, as the API reads them), the output writers and the graph model.
/// </summary>
public sealed class CliContext(TextWriter output, TextWriter error)
{
    /// <summary>
    /// The store back-ends the CLI can use, by <c>Store:Provider</c> or by the scheme of <c>--store</c>: each back-end
    /// project plugs in with one entry here.
    /// </summary>
    public static StoreProviders StoreProviders { get; } = new(SqliteStoreProvider.Instance, KnowledgeGraph.Store.Neo4j.Neo4jStoreProvider.Instance);

    /// <summary><c>--store PATH|URI</c>: the store for one command, overriding the configuration.</summary>
    public static readonly Option<string?> StoreOption = new("--store")
    {
        Description = "The store: a file (SQLite), or the URI of a store server whose back-end this program has (such as neo4j://host:7687). "
            + "Default: the configuration (Store:Provider, default Sqlite, and its settings: Store:Path, environment Store__Path, else the user's data folder).",
        Recursive = true,
    };

    /// <summary><c>--documents FOLDER</c>: where the source documents of studies are, to check quotes.</summary>
    public static readonly Option<string?> DocumentsOption = new("--documents")
    {
        Description = "Folder of the source documents that studies name, to check every quote (default: Seed:Documents, else ../shared/seeds when present).",
    };

    /// <summary>Standard output.</summary>
    public TextWriter Output { get; } = output;

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; } = error;

    /// <summary>The graph model.</summary>
    public GraphModel Model { get; } = CityNetworksModel.Instance;

    /// <summary>The configuration: appsettings.json beside the program, then the environment.</summary>
    public IConfiguration Configuration { get; } = new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .Build();

    /// <summary>The store this invocation uses: <c>--store</c>, else the configuration.</summary>
    /// <exception cref="StoreException">The provider or the scheme of <c>--store</c> is unknown.</exception>
    public StoreChoice ChooseStore(ParseResult parse) => StoreProviders.Choose(Configuration, Model, parse.GetValue(StoreOption));

    /// <summary>Opens the store for this invocation, of whichever back-end it is.</summary>
    /// <exception cref="StoreException">It cannot be opened, or the configuration is wrong.</exception>
    public Task<IGraphBackend> OpenStoreAsync(ParseResult parse, CancellationToken cancellationToken) => ChooseStore(parse).OpenAsync(cancellationToken);

    /// <summary>The folder of source documents, or null when none is configured or found.</summary>
    public string? DocumentsFolder(ParseResult parse)
    {
        var configured = parse.GetValue(DocumentsOption) ?? Configuration["Seed:Documents"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }
        var fallback = Path.Combine("..", "shared", "seeds");
        return Directory.Exists(fallback) ? fallback : null;
    }

    /// <summary>Reads study files and prints every problem to standard error.</summary>
    public async Task<StudySet> ReadStudiesAsync(ParseResult parse, IEnumerable<string> paths)
    {
        var documents = DocumentsFolder(parse);
        if (documents is not null && !Directory.Exists(documents))
        {
            await Error.WriteLineAsync($"error: the documents folder '{documents}' does not exist").ConfigureAwait(false);
            documents = null;
        }
        var set = StudySet.Read(paths, Model, documents);
        await WriteProblemsAsync(set.Problems).ConfigureAwait(false);
        if (documents is null)
        {
            await Error.WriteLineAsync("note: no documents folder, so quotes were not checked against their documents (see --documents)").ConfigureAwait(false);
        }
        return set;
    }

    /// <summary>Prints problems as <c>file:line:column: error: message</c>, then a count.</summary>
    public async Task WriteProblemsAsync(IReadOnlyList<Problem> problems)
    {
        foreach (var problem in problems)
        {
            await Error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
        }
        if (problems.Count > 0)
        {
            var files = problems.Select(p => p.Origin?.File).Where(f => f is not null).Distinct().Count();
            await Error.WriteLineAsync($"{problems.Count} error(s) in {Math.Max(files, 1)} file(s); nothing was written.").ConfigureAwait(false);
        }
    }
}
