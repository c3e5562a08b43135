using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Tests.Differential;

/// <summary>
/// The differential corpus: a rich test schema, valid documents over it (corpus/valid.graphql, separated by
/// lines "==="), and deterministic mutations of each that break one validation rule (AST-guided text edits)
/// or the syntax (token deletions, duplications, swaps, insertions).
/// </summary>
public static class DifferentialCorpus
{
    /// <summary>One case: where it comes from and the document text.</summary>
    public sealed record Case(int Index, string Name, string Query)
    {
        /// <inheritdoc/>
        public override string ToString() => $"#{Index} {Name}";
    }

    private static readonly string Folder = Path.Combine(GraphQLJsReference.RepositoryRoot, "tests", "KnowledgeGraph.GraphQL.Tests", "Differential", "corpus");

    /// <summary>The test schema (SDL).</summary>
    public static string Schema { get; } = File.ReadAllText(Path.Combine(Folder, "schema.graphql"));

    /// <summary>The valid base documents.</summary>
    public static IReadOnlyList<string> ValidDocuments { get; } = File.ReadAllText(Path.Combine(Folder, "valid.graphql"))
        .ReplaceLineEndings("\n")
        .Split("\n===\n")
        .Select(d => d.Trim('\n'))
        .Where(d => d.Length > 0)
        .ToList();

    private static readonly Lazy<IReadOnlyList<Case>> AllCases = new(Build);

    /// <summary>Every case (valid documents first).</summary>
    public static IReadOnlyList<Case> Cases => AllCases.Value;

    /// <summary>
    /// Cases where we follow the specification and graphql-js 16 does not, by name, with the reason. The test
    /// checks the divergence is still exactly this (the reference accepts, we report), so a fix on either side shows.
    /// </summary>
    public static IReadOnlyDictionary<string, string> KnownDivergences { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["hand oneOf nullable var"] =
            "a nullable variable inside a @oneOf input object must be reported (spec: All Variable Usages Are Allowed); " +
            "graphql-js 16 misses it when the argument's type is non-null (Lookup!), because its check looks at the wrapped parent type",
    };

    /// <summary>xunit member data: every case index.</summary>
    public static TheoryData<int> Indexes()
    {
        var data = new TheoryData<int>();
        foreach (var c in Cases)
        {
            data.Add(c.Index);
        }

        return data;
    }

    private static List<Case> Build()
    {
        var cases = new List<(string Name, string Query)>();
        for (int d = 0; d < ValidDocuments.Count; d++)
        {
            cases.Add(($"valid {d}", ValidDocuments[d]));
        }

        var random = new Random(20_240_501);
        for (int d = 0; d < ValidDocuments.Count; d++)
        {
            foreach (var (name, query) in RuleMutations(ValidDocuments[d], random))
            {
                cases.Add(($"doc {d} {name}", query));
            }

            for (int k = 0; k < 3; k++)
            {
                var (name, query) = TokenMutation(ValidDocuments[d], random);
                cases.Add(($"doc {d} syntax {name}", query));
            }
        }

        foreach (var (name, query) in HandWritten)
        {
            cases.Add(($"hand {name}", query));
        }

        // Identical texts add nothing: keep the first of each.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return cases.Where(c => seen.Add(c.Query)).Select((c, i) => new Case(i, c.Name, c.Query)).ToList();
    }

