namespace KnowledgeGraph.Seed.Tests.TestSupport;

/// <summary>What one run of the CLI printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>Standard error, line by line.</summary>
    public IReadOnlyList<string> ErrorLines => Error.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Standard output, line by line.</summary>
    public IReadOnlyList<string> OutputLines => Output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <inheritdoc/>
    public override string ToString() => $"exit code {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
}

/// <summary>Runs <c>kg-seed</c> in process, capturing standard output, standard error and the exit code.</summary>
public static class Cli
{
    /// <summary>Runs the CLI with <paramref name="args"/>.</summary>
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await SeedCli.RunAsync(args, output, error);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs the CLI on a store, with the documents folder that the curated studies quote.</summary>
    public static Task<CliResult> RunOnStoreAsync(string store, string verb, params string[] args) =>
        RunAsync([verb, "--store", store, .. NeedsDocuments(verb) ? ["--documents", KnowledgeGraph.Tests.Shared.TestPaths.Documents] : Array.Empty<string>(), .. args]);

    /// <summary>Runs the CLI and asserts it succeeded.</summary>
    public static async Task<CliResult> RunOkAsync(string store, string verb, params string[] args)
    {
        var result = await RunOnStoreAsync(store, verb, args);
        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        return result;
    }

    private static bool NeedsDocuments(string verb) => verb is "load" or "validate" or "diff";
}
