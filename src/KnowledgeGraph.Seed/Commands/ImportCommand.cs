using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Import;

namespace KnowledgeGraph.Seed.Commands;

/// <summary>
/// <c>import SOURCE PATH</c>: imports an open dataset (geonames, keep-eu, urbact, municipal-networks, twin-towns,
/// unesco, or all of a data folder) in one transaction; unmatched rows go to a CSV report. See docs/import.md.
/// </summary>
public static class ImportCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var source = new Argument<string>("source")
        {
            Description = $"What to import: {string.Join(", ", Importers.Names)}, or all (every source of a data folder, GeoNames first).",
        };
        source.AcceptOnlyFromAmong([.. Importers.Names, "all"]);
        var path = new Argument<string>("path") { Description = "The dataset's folder or file (for all: the data folder, such as ../shared/data)." };
        var geonames = new Option<string?>("--geonames") { Description = "The GeoNames file (cities15000.txt) cities are resolved against (default: Import:GeoNames, else geonames/cities15000.txt beside the data)." };
        var geocoded = new Option<string?>("--geocoded-partners") { Description = "keep.eu only: the geocoded partners file (default: ../interreg-partners-geocoded/partners.csv beside the export)." };
        var report = new Option<string?>("--report") { Description = "Where to write the unmatched rows (CSV; default: import-unmatched.csv beside the store)." };
        var retrieved = new Option<string?>("--retrieved") { Description = "The retrieval date to record, YYYY-MM-DD (default: the files' dates)." };
        var themeRules = new Option<string?>("--theme-rules") { Description = "The theme rule file or folder (YAML) that infers themes from the projects' own words (default: Import:ThemeRules, else the rules shipped with kg-seed)." };
        var command = new Command("import", "Import an open dataset into the store in one transaction; any error leaves the store unchanged.")
        {
            source, path, geonames, geocoded, report, retrieved, themeRules,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            DateOnly? retrievedDate = null;
            if (parse.GetValue(retrieved) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    await context.Error.WriteLineAsync($"error: --retrieved '{text}' is not a date as YYYY-MM-DD").ConfigureAwait(false);
                    return ExitCodes.Usage;
                }
                retrievedDate = d;
            }
            var options = new ImportOptions
            {
                GeoNamesPath = parse.GetValue(geonames) ?? context.Configuration["Import:GeoNames"],
                GeocodedPartnersPath = parse.GetValue(geocoded),
                Retrieved = retrievedDate,
                ThemeRulesPath = parse.GetValue(themeRules) ?? context.Configuration["Import:ThemeRules"],
            };
            var sourceName = parse.GetValue(source)!;
            ImportPlan plan;
            try
            {
                await context.Output.WriteLineAsync($"Reading {sourceName} from {parse.GetValue(path)} ...").ConfigureAwait(false);
                plan = ImportPlan.Prepare(sourceName, parse.GetValue(path)!, options);
            }
            catch (ImportException ex)
            {
                await context.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
                await context.Error.WriteLineAsync("Nothing was written.").ConfigureAwait(false);
                return ExitCodes.InvalidInput;
            }
            foreach (var s in plan.Context.Report.Sources)
            {
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"  {s.Name}: {s.Rows:N0} rows read in {s.ReadSeconds:0.0} s ({s.Rows / Math.Max(s.ReadSeconds, 1e-3):N0} rows/s), {s.NodesAsserted:N0} nodes, {s.RelationshipsAsserted:N0} relationships")).ConfigureAwait(false);
            }
            await using var store = await context.OpenStoreAsync(parse, cancellationToken).ConfigureAwait(false);
            var watch = Stopwatch.StartNew();
            var loadReport = await LoadCommand.LoadWithProgressAsync(store, plan.Batches, dryRun: false, cancellationToken,
                // The plan checked every batch against the model: the store need not check them again.
                validatedAgainst: plan.Model).ConfigureAwait(false);
            var loadSeconds = watch.Elapsed.TotalSeconds;
            // Beside a store file; in the current folder for a store server.
            var reportPath = parse.GetValue(report) ?? Path.Combine((File.Exists(store.Location) ? Path.GetDirectoryName(store.Location) : null) ?? ".", "import-unmatched.csv");
            plan.Context.Report.WriteUnmatchedCsv(reportPath);
            await context.Output.WriteLineAsync($"Imported {sourceName} into {store.Location}.").ConfigureAwait(false);
            ImportSummary.Write(context.Output, plan, loadReport, loadSeconds);
            await context.Output.WriteLineAsync($"Unmatched rows: {reportPath}").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
