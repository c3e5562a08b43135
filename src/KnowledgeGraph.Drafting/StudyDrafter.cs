using System.Globalization;
using KnowledgeGraph.Model.Identity;
using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Drafting;

/// <summary>
/// Drafts a study from a document: names the graph knows (longest match first, folded as search folds), candidate
/// names it does not know (typed by cue words), relationships from cue words between two names of a sentence, dates
/// and numbers with units as property claims, and what the store already holds about the places named. Every
/// proposal carries the rule that made it and a confidence (docs/drafting.md).
/// </summary>
public sealed class StudyDrafter(GraphModel model, KnownGraph known, DraftRules rules)
{
    private const string KnownRule = "known-name";
    private const double KnownConfidence = 0.9;

    /// <summary>Drafts the study of <paramref name="document"/> in <paramref name="language"/>.</summary>
    /// <exception cref="DraftException">The document has no sentences, or names nothing the graph knows.</exception>
    public Draft Draft(SourceDocument document, LanguagePatterns language)
    {
        document.Split(language);
        if (document.Sentences.Count == 0)
        {
            throw new DraftException($"{document.Path}: no sentences left once page boilerplate is dropped");
        }
        var title = document.Sentences[0];
        var titleText = document.Span(title.Start, title.End);
        var study = new DraftNode(StudyId(titleText), CityNetworksModel.Study, titleText, new Provenance("title", 0.9)) { Quote = titleText };
        var draft = new Draft(study, language, Path.GetFileName(document.Path));
        var session = new Session(this, document, language, draft);
        session.Run();
        if (!draft.Nodes.Any(n => n.Known && n.Quote is not null))
        {
            throw new DraftException($"{document.Path}: the document names nothing the graph knows ({_known.NodeCount} nodes searched in language '{language.Code}'); load related studies or import the open data first, or check --language");
        }
        return draft;
    }

    private static string StudyId(string title)
    {
        var slug = NodeId.Slug(title);
        if (slug.Length > 80)
        {
            slug = slug[..80].TrimEnd('-');
        }
        return $"{CityNetworksModel.Study.IdPrefix}:draft-{slug}";
    }

    /// <summary>One drafting run: the mentions found so far and the proposals made.</summary>
    private sealed class Session(StudyDrafter owner, SourceDocument document, LanguagePatterns language, Draft draft)
    {
        private readonly Dictionary<string, DraftNode> _nodes = new(StringComparer.Ordinal);
        private readonly List<Mention> _mentions = [];
        private readonly Dictionary<(string, string, string), DraftRelationship> _relationships = [];
        private readonly HashSet<string> _contextCountries = new(StringComparer.Ordinal);

        /// <summary>What the document is about: the event its heading names, else the first event it names.</summary>
        private DraftNode? _topic;

        public void Run()
        {
            var knownBySentence = document.Sentences.Select(FindKnown).ToList();
            foreach (var (sentence, matches) in document.Sentences.Zip(knownBySentence))
            {
                var kept = Candidates(sentence, matches);
                _mentions.AddRange(kept);
            }
            _mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
            _topic = _mentions.FirstOrDefault(m => m.Node.Why.Rule.EndsWith(".heading-event", StringComparison.Ordinal))?.Node
                ?? _mentions.FirstOrDefault(m => m.Node.Kind == CityNetworksModel.Event)?.Node;
            foreach (var sentence in document.Sentences)
            {
                var inSentence = _mentions.Where(m => m.Sentence == sentence).ToList();
                Relationships(sentence, inSentence);
                Claims(sentence, inSentence);
            }
            FollowKnown();
            draft.Nodes.AddRange(_nodes.Values);
            draft.Relationships.AddRange(_relationships.Values);
        }

        // ---- names the graph knows ----