    /// <summary>Cases written by hand for rules that mutations reach poorly (operations, subscriptions, cycles, syntax).</summary>
    private static readonly (string Name, string Query)[] HandWritten =
    [
        ("lone anonymous", "{ now }\nquery Other { now }"),
        ("two anonymous", "{ now }\n{ dog { name } }"),
        ("duplicate operation name", "query Same { now }\nmutation Same { addPerson(name: \"x\") { id } }"),
        ("duplicate fragment name", "query Q { dog { ...F } }\nfragment F on Dog { name }\nfragment F on Dog { age }"),
        ("subscription two fields", "subscription S { personAdded { id } petBorn { __typename } }"),
        ("subscription typename", "subscription S { __typename }"),
        ("subscription via fragment", "subscription S { ...Two }\nfragment Two on Subscription { personAdded { id } petBorn { __typename } }"),
        ("fragment cycle", "query Q { dog { ...A } }\nfragment A on Dog { name ...B }\nfragment B on Dog { age ...A }"),
        ("fragment self cycle", "query Q { dog { ...A } }\nfragment A on Dog { ...A }"),
        ("fragment on scalar", "query Q { dog { ...S } }\nfragment S on String { length }"),
        ("inline on scalar", "query Q { dog { ... on Boolean { x } } }"),
        ("unknown type condition", "query Q { dog { ... on Horse { name } } }"),
        ("impossible spread", "query Q { dog { ... on Cat { meows } } }"),
        ("impossible fragment spread", "query Q { dog { ...C } }\nfragment C on Cat { meows }"),
        ("union spread ok", "query Q { pets { ... on Living { age } } }"),
        ("variable object type", "query Q($p: Person) { now }"),
        ("variable unknown type", "query Q($p: Horse) { now }"),
        ("duplicate variable", "query Q($a: Int, $a: Int) { echo(int: $a) }"),
        ("variable wrong position", "query Q($s: String) { echo(int: $s) }"),
        ("nullable into non-null", "query Q($i: Int) { person(id: $i) { id } }"),
        ("list into scalar", "query Q($l: [Int]) { echo(int: $l) }"),
        ("default saves nullable", "query Q($i: Int = 3) { echo(required: $i) }"),
        ("oneOf two fields", "query Q { lookup(by: { id: \"1\", name: \"x\" }) { id } }"),
        ("oneOf null field", "query Q { lookup(by: { id: null }) { id } }"),
        ("oneOf nullable var", "query Q($id: ID) { lookup(by: { id: $id }) { id } }"),
        ("oneOf non-null var", "query Q($id: ID!) { lookup(by: { id: $id }) { id } }"),
        ("input missing required", "query Q { pets(range: { to: \"x\" }) { __typename } }"),
        ("input unknown field", "query Q { people(filter: { colour: RED }) { id } }"),
        ("input duplicate field", "query Q { people(filter: { name: \"a\", name: \"b\" }) { id } }"),
        ("enum unknown value", "query Q { people(sort: SIDEWAYS) { id } }"),
        ("enum as string", "query Q { people(sort: \"ASC\") { id } }"),
        ("int overflow", "query Q { echo(int: 2147483648) }"),
        ("float into int", "query Q { echo(int: 1.5) }"),
        ("int into id ok", "query Q { echo(id: 12) }"),
        ("bool into string", "query Q { echo(str: true) }"),
        ("null into non-null", "query Q { person(id: null) { id } }"),
        ("missing required arg", "query Q { person { id } }"),
        ("missing required directive arg", "query Q { now @include }"),
        ("unknown directive", "query Q { now @fancy }"),
        ("directive wrong location", "query Q @include(if: true) { now }"),
        ("duplicate directive", "query Q { now @skip(if: true) @skip(if: false) }"),
        ("repeatable directive ok", "query Q { dog @tag(name: \"a\") @tag(name: \"a\") { id } }"),
        ("unknown directive arg", "query Q { now @skip(if: true, unless: false) }"),
        ("duplicate argument", "query Q { person(id: 1, id: 2) { id } }"),
        ("unknown argument", "query Q { person(id: 1, ssn: 2) { id } }"),
        ("leaf with selection", "query Q { now { year } }"),
        ("object without selection", "query Q { dog }"),
        ("typename on union", "query Q { pets { __typename name } }"),
        ("field on interface missing", "query Q { node(id: 1) { name } }"),
        ("introspection nested", "query Q { __type(name: \"Dog\") { fields { type { ofType { name } } } } }"),
        ("conflict types", "query Q { node(id: 1) { ... on Dog { volume } ... on Cat { volume } } }"),
        ("conflict across fragments", "query Q { dog { ...X ...Y } }\nfragment X on Dog { v: name }\nfragment Y on Dog { v: age }"),
        ("conflict nested", "query Q { person(id: 1) { best { ... on Dog { n: name } } best { ... on Dog { n: id } } } }"),
        ("conflict args", "query Q { dog { knows(command: SIT) knows(command: DOWN) } }"),
        ("conflict var vs literal", "query Q($c: Command!) { dog { knows(command: $c) knows(command: SIT) } }"),
        ("no conflict exclusive", "query Q { pets { ... on Dog { n: name } ... on Cat { n: id } } }"),
        ("conflict interface parents", "query Q { node(id: 1) { ... on Named { n: name } ... on Living { n: id } } }"),
        ("unused variable", "query Q($unused: Int) { now }"),
        ("undefined variable in fragment", "query Q { dog { ...F } }\nfragment F on Dog { knows(command: $cmd) }"),
        ("undefined variable", "query Q { echo(int: $nope) }"),
        ("unknown fragment", "query Q { dog { ...Nope } }"),
        ("unused fragment", "query Q { now }\nfragment Lonely on Dog { name }"),
        ("type definition in document", "query Q { now }\ntype Extra { a: Int }"),
        ("schema extension in document", "extend type Query { extra: Int }"),
        ("many errors", "query Q($a: Bogus) { a b c d person { zz } ...F }"),
        ("syntax unterminated string", "query Q { echo(str: \"abc) }"),
        ("syntax bad block string", "query Q { echo(str: \"\"\"abc) }"),
        ("syntax bad escape", "query Q { echo(str: \"\\x\") }"),
        ("syntax bad unicode", "query Q { echo(str: \"\\uZZZZ\") }"),
        ("syntax bad number", "query Q { echo(int: 01) }"),
        ("syntax bad float", "query Q { echo(float: 1.) }"),
        ("syntax exponent", "query Q { echo(float: 1e) }"),
        ("syntax name after number", "query Q { echo(int: 12abc) }"),
        ("syntax unexpected char", "query Q { now ? }"),
        ("syntax lone dot", "query Q { ..now }"),
        ("syntax unclosed brace", "query Q { dog { name }"),
        ("syntax extra brace", "query Q { now } }"),
        ("syntax empty selection", "query Q { }"),
        ("syntax empty args", "query Q { person() { id } }"),
        ("syntax fragment named on", "fragment on on Dog { name }"),
        ("syntax variable in const", "query Q($a: Int = $b) { now }"),
        ("syntax missing colon", "query Q { echo(int 1) }"),
        ("syntax null name", "query null { now }"),
        ("syntax unicode BOM ok", "\uFEFFquery Q { now }"),
        ("syntax tab and comma", "query Q {\tnow,,, }"),
        ("syntax comment only", "# nothing here"),
        ("syntax empty document", ""),
        ("syntax control char", "query Q { now \u0007 }"),
        ("syntax surrogate in string", "query Q { echo(str: \"\uD83D\uDE00\") }"),
        ("syntax crlf lines", "query Q {\r\n  now\r\n  bogus\r\n}"),
        ("syntax cr lines", "query Q {\r  now\r  bogus\r}"),
    ];

