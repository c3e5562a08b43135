using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Model.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Studies;

/// <summary>
/// Reads a study file (docs/study-format.md) into a <see cref="GraphBatch"/>, listing every problem with file, line
/// and column: YAML syntax, unknown keys, then everything <see cref="BatchValidator"/> checks, then quotes that do
/// not occur in the source document.
/// </summary>
public sealed class StudyFileReader(GraphModel model)
{
    private static readonly string[] SourceKeys = ["quote", "inferred", "note"];
    private static readonly string[] Qualifiers = ["exact", "approximately", "more than", "at least", "less than", "at most"];

    /// <summary>Finds a source document's text by the file name a study gives in <c>document</c>; null when not available.</summary>
    public Func<string, string?>? DocumentLookup { get; init; }

    /// <summary>Reads the study file at <paramref name="path"/>.</summary>
    public StudyReadResult ReadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new(path, null, [new(new Origin(path, 1, 1), $"cannot read the file: {ex.Message}")]);
        }
        return Read(path, text);
    }

    /// <summary>Reads study text; <paramref name="path"/> names it in messages.</summary>
    public StudyReadResult Read(string path, string text)
    {
        var problems = new List<Problem>();
        var yaml = new YamlNodes(path, problems);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            var reason = ex.InnerException?.Message ?? ex.Message;
            problems.Add(new(new Origin(path, (int)ex.Start.Line, (int)ex.Start.Column), $"YAML syntax error: {Tidy(reason)}"));
            return new(path, null, problems);
        }
        if (stream.Documents.Count != 1)
        {
            problems.Add(new(new Origin(path, 1, 1), stream.Documents.Count == 0 ? "the file is empty" : "the file must hold one YAML document"));
            return new(path, null, problems);
        }
        var root = yaml.Mapping(stream.Documents[0].RootNode, "the file", "study", "nodes", "relationships");
        if (root is null)
        {
            return new(path, null, problems);
        }
        if (!root.TryGetValue("study", out var studyNode))
        {
            yaml.Error(stream.Documents[0].RootNode, "the file has no 'study' block describing the document");
            return new(path, null, problems);
        }

        var context = new FileContext(yaml, problems);
        var nodes = new List<NodeAssertion>();
        var study = ReadStudy(context, studyNode);
        if (study is not null)
        {
            nodes.Add(study);
        }
        var relationships = new List<RelationshipAssertion>();
        if (root.TryGetValue("nodes", out var nodesNode))
        {
            foreach (var item in yaml.Sequence(nodesNode, "'nodes'"))
            {
                if (ReadNode(context, item) is { } node)
                {
                    nodes.Add(node);
                }
            }
        }
        if (root.TryGetValue("relationships", out var relsNode))
        {
            foreach (var item in yaml.Sequence(relsNode, "'relationships'"))
            {
                if (ReadRelationship(context, item) is { } rel)
                {
                    relationships.Add(rel);
                }
            }
        }
        var batch = new GraphBatch(path, nodes, relationships);
        problems.AddRange(new BatchValidator(model).Validate(batch));
        var ordered = problems.Distinct().OrderBy(p => p.Origin?.Line ?? 0).ThenBy(p => p.Origin?.Column ?? 0).ToList();
        return new(path, ordered.Count == 0 ? batch : null, ordered);
    }

    private NodeAssertion? ReadStudy(FileContext context, YamlNode node)
    {
        var yaml = context.Yaml;
        var entries = yaml.Mapping(node, "the study block", "id", "name", "aliases", "description", "quote", "properties");
        if (entries is null)
        {
            return null;
        }
        var id = yaml.Required(entries, node, "id", "the study block");
        var name = yaml.Required(entries, node, "name", "the study block");
        if (id is null || name is null)
        {
            return null;
        }
        context.StudyId = id;
        // The document's text, when it can be found, lets every quote be checked.
        if (entries.TryGetValue("properties", out var props) && props is YamlMappingNode propMap &&
            propMap.Children.TryGetValue(new YamlScalarNode("document"), out var docNode) &&
            docNode is YamlScalarNode { Value: { } document } && DocumentLookup?.Invoke(document) is { } docText)
        {
            context.Document = QuoteText.Fold(docText);
        }
        // A study states its own existence: its source is itself, quoted by its title where the document gives one.
        var quote = entries.TryGetValue("quote", out var quoteNode) ? ReadQuotes(context, quoteNode).FirstOrDefault() : null;
        var self = new Source(id, Certainty.Stated) { Quote = quote ?? name };
        var kind = CityNetworksModel.Study;
        return new NodeAssertion(kind.Name, id, name.Trim())
        {
            Aliases = entries.TryGetValue("aliases", out var aliases) ? ReadAliases(context, aliases) : [],
            Description = entries.TryGetValue("description", out var d) ? yaml.Text(d, "'description'")?.Trim() : null,
            Claims = props is null ? [] : ReadClaims(context, props, kind.FindProperty, [self]),
            Sources = [self],
            Origin = yaml.At(node),
        };
    }

    private NodeAssertion? ReadNode(FileContext context, YamlNode node)
    {
        var yaml = context.Yaml;
        var entries = yaml.Mapping(node, "a node", ["id", "kind", "name", "aliases", "description", "properties", .. SourceKeys]);
        if (entries is null)
        {
            return null;
        }
        var id = yaml.Required(entries, node, "id", "a node");
        var kindName = yaml.Required(entries, node, "kind", $"node '{id}'");
        var name = yaml.Required(entries, node, "name", $"node '{id}'");
        if (id is null || kindName is null || name is null)
        {
            return null;
        }
        var sources = ReadSources(context, node, entries);
        model.TryGetKind(kindName, out var kind);
        return new NodeAssertion(kind?.Name ?? kindName, id.Trim(), name.Trim())
        {
            Aliases = entries.TryGetValue("aliases", out var aliases) ? ReadAliases(context, aliases) : [],
            Description = entries.TryGetValue("description", out var d) ? yaml.Text(d, "'description'")?.Trim() : null,
            Claims = entries.TryGetValue("properties", out var props) ? ReadClaims(context, props, n => kind?.FindProperty(n), sources) : [],
            Sources = sources,
            Origin = yaml.At(node),
        };
    }

    private RelationshipAssertion? ReadRelationship(FileContext context, YamlNode node)
    {
        var yaml = context.Yaml;
        var entries = yaml.Mapping(node, "a relationship", ["type", "from", "to", "properties", .. SourceKeys]);
        if (entries is null)
        {
            return null;
        }
        var typeName = yaml.Required(entries, node, "type", "a relationship");
        var from = yaml.Required(entries, node, "from", $"relationship {typeName}");
        var to = yaml.Required(entries, node, "to", $"relationship {typeName}");
        if (typeName is null || from is null || to is null)
        {
            return null;
        }
        var sources = ReadSources(context, node, entries);
        model.TryGetRelationship(typeName, out var type);
        return new RelationshipAssertion(type?.Name ?? typeName, from.Trim(), to.Trim())
        {
            Claims = entries.TryGetValue("properties", out var props) ? ReadClaims(context, props, n => type?.FindProperty(n), sources) : [],
            Sources = sources,
            Origin = yaml.At(node),
        };
    }

    private static List<Alias> ReadAliases(FileContext context, YamlNode node)
    {
        var aliases = new List<Alias>();
        foreach (var item in context.Yaml.Sequence(node, "'aliases'"))
        {
            if (item is YamlScalarNode)
            {
                if (context.Yaml.Text(item, "an alias") is { } name)
                {
                    aliases.Add(new Alias(name.Trim()));
                }
                continue;
            }
            var entries = context.Yaml.Mapping(item, "an alias", "name", "lang");
            if (entries is null)
            {
                continue;
            }
            var aliasName = context.Yaml.Required(entries, item, "name", "an alias");
            var lang = entries.TryGetValue("lang", out var langNode) ? context.Yaml.Text(langNode, "'lang'") : null;
            if (lang is not null && (lang.Length != 2 || !lang.All(char.IsAsciiLetterLower)))
            {
                context.Yaml.Error(langNode!, $"'lang' must be a two-letter ISO 639-1 code in lower case, not '{lang}'");
            }
            if (aliasName is not null)
            {
                aliases.Add(new Alias(aliasName.Trim(), lang));
            }
        }
        return aliases;
    }

    /// <summary>Reads a node's or relationship's own sources: quotes, or inferred with a note.</summary>
    private static List<Source> ReadSources(FileContext context, YamlNode owner, Dictionary<string, YamlNode> entries)
    {
        var quotes = entries.TryGetValue("quote", out var q) ? ReadQuotes(context, q) : [];
        var inferred = false;
        if (entries.TryGetValue("inferred", out var inf))
        {
            var text = (inf as YamlScalarNode)?.Value;
            if (text is not ("true" or "false"))
            {
                context.Yaml.Error(inf, "'inferred' must be true or false");
            }
            inferred = text == "true";
        }
        var note = entries.TryGetValue("note", out var n) ? context.Yaml.Text(n, "'note'")?.Trim() : null;
        var study = context.StudyId ?? "study:unknown";
        if (inferred)
        {
            return [new Source(study, Certainty.Inferred) { Note = note, Quote = quotes.Count > 0 ? quotes[0] : null }];
        }
        if (note is not null && quotes.Count == 0)
        {
            context.Yaml.Error(owner, "a 'note' without 'inferred: true' or a 'quote' is not a source");
        }
        return quotes.Select(quote => new Source(study, Certainty.Stated) { Quote = quote, Note = note }).ToList();
    }

    private static List<string> ReadQuotes(FileContext context, YamlNode node)
    {
        var items = node is YamlSequenceNode seq ? seq.Children : [node];
        var quotes = new List<string>();
        foreach (var item in items)
        {
            if (context.Yaml.Text(item, "a quote") is not { } quote)
            {
                continue;
            }
            var collapsed = QuoteText.Collapse(quote);
            if (context.Document is { } document && !document.Contains(QuoteText.Fold(quote), StringComparison.Ordinal))
            {
                context.Yaml.Error(item, $"the quote \"{Shorten(collapsed)}\" does not occur in the study's document");
            }
            quotes.Add(collapsed);
        }
        return quotes;
    }

    private static List<PropertyClaim> ReadClaims(FileContext context, YamlNode node, Func<string, PropertyDefinition?> find, List<Source> ownerSources)
    {
        var claims = new List<PropertyClaim>();
        var entries = context.Yaml.Mapping(node, "'properties'", AllKeys(node));
        if (entries is null)
        {
            return claims;
        }
        foreach (var (name, valueNode) in entries)
        {
            var property = find(name);
            var claimNodes = valueNode is YamlSequenceNode seq ? seq.Children : (IList<YamlNode>)[valueNode];
            foreach (var claimNode in claimNodes)
            {
                if (claimNode is YamlScalarNode scalar)
                {
                    foreach (var source in ownerSources.Take(1))
                    {
                        claims.Add(Claim(name, scalar, property, source, null, context));
                    }
                    if (ownerSources.Count == 0)
                    {
                        claims.Add(Claim(name, scalar, property, new Source(context.StudyId ?? "study:unknown", Certainty.Stated), null, context));
                    }
                    continue;
                }
                var claimEntries = context.Yaml.Mapping(claimNode, $"property '{name}'", ["value", "qualifier", .. SourceKeys]);
                if (claimEntries is null)
                {
                    continue;
                }
                if (!claimEntries.TryGetValue("value", out var v) || v is not YamlScalarNode valueScalar)
                {
                    context.Yaml.Error(claimNode, $"property '{name}' has no 'value'");
                    continue;
                }
                string? qualifier = null;
                if (claimEntries.TryGetValue("qualifier", out var qNode))
                {
                    qualifier = context.Yaml.Text(qNode, "'qualifier'")?.Trim();
                    if (qualifier is not null && !Qualifiers.Contains(qualifier))
                    {
                        context.Yaml.Error(qNode, $"'qualifier' must be one of: {string.Join(", ", Qualifiers)}; not '{qualifier}'");
                    }
                }
                var own = claimEntries.ContainsKey("quote") || claimEntries.ContainsKey("inferred")
                    ? ReadSources(context, claimNode, claimEntries)
                    : ownerSources;
                claims.Add(Claim(name, valueScalar, property, own.FirstOrDefault() ?? new Source(context.StudyId ?? "study:unknown", Certainty.Stated), qualifier, context));
            }
        }
        return claims;
    }

    private static PropertyClaim Claim(string name, YamlScalarNode node, PropertyDefinition? property, Source source, string? qualifier, FileContext context)
    {
        object value = node.Value ?? "";
        // Coerce now when the property is known; the validator reports a value that does not fit.
        if (property is not null && PropertyValues.TryCoerce(property, value, out var typed) is null)
        {
            value = typed;
        }
        return new PropertyClaim(name, value, source) { Qualifier = qualifier, Origin = context.Yaml.At(node) };
    }

    private static string[] AllKeys(YamlNode node) =>
        node is YamlMappingNode map ? map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "").ToArray() : [];

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    private static string Tidy(string message)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 40) - (Line: ...): "; the origin already says where.
        var dash = message.LastIndexOf("): ", StringComparison.Ordinal);
        return dash >= 0 ? message[(dash + 3)..] : message;
    }

    private sealed class FileContext(YamlNodes yaml, List<Problem> problems)
    {
        public YamlNodes Yaml { get; } = yaml;

        public List<Problem> Problems { get; } = problems;

        public string? StudyId { get; set; }

        public string? Document { get; set; }
    }
}