        private List<(int First, int Last, List<KnownNode> Nodes)> FindKnown(Sentence sentence)
        {
            var found = new List<(int, int, List<KnownNode>)>();
            var tokens = sentence.Tokens;
            for (var i = 0; i < tokens.Count;)
            {
                var length = 0;
                List<KnownNode>? nodes = null;
                foreach (var (words, node) in owner._known.NamesStartingWith(tokens[i].Folded))
                {
                    if (words.Length < length)
                    {
                        break;
                    }
                    if (i + words.Length > tokens.Count || !Matches(tokens, i, words) || !Acceptable(tokens, i, words.Length, node))
                    {
                        continue;
                    }
                    length = words.Length;
                    nodes ??= [];
                    if (!nodes.Contains(node))
                    {
                        nodes.Add(node);
                    }
                }
                if (nodes is null)
                {
                    i++;
                    continue;
                }
                found.Add((i, i + length - 1, nodes));
                if (nodes.Count == 1)
                {
                    foreach (var code in Codes(nodes[0]))
                    {
                        _contextCountries.Add(code);
                    }
                }
                i += length;
            }
            return found;
        }

        private static IEnumerable<string> Codes(KnownNode node) => node.CountryCode is { } code ? [code.ToUpperInvariant()] : [];

        private static bool Matches(IReadOnlyList<Token> tokens, int start, string[] words)
        {
            for (var k = 0; k < words.Length; k++)
            {
                if (!string.Equals(tokens[start + k].Folded, words[k], StringComparison.Ordinal))
                {
                    return false;
                }
            }
            return true;
        }

        /// <summary>
        /// Proper names (every kind but themes) must be written with a capital, must not be a word that merely starts a
        /// sentence, and a name of one or two letters must be written in capitals (an acronym such as EU).
        /// </summary>
        private bool Acceptable(IReadOnlyList<Token> tokens, int start, int length, KnownNode node)
        {
            var first = tokens[start];
            if (node.Kind == CityNetworksModel.Theme)
            {
                return true;
            }
            if (!first.IsCapitalised || (length == 1 && language.NotNames.Contains(first.Text)))
            {
                return false;
            }
            return length > 1 || first.Text.Length > 2 || first.IsAcronym;
        }

        private KnownNode Resolve(List<KnownNode> nodes, out string? remark)
        {
            remark = null;
            if (nodes.Count == 1)
            {
                return nodes[0];
            }
            var ranked = nodes
                .OrderByDescending(n => n.Kind == CityNetworksModel.Country)
                .ThenByDescending(n => Codes(n).Any(_contextCountries.Contains))
                .ThenByDescending(n => n.Population)
                .ThenBy(n => n.Id, StringComparer.Ordinal)
                .ToList();
            var best = ranked[0];
            var rival = ranked[1];
            var settled = Codes(best).Any(_contextCountries.Contains) && !Codes(rival).Any(_contextCountries.Contains);
            if (!settled && best.Kind == rival.Kind && rival.Population * 10 > best.Population)
            {
                remark = $"ambiguous: also {string.Join(", ", ranked.Skip(1).Take(3).Select(n => $"{n.Id} ({n.Name}{(n.CountryCode is null ? "" : ", " + n.CountryCode)})"))}";
            }
            return best;
        }

        // ---- names it does not know ----

