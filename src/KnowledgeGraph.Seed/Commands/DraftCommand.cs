using System.CommandLine;
using KnowledgeGraph.Drafting;
using KnowledgeGraph.Studies;

namespace KnowledgeGraph.Seed.Commands;

/// <summary>
/// <c>draft DOCUMENT [--language CODE] [--output FILE]</c>: proposes a draft study from a plain-text document, for a
/// curator to confirm (docs/drafting.md).
/// </summary>
public static class DraftCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var document = new Argument<string>("DOCUMENT") { Description = "The plain-text document to draft a study from." };
        var language = new Option<string?>("--language", "-l")
        {
            Description = "The document's language (ISO 639-1: en, ca, ...; one patterns file each). Default: detected from its frequent words.",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "The study file to write (such as graph-seed/NAME.yaml). Default: standard output.",
        };
        var force = new Option<bool>("--force") { Description = "Overwrite the output file if it exists." };
        var command = new Command("draft", "Propose a draft study from a plain-text document: the names the graph knows, candidates for new ones, "
            + "relationships, dates and numbers, each with its quote, confidence and rule; low-confidence ones commented out for review.")
        {
            document, language, output, force,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(document)!;
            var target = parse.GetValue(output);
            try
            {
                if (!string.IsNullOrWhiteSpace(target) && File.Exists(target) && !parse.GetValue(force))
                {
                    throw new DraftException($"{target} exists; give another --output, or --force to overwrite it");
                }
                var catalog = LanguageCatalog.Load(LanguageCatalog.DefaultFolder, context.Model);
                var rules = DraftRules.Load(DraftRules.DefaultPath, context.Model);
                var source = SourceDocument.Read(path);
                var code = parse.GetValue(language);
                var patterns = string.IsNullOrWhiteSpace(code) ? catalog.Detect(source) : catalog.Get(code);

                KnownGraph known;
                await using (var store = await context.OpenStoreAsync(parse, cancellationToken).ConfigureAwait(false))
                {
                    known = await KnownGraph.ReadAsync(store, context.Model, rules, cancellationToken).ConfigureAwait(false);
                }
                var draft = new StudyDrafter(context.Model, known, rules).Draft(source, patterns);
                var text = new DraftWriter(rules).Write(draft, known.NodeCount);

                // The draft must be a study file `validate` accepts as it is, quotes included: check before writing.
                var check = new StudyFileReader(context.Model) { DocumentLookup = name => name == draft.Document ? source.Text : null }
                    .Read(target ?? "draft.yaml", text);
                if (check.Problems.Count > 0)
                {
                    await context.WriteProblemsAsync(check.Problems).ConfigureAwait(false);
                    await context.Error.WriteLineAsync("error: the draft does not pass validation (a drafting bug); nothing was written").ConfigureAwait(false);
                    return ExitCodes.InvalidInput;
                }
                if (string.IsNullOrWhiteSpace(target))
                {
                    await context.Output.WriteAsync(text).ConfigureAwait(false);
                }
                else
                {
                    var temporary = target + ".tmp";
                    await File.WriteAllTextAsync(temporary, text, cancellationToken).ConfigureAwait(false);
                    File.Move(temporary, target, overwrite: true);
                }
                var active = draft.Nodes.Count(n => n.Why.Confidence >= rules.ActiveConfidence);
                await context.Error.WriteLineAsync(
                    $"Drafted {draft.Nodes.Count} nodes ({draft.Nodes.Count(n => n.Known)} known, {draft.Nodes.Count(n => !n.Known)} new, {draft.Nodes.Count - active} under review) "
                    + $"and {draft.Relationships.Count} relationships from {path} (language {patterns.Code})"
                    + (string.IsNullOrWhiteSpace(target) ? "." : $" to {target}.")).ConfigureAwait(false);
                return ExitCodes.Ok;
            }
            catch (DraftException ex)
            {
                await context.Error.WriteLineAsync($"error: {ex.Message}; nothing was written.").ConfigureAwait(false);
                return ExitCodes.InvalidInput;
            }
        });
        return command;
    }
}