    /// <summary>Edits guided by the document's AST, each aimed at one validation rule.</summary>
    private static IEnumerable<(string Name, string Query)> RuleMutations(string text, Random random)
    {
        var document = Parser.Parse(text);
        var nodes = new NodeCollector();
        AstWalker.Walk(document, nodes);
        var fields = nodes.Fields;
        var arguments = nodes.Arguments;

        T Pick<T>(List<T> items) => items[random.Next(items.Count)];

        if (fields.Count > 0)
        {
            var field = Pick(fields);
            yield return ("unknown field", Replace(text, field.Name, "zzUnknown"));

            field = Pick(fields);
            yield return ("alias conflict", Insert(text, field.Location.End, $" {field.ResponseKey}: __typename"));

            field = Pick(fields);
            yield return ("unknown fragment", Insert(text, field.Location.End, " ...Missing"));

            field = Pick(fields);
            yield return ("misplaced directive", Insert(text, field.Name.Location.End, " @sensitive"));

            field = Pick(fields);
            yield return ("duplicate directive", Insert(text, field.Name.Location.End, " @cached @cached"));

            field = Pick(fields);
            yield return ("wrong fragment type", Insert(text, field.Location.End, " ...OnAddress") + "\nfragment OnAddress on Address { city }");

            var leaves = fields.Where(f => f.SelectionSet is null).ToList();
            if (leaves.Count > 0)
            {
                yield return ("selection on leaf", Insert(text, Pick(leaves).Location.End, " { id }"));
            }

            var composites = fields.Where(f => f.SelectionSet is not null).ToList();
            if (composites.Count > 0)
            {
                var composite = Pick(composites);
                yield return ("missing selection", Remove(text, composite.SelectionSet!.Location.Start, composite.SelectionSet.Location.End));
            }

            var withArguments = fields.Where(f => f.Arguments.Count > 0).ToList();
            if (withArguments.Count > 0)
            {
                var original = Pick(withArguments);
                var copy = text[original.Location.Start..original.Location.End];
                var argument = original.Arguments[0];
                var changed = Replace(copy, argument.Value.Location.Start - original.Location.Start, argument.Value.Location.End - original.Location.Start, "null");
                yield return ("differing arguments", Insert(text, original.Location.End, " " + changed));
            }
        }

        if (arguments.Count > 0)
        {
            var argument = Pick(arguments);
            yield return ("drop argument", Remove(text, argument.Location.Start, argument.Location.End));

            argument = Pick(arguments);
            string[] literals = ["\"text\"", "123", "4.5", "true", "RED", "null", "[1, 2]", "{ zz: 1 }", "SIT", "[[\"a\"]]", "{ name: 1 }"];
            yield return ("bad literal", Replace(text, argument.Value, Pick([.. literals])));

            argument = Pick(arguments);
            yield return ("undefined variable", Replace(text, argument.Value, "$nowhere"));

            argument = Pick(arguments);
            yield return ("unknown argument", Insert(text, argument.Location.Start, "zzArg: 1, "));

            argument = Pick(arguments);
            yield return ("duplicate argument", Insert(text, argument.Location.End, " " + text[argument.Location.Start..argument.Location.End]));
        }

        if (nodes.NamedTypes.Count > 0)
        {
            yield return ("unknown type", Replace(text, Pick(nodes.NamedTypes).Name, "Zzz"));
        }

        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        if (operations.Count > 0)
        {
            var operation = Pick(operations);
            var operationText = text[operation.Location.Start..operation.Location.End];
            yield return ("duplicate operation", text + "\n" + operationText);

            if (operation.VariableDefinitions.Count > 0)
            {
                var type = random.Next(2) == 0 ? "[Filter]" : "Person";
                yield return ("extra variable", Insert(text, operation.VariableDefinitions[0].Location.Start, $"$zzExtra: {type} "));
            }
            else if (operation.Name is { } name)
            {
                yield return ("extra variable", Insert(text, name.Location.End, "($zzExtra: Int = \"no\")"));
            }

            if (operation.VariableDefinitions.Count > 0)
            {
                var definition = Pick(operation.VariableDefinitions.ToList());
                yield return ("drop variable", Remove(text, definition.Location.Start, definition.Location.End));
            }
        }

        yield return ("unused fragment", text + "\nfragment ZzUnused on Person { id }");
        yield return ("fragment cycle", text + "\nfragment CycA on Dog { name ...CycB }\nfragment CycB on Dog { ...CycA }");
    }