        private List<Mention> Candidates(Sentence sentence, List<(int First, int Last, List<KnownNode> Nodes)> knownMatches)
        {
            var tokens = sentence.Tokens;
            var candidates = new List<(int First, int Last, NodeKind? Kind, string Rule, double Confidence)>();
            if (IsHeading(sentence) && tokens.Count > 1)
            {
                // a heading that names an event ("1st Interregional Training Session and Study Visit") names it whole
                var cue = tokens.Select(t => language.NameCues.FirstOrDefault(c => c.Words.Contains(t.Folded))).FirstOrDefault(c => c is not null);
                if (cue is not null && cue.Kind == CityNetworksModel.Event && tokens.Count(t => t.IsCapitalised) >= 2)
                {
                    candidates.Add((0, tokens.Count - 1, cue.Kind, $"{language.Code}.heading-event", 0.6));
                }
            }
            for (var i = 0; i < tokens.Count;)
            {
                if (!Startable(tokens[i]))
                {
                    i++;
                    continue;
                }
                var last = i;
                var j = i;
                while (j + 1 < tokens.Count && Joined(tokens[j], tokens[j + 1]))
                {
                    var next = tokens[j + 1];
                    // a number joins a name only right after a capitalised word ("Day 1"), not after a joiner ("Leeds del 9")
                    if (next.IsCapitalised && (char.IsLetter(next.Text[0]) || j == last))
                    {
                        j++;
                        last = j;
                    }
                    else if (language.NameJoiners.Contains(next.Folded) || language.NameCues.Any(c => c.Words.Contains(next.Folded)))
                    {
                        j++;
                    }
                    else
                    {
                        break;
                    }
                }
                var typed = Type(tokens, i, last);
                var capitals = Enumerable.Range(i, last - i + 1).Count(k => tokens[k].IsCapitalised);
                var acronym = Enumerable.Range(i, last - i + 1).Any(k => tokens[k].IsAcronym && tokens[k].Text.Count(char.IsLetter) >= 3);
                if (typed is not null || capitals >= 2 || acronym)
                {
                    candidates.Add((i, last, typed?.Kind, typed?.Rule ?? "capitalised-name", typed?.Confidence ?? 0.3));
                }
                i = last + 1;
            }

            var mentions = new List<Mention>();
            var usedKnown = new HashSet<int>();
            foreach (var (first, last) in ThemePhrases(sentence))
            {
                if (knownMatches.Any(m => m.First <= last && m.Last >= first))
                {
                    continue;
                }
                var name = document.Span(tokens[first].Start, tokens[last].End);
                var id = NodeId.FromName(CityNetworksModel.Theme, name);
                if (NodeId.IsWellFormed(id))
                {
                    var theme = Node(id, () => new DraftNode(id, CityNetworksModel.Theme, name, new Provenance($"{language.Code}.theme-phrase", 0.5)), sentence, tokens[first].Start, tokens[last].End);
                    mentions.Add(new Mention(sentence, first, last, theme));
                }
            }
            foreach (var candidate in candidates)
            {
                var inside = knownMatches.Select((m, index) => (m, index)).Where(x => x.m.First >= candidate.First && x.m.Last <= candidate.Last).ToList();
                var overlaps = knownMatches.Any(m => m.First <= candidate.Last && m.Last >= candidate.First && !(m.First >= candidate.First && m.Last <= candidate.Last));
                if (overlaps || inside.Any(x => x.m.First == candidate.First && x.m.Last == candidate.Last))
                {
                    continue;
                }
                if (inside.Count > 0 && candidate.Kind is null)
                {
                    continue;
                }
                var kind = candidate.Kind ?? DocumentKind();
                var confidence = candidate.Kind is null && DocumentKindCount >= 3 && Enumerable.Range(candidate.First, candidate.Last - candidate.First + 1).Any(k => tokens[k].IsAcronym)
                    ? 0.5 : candidate.Confidence;
                var rule = candidate.Kind is null && confidence >= 0.5 ? $"{language.Code}.document-kind" : candidate.Rule;
                var start = tokens[candidate.First].Start;
                if (start > sentence.Start && document.Text[start - 1] == '+')
                {
                    start--;
                }
                var name = document.Span(start, tokens[candidate.Last].End);
                var id = NodeId.FromName(kind, name);
                if (!NodeId.IsWellFormed(id))
                {
                    continue;
                }
                var existing = ShortForm(kind, name);
                var node = existing ?? Node(id, () => new DraftNode(id, kind, name, new Provenance(rule, confidence)), sentence, start, tokens[candidate.Last].End);
                if (existing is not null && !existing.Aliases.Contains(name))
                {
                    existing.Aliases.Add(name);
                }
                var parent = new Mention(sentence, candidate.First, candidate.Last, node);
                mentions.Add(parent);
                foreach (var (match, index) in inside)
                {
                    usedKnown.Add(index);
                    mentions.Add(KnownMention(sentence, match) with { Parent = parent });
                }
            }
            for (var index = 0; index < knownMatches.Count; index++)
            {
                if (!usedKnown.Contains(index))
                {
                    mentions.Add(KnownMention(sentence, knownMatches[index]));
                }
            }
            return mentions;
        }

        /// <summary>
        /// Lower-case phrases after a theme introducer, and the further items of their list: each runs to punctuation, a
        /// list joiner or a stop word (leading stop words are skipped), at most four words.
        /// </summary>
        private List<(int First, int Last)> ThemePhrases(Sentence sentence)
        {
            var tokens = sentence.Tokens;
            var phrases = new List<(int, int)>();
            foreach (var introducer in language.ThemeIntroducers)
            {
                for (var k = 0; k + introducer.Length <= tokens.Count; k++)
                {
                    if (!Matches(tokens, k, introducer))
                    {
                        continue;
                    }
                    var i = k + introducer.Length;
                    while (i < tokens.Count)
                    {
                        while (i < tokens.Count && (language.ThemeStops.Contains(tokens[i].Folded) || language.ListJoiners.Contains(tokens[i].Folded)))
                        {
                            i++;
                        }
                        var first = i;
                        while (i < tokens.Count && i - first < 4 && !tokens[i].IsCapitalised && !char.IsDigit(tokens[i].Text[0])
                            && !language.ThemeStops.Contains(tokens[i].Folded) && !language.ListJoiners.Contains(tokens[i].Folded)
                            && (i == first || Joined(tokens[i - 1], tokens[i])))
                        {
                            i++;
                        }
                        if (i == first)
                        {
                            break;
                        }
                        phrases.Add((first, i - 1));
                        // the list goes on after a comma or a list joiner
                        var gap = i < tokens.Count ? document.Span(tokens[i - 1].End, tokens[i].Start).Trim() : "";
                        var joined = i < tokens.Count && (gap is "," || (gap.Length == 0 && language.ListJoiners.Contains(tokens[i].Folded)));
                        if (!joined)
                        {
                            break;
                        }
                    }
                }
            }
            return phrases.Distinct().ToList();
        }

        /// <summary>A new node of the same kind whose name ends with <paramref name="name"/> ("Barcelona Chamber of Commerce" for "Chamber of Commerce").</summary>
        private DraftNode? ShortForm(NodeKind kind, string name)
        {
            var folded = " " + TextKey.Normalize(name);
            return _nodes.Values.FirstOrDefault(n => !n.Known && n.Kind == kind && TextKey.Normalize(" " + n.Name).EndsWith(folded, StringComparison.Ordinal)
                && TextKey.Normalize(n.Name).Length > folded.Length);
        }

        /// <summary>A line of its own, short, not ending as a sentence does: a heading or a title.</summary>
        private bool IsHeading(Sentence sentence)
        {
            var text = document.Text;
            var lineStart = sentence.Start == 0 || text[sentence.Start - 1] == '\n';
            var lineEnd = sentence.End == text.Length || text.IndexOf('\n', sentence.End) is var n && (n < 0 ? text[sentence.End..] : text[sentence.End..n]).Trim().Length == 0;
            return lineStart && lineEnd && sentence.Tokens.Count <= 12 && text[sentence.End - 1] is not ('.' or ',' or ';' or ':' or '!' or '?');
        }

        private Mention KnownMention(Sentence sentence, (int First, int Last, List<KnownNode> Nodes) match)
        {
            var chosen = Resolve(match.Nodes, out var remark);
            var written = document.Span(sentence.Tokens[match.First].Start, sentence.Tokens[match.Last].End);
            var node = Node(chosen.Id, () => new DraftNode(chosen.Id, chosen.Kind, chosen.Name, new Provenance(KnownRule, remark is null ? KnownConfidence : 0.6)) { Known = true, Remark = remark }, sentence,
                sentence.Tokens[match.First].Start, sentence.Tokens[match.Last].End);
            if (TextKey.Normalize(written) != TextKey.Normalize(node.Name) && !node.Aliases.Contains(written))
            {
                node.Aliases.Add(written);
            }
            return new Mention(sentence, match.First, match.Last, node);
        }

        private DraftNode Node(string id, Func<DraftNode> create, Sentence sentence, int start, int end)
        {
            if (!_nodes.TryGetValue(id, out var node))
            {
                _nodes[id] = node = create();
            }
            node.Quote ??= Clause(sentence, start, end);
            return node;
        }