    /// <summary>A token-level edit: delete, duplicate or swap tokens, or insert a stray punctuator.</summary>
    public static (string Name, string Query) TokenMutation(string text, Random random)
    {
        var tokens = Tokens(text);
        if (tokens.Count == 0)
        {
            return ("insert", "{");
        }

        var (start, end) = tokens[random.Next(tokens.Count)];
        switch (random.Next(4))
        {
            case 0:
                return ("delete", Remove(text, start, end));
            case 1:
                return ("duplicate", Insert(text, end, " " + text[start..end]));
            case 2:
                int other = random.Next(tokens.Count);
                var (s2, e2) = tokens[other];
                if (s2 == start)
                {
                    return ("delete", Remove(text, start, end));
                }

                var (first, second) = start < s2 ? ((start, end), (s2, e2)) : ((s2, e2), (start, end));
                return ("swap", text[..first.Item1] + text[second.Item1..second.Item2] + text[first.Item2..second.Item1] + text[first.Item1..first.Item2] + text[second.Item2..]);
            default:
                string[] stray = ["{", "}", "(", ")", "[", "]", ":", "$", "@", "...", "!", "=", "|", "&", "\"", "1", "on", "fragment"];
                return ("insert", Insert(text, start, stray[random.Next(stray.Length)] + " "));
        }
    }

    /// <summary>The [start, end) spans of the tokens of <paramref name="text"/> (stops at the first lexical error).</summary>
    public static List<(int Start, int End)> Tokens(string text)
    {
        var spans = new List<(int, int)>();
        var lexer = new Lexer(new Source(text));
        try
        {
            while (lexer.Advance() != TokenKind.EndOfFile)
            {
                spans.Add((lexer.Start, lexer.End));
            }
        }
        catch (GraphQLSyntaxException)
        {
            // Mutated texts may not lex to the end; the tokens before the error are enough.
        }

        return spans;
    }

    private static string Insert(string text, int at, string what) => text[..at] + what + text[at..];

    private static string Remove(string text, int start, int end) => text[..start] + text[end..];

    private static string Replace(string text, Node node, string with) => Replace(text, node.Location.Start, node.Location.End, with);

    private static string Replace(string text, int start, int end, string with) => text[..start] + with + text[end..];

    private sealed class NodeCollector : AstVisitor
    {
        public List<FieldNode> Fields { get; } = [];

        public List<ArgumentNode> Arguments { get; } = [];

        public List<NamedTypeNode> NamedTypes { get; } = [];

        public override VisitorAction EnterField(FieldNode node)
        {
            Fields.Add(node);
            return VisitorAction.Continue;
        }

        public override VisitorAction EnterArgument(ArgumentNode node)
        {
            Arguments.Add(node);
            return VisitorAction.Continue;
        }

        public override VisitorAction EnterNamedType(NamedTypeNode node)
        {
            NamedTypes.Add(node);
            return VisitorAction.Continue;
        }
    }
}