        /// <summary>The clause of the sentence around a span: out to the nearest comma, semicolon, colon or bracket.</summary>
        private string Clause(Sentence sentence, int start, int end)
        {
            static bool Stop(char c) => c is ',' or ';' or ':' or '(' or ')';
            while (start > sentence.Start && !Stop(document.Text[start - 1]))
            {
                start--;
            }
            while (end < sentence.End && !Stop(document.Text[end]))
            {
                end++;
            }
            var clause = document.Span(start, end).Trim();
            return clause.Length > 0 ? clause : document.Span(sentence.Start, sentence.End);
        }

        private bool Startable(Token token) =>
            char.IsUpper(token.Text[0]) && !language.NotNames.Contains(token.Text);

        /// <summary>Two words belong to one name only when nothing but a space (or an apostrophe, hyphen or middle dot) parts them.</summary>
        private bool Joined(Token left, Token right)
        {
            var between = document.Span(left.End, right.Start);
            return between.Length <= 2 && between.All(c => c is ' ' or '\'' or '’' or '-' or '·');
        }

        private (NodeKind Kind, string Rule, double Confidence)? Type(IReadOnlyList<Token> tokens, int first, int last)
        {
            NodeKind? head = null;
            for (var k = first; k <= last; k++)
            {
                if (!tokens[k].IsCapitalised && language.NameJoiners.Contains(tokens[k].Folded) && !language.HeadFirst && head is not null)
                {
                    break;
                }
                var cue = language.NameCues.FirstOrDefault(c => c.Words.Contains(tokens[k].Folded));
                if (cue is not null)
                {
                    head = cue.Kind;
                    if (language.HeadFirst)
                    {
                        break;
                    }
                }
            }
            if (head is not null && last > first)
            {
                return (head, $"{language.Code}.name-cue", 0.7);
            }
            if (first == last && first == 0 && !tokens[first].IsAcronym)
            {
                return null;
            }
            foreach (var cue in language.ContextCues)
            {
                if (cue.Before.Any(p => EndsWith(tokens, first, p)) || cue.After.Any(p => StartsWith(tokens, last + 1, p)))
                {
                    return (cue.Kind, $"{language.Code}.context-cue", 0.6);
                }
            }
            return null;
        }

        private static bool EndsWith(IReadOnlyList<Token> tokens, int before, string[] phrase)
        {
            var start = before - phrase.Length;
            return start >= 0 && Matches(tokens, start, phrase);
        }

        private static bool StartsWith(IReadOnlyList<Token> tokens, int start, string[] phrase) =>
            start + phrase.Length <= tokens.Count && Matches(tokens, start, phrase);

        private NodeKind? _documentKind;

        /// <summary>How often the document's most frequent kind cue occurs.</summary>
        private int DocumentKindCount { get; set; }

        /// <summary>The kind the document's context cues name most often: an untyped acronym is most likely one.</summary>
        private NodeKind DocumentKind()
        {
            if (_documentKind is not null)
            {
                return _documentKind;
            }
            var words = document.Sentences.SelectMany(s => s.Tokens).Select(t => t.Folded).ToList();
            var top = language.ContextCues
                .Where(c => c.Kind != CityNetworksModel.City)
                .Select(c => (c.Kind, Count: words.Count(w => c.After.Concat(c.Before).Any(p => p.Length == 1 && p[0] == w))))
                .OrderByDescending(x => x.Count).FirstOrDefault();
            _documentKind = top.Kind ?? CityNetworksModel.Organisation;
            DocumentKindCount = top.Count;
            return _documentKind;
        }

        // ---- relationships ----

        private void Relationships(Sentence sentence, List<Mention> mentions)
        {
            var tokens = sentence.Tokens;
            var top = mentions.Where(m => m.Parent is null).ToList();
            foreach (var rule in language.Relationships)
            {
                for (var a = 0; a < top.Count; a++)
                {
                    for (var b = a + 1; b < top.Count; b++)
                    {
                        var between = Folded(tokens, top[a].Last + 1, top[b].First - 1);
                        var (from, to) = rule.FromFirst ? (top[a], top[b]) : (top[b], top[a]);
                        if (!Cue(rule, between, out var extra) || !TryPropose(rule, from, to, extra, top[a].Start, top[b].End))
                        {
                            continue;
                        }
                        // the same relationship for each further item of a list ("from Italy, France and Spain"), unless
                        // the rule is mere adjacency ("Brussels, Belgium"), where a list would be read as a chain
                        var lastItem = b;
                        for (var c = b + 1; c < top.Count && top[c].Node.Kind == top[b].Node.Kind && rule.Cues.Any(cue => cue.Length > 0); c++)
                        {
                            var joiner = Folded(tokens, top[lastItem].Last + 1, top[c].First - 1);
                            if (joiner.Length > 1 || (joiner.Length == 1 && !language.ListJoiners.Contains(joiner[0])))
                            {
                                break;
                            }
                            var (listFrom, listTo) = rule.FromFirst ? (top[a], top[c]) : (top[c], top[a]);
                            TryPropose(rule, listFrom, listTo, extra, top[a].Start, top[c].End);
                            lastItem = c;
                        }
                        break;
                    }
                }
            }
            // "participants from Italy, France and Spain": a relationship whose other end is the document's topic, unnamed here
            if (_topic is not null && top.All(m => m.Node != _topic))
            {
                var topic = new Mention(sentence, 0, 0, _topic);
                foreach (var rule in language.Relationships.Where(r => !r.FromFirst))
                {
                    for (var b = 0; b < top.Count; b++)
                    {
                        var between = Folded(tokens, 0, top[b].First - 1);
                        if (!CueBefore(rule, between, out var extra) || !TryPropose(rule, top[b], topic, extra, sentence.Start, top[b].End))
                        {
                            continue;
                        }
                        var lastItem = b;
                        for (var c = b + 1; c < top.Count && top[c].Node.Kind == top[b].Node.Kind; c++)
                        {
                            var joiner = Folded(tokens, top[lastItem].Last + 1, top[c].First - 1);
                            if (joiner.Length > 1 || (joiner.Length == 1 && !language.ListJoiners.Contains(joiner[0])))
                            {
                                break;
                            }
                            TryPropose(rule, top[c], topic, extra, sentence.Start, top[c].End);
                            lastItem = c;
                        }
                        break;
                    }
                }
            }
            // a known name inside a candidate name: the words just before it are the cue ("Fòrum ... de la xarxa EUROCITIES")
            foreach (var inner in mentions.Where(m => m.Parent is not null))
            {
                var parent = inner.Parent!;
                var k = inner.First;
                while (k > parent.First && !tokens[k - 1].IsCapitalised)
                {
                    k--;
                }
                var between = Folded(tokens, k, inner.First - 1);
                foreach (var rule in language.Relationships.Where(r => r.FromFirst))
                {
                    if (Cue(rule, between, out var extra))
                    {
                        TryPropose(rule, parent, inner, extra, parent.Start, parent.End);
                    }
                }
            }
        }

        private static string[] Folded(IReadOnlyList<Token> tokens, int first, int last) =>
            first > last ? [] : tokens.Skip(first).Take(last - first + 1).Select(t => t.Folded).ToArray();

        /// <summary>A cue among the words before a name, the sentence's start unnamed: only the words after the cue count as a gap.</summary>
        private static bool CueBefore(RelationshipRule rule, string[] before, out int extra)
        {
            extra = int.MaxValue;
            foreach (var cue in rule.Cues.Where(c => c.Length > 0))
            {
                for (var k = 0; k + cue.Length <= before.Length; k++)
                {
                    var after = before.Length - k - cue.Length;
                    if (after <= rule.Gap && before.Skip(k).Take(cue.Length).SequenceEqual(cue))
                    {
                        extra = Math.Min(extra, after);
                    }
                }
            }
            return extra != int.MaxValue;
        }

        private static bool Cue(RelationshipRule rule, string[] between, out int extra)
        {
            extra = int.MaxValue;
            foreach (var cue in rule.Cues)
            {
                if (cue.Length == 0)
                {
                    if (between.Length <= rule.Gap)
                    {
                        extra = Math.Min(extra, between.Length);
                    }
                    continue;
                }
                for (var k = 0; k + cue.Length <= between.Length; k++)
                {
                    if (between.Skip(k).Take(cue.Length).SequenceEqual(cue) && between.Length - cue.Length <= rule.Gap)
                    {
                        extra = Math.Min(extra, between.Length - cue.Length);
                    }
                }
            }
            return extra != int.MaxValue;
        }

        private bool TryPropose(RelationshipRule rule, Mention from, Mention to, int extra, int start, int end)
        {
            if (from.Node == to.Node)
            {
                return false;
            }
            var proposed = false;
            foreach (var type in rule.Types.Where(t => t.Allows(from.Node.Kind, to.Node.Kind)))
            {
                var confidence = Math.Round(Math.Max(0.1, rule.Confidence - (0.03 * extra)), 2);
                var key = Key(type, from.Node, to.Node);
                if (_relationships.TryGetValue(key, out var existing) && existing.Why.Confidence >= confidence)
                {
                    proposed = true;
                    continue;
                }
                var relationship = new DraftRelationship(type, from.Node, to.Node, new Provenance(rule.Rule, confidence)) { Quote = document.Span(start, end) };
                foreach (var (property, value) in rule.Properties)
                {
                    if (type.FindProperty(property) is not null)
                    {
                        relationship.Claims.Add(new DraftClaim(property, value, relationship.Quote, relationship.Why));
                    }
                }
                _relationships[key] = relationship;
                proposed = true;
            }
            return proposed;
        }

        private static (string, string, string) Key(RelationshipType type, DraftNode from, DraftNode to) =>
            type.IsSymmetric && string.CompareOrdinal(from.Id, to.Id) > 0 ? (type.Name, to.Id, from.Id) : (type.Name, from.Id, to.Id);

        // ---- dates and numbers ----

        private void Claims(Sentence sentence, List<Mention> mentions)
        {
            var text = document.Span(sentence.Start, sentence.End);
            foreach (var pattern in language.Dates)
            {
                foreach (System.Text.RegularExpressions.Match match in pattern.Matches(text))
                {
                    if (!language.Months.TryGetValue(TextKey.Normalize(match.Groups["month"].Value), out var month))
                    {
                        continue;
                    }
                    var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
                    var d1 = int.Parse(match.Groups["d1"].Value, CultureInfo.InvariantCulture);
                    var d2 = match.Groups["d2"].Success ? int.Parse(match.Groups["d2"].Value, CultureInfo.InvariantCulture) : (int?)null;
                    if (!ValidDate(year, month, d1) || (d2 is { } last && !ValidDate(year, month, last)))
                    {
                        continue;
                    }
                    var target = Nearest(sentence, mentions, match.Index + sentence.Start, n => n.Kind.FindProperty(owner._rules.StartProperty) is not null);
                    if (target is null || target.Claims.Any(c => c.Property == owner._rules.StartProperty))
                    {
                        continue;
                    }
                    var why = new Provenance($"{language.Code}.date", 0.8);
                    // a dateline ("21st - 22nd November 2012, Barcelona (ES)"): the event is held in the place it names
                    if (sentence.Tokens.Count <= 10)
                    {
                        foreach (var place in mentions.Where(m => m.Parent is null && m.Node != target))
                        {
                            var type = owner._model.RelationshipTypes.FirstOrDefault(t => t.Allows(target.Kind, place.Node.Kind) && t.FindProperty(owner._rules.StartProperty) is not null);
                            var key = type is null ? default : Key(type, target, place.Node);
                            if (type is not null && !_relationships.ContainsKey(key))
                            {
                                _relationships[key] = new DraftRelationship(type, target, place.Node, new Provenance($"{language.Code}.dateline", 0.6)) { Quote = text };
                            }
                        }
                    }
                    var start = $"{year:D4}-{month:D2}-{d1:D2}";
                    target.Claims.Add(new DraftClaim(owner._rules.StartProperty, start, match.Value, why));
                    target.Claims.Add(new DraftClaim(owner._rules.EndProperty, d2 is { } end ? $"{year:D4}-{month:D2}-{end:D2}" : start, match.Value, why));
                }
            }
            foreach (var pattern in language.Numbers)
            {
                foreach (System.Text.RegularExpressions.Match match in pattern.Matches(text))
                {
                    var unit = TextKey.Normalize(match.Groups["unit"].Value);
                    var rule = language.Units.FirstOrDefault(u => u.Units.Contains(unit));
                    var digits = new string(match.Groups["n"].Value.Where(char.IsDigit).ToArray());
                    if (rule is null || !long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                    {
                        continue;
                    }
                    var target = mentions.Select(m => m.Node).FirstOrDefault(n => n.Kind == rule.Kind && n.Kind.FindProperty(rule.Property) is not null);
                    if (target is null || target.Claims.Any(c => c.Property == rule.Property && Equals(c.Value, number)))
                    {
                        continue;
                    }
                    var qualifier = match.Groups["q"].Success && language.Qualifiers.TryGetValue(TextKey.Normalize(match.Groups["q"].Value), out var q) ? q : null;
                    target.Claims.Add(new DraftClaim(rule.Property, number, match.Value.Trim(), new Provenance($"{language.Code}.number", 0.7)) { Qualifier = qualifier });
                }
            }
        }

        private static bool ValidDate(int year, int month, int day) => month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

        /// <summary>The node nearest to <paramref name="offset"/> in the sentence, else the last one in the two sentences before.</summary>
        private DraftNode? Nearest(Sentence sentence, List<Mention> mentions, int offset, Func<DraftNode, bool> fits)
        {
            var here = mentions.Where(m => fits(m.Node)).OrderBy(m => Math.Abs(m.Start - offset)).FirstOrDefault();
            if (here is not null)
            {
                return here.Node;
            }
            return _mentions.Where(m => m.Sentence.Index < sentence.Index && m.Sentence.Index >= sentence.Index - 2 && fits(m.Node))
                .OrderByDescending(m => m.Start).FirstOrDefault()?.Node;
        }

        // ---- what the store already holds ----

        private void FollowKnown()
        {
            var named = _nodes.Values.Where(n => n.Known).ToList();
            var ids = named.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var node in named)
            {
                foreach (var relationship in owner._known.RelationshipsFrom(node.Id))
                {
                    if (ids.Contains(relationship.ToId) && owner._model.TryGetRelationship(relationship.Type, out var type)
                        && !_relationships.ContainsKey(Key(type, node, _nodes[relationship.ToId])))
                    {
                        _relationships[Key(type, node, _nodes[relationship.ToId])] = new DraftRelationship(type, node, _nodes[relationship.ToId], new Provenance("store-known", 0.6))
                        {
                            Note = "The store already holds this relationship; the document names both",
                        };
                    }
                }
            }
            var queue = new Queue<DraftNode>(named);
            while (queue.Count > 0)
            {
                var node = queue.Dequeue();
                foreach (var relationship in owner._known.RelationshipsFrom(node.Id))
                {
                    var type = owner._rules.Follow.FirstOrDefault(t => t.Name == relationship.Type);
                    if (type is null || owner._known.Find(relationship.ToId) is not { } target)
                    {
                        continue;
                    }
                    if (!_nodes.TryGetValue(target.Id, out var to))
                    {
                        _nodes[target.Id] = to = new DraftNode(target.Id, target.Kind, target.Name, new Provenance("store-follow", 0.6))
                        {
                            Known = true,
                            Note = $"Not named in the text; the store holds {node.Name} {type.Name} {target.Name}",
                        };
                        queue.Enqueue(to);
                    }
                    var key = Key(type, node, to);
                    if (!_relationships.ContainsKey(key))
                    {
                        _relationships[key] = new DraftRelationship(type, node, to, new Provenance("store-follow", 0.6))
                        {
                            Note = $"The store holds {node.Name} {type.Name} {target.Name}",
                        };
                    }
                }
            }
        }
    }

    private readonly KnownGraph _known = known;
    private readonly DraftRules _rules = rules;
    private readonly GraphModel _model = model;
}
