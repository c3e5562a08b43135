namespace KnowledgeGraph.GraphQL.Tests.Differential;

/// <summary>The execution corpus: one schema, one root JSON value and queries exercising execution semantics.</summary>
internal static class ExecutionCorpus
{
    public sealed record Case(string Query, string? Variables = null, string? OperationName = null);

    public const string Schema = """"
        """A library."""
        schema { query: Library }

        directive @cost(weight: Int = 1) repeatable on FIELD_DEFINITION | OBJECT

        scalar Date @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")

        interface Node { id: ID! }
        interface Work implements Node { id: ID! title: String! year: Int }
        type Book implements Work & Node { id: ID! title: String! year: Int pages: Int isbn: String authors: [Author!]! }
        type Film implements Work & Node { id: ID! title: String! year: Int minutes: Float director: Author }
        type Author implements Node { id: ID! name: String! born: Date works: [Work] }
        union SearchResult = Book | Film | Author
        enum Genre { FICTION HISTORY SCIENCE POETRY @deprecated(reason: "Merged into FICTION.") }
        input Range { from: Int = 0, to: Int }
        input Lookup @oneOf { id: ID, title: String }

        type Shelf { label: String! genre: Genre items: [Work!] grid: [[Int]] strict: [[Int!]!] }

        type Library {
          name: String
          "All works."
          works(range: Range = { to: 3000 }, genre: Genre): [Work!]!
          search(text: String = "a"): [SearchResult]
          shelves: [Shelf]
          main: Shelf!
          broken: Shelf
          count: Int
          ratio: Float
          open: Boolean
          tags: [String!]
          legacy: String @deprecated
          lookup(by: Lookup): Work
          node(id: ID!): Node
        }
        """";

    public const string Data = """
        {
          "name": "City Library",
          "count": 42,
          "ratio": 0.75,
          "open": true,
          "tags": ["books", null, "films"],
          "legacy": "old",
          "works": [
            { "__typename": "Book", "id": "b1", "title": "Dune", "year": 1965, "pages": 412, "isbn": null,
              "authors": [ { "id": "a1", "name": "Frank Herbert", "born": "1920-10-08", "works": [ { "__typename": "Book", "id": "b1", "title": "Dune" } ] } ] },
            { "__typename": "Film", "id": "f1", "title": "Solaris", "year": 1972, "minutes": 166.5,
              "director": { "id": "a2", "name": "Andrei Tarkovsky", "born": null, "works": null } },
            { "__typename": "Book", "id": "b2", "title": null, "year": 2001, "authors": [] }
          ],
          "search": [
            { "__typename": "Author", "id": "a1", "name": "Frank Herbert" },
            { "__typename": "Film", "id": "f1", "title": "Solaris", "minutes": 166.5 },
            null,
            { "__typename": "Book", "id": "b3", "title": "Ficciones", "authors": [ { "id": "a3", "name": null } ] },
            { "id": "x", "title": "no typename" }
          ],
          "shelves": [
            { "label": "A", "genre": "FICTION", "items": [ { "__typename": "Book", "id": "b1", "title": "Dune" } ], "grid": [[1, 2], [], null, [3, null]], "strict": [[1], [2, 3]] },
            { "label": "B", "genre": "POETRY", "items": null, "grid": [[1.5]], "strict": [[1, null]] },
            { "label": null, "genre": "NOVEL", "items": [ { "__typename": "Film", "id": "f9", "title": null } ], "grid": "not a list", "strict": null },
            null
          ],
          "main": { "label": "Main", "genre": "HISTORY", "items": [], "grid": [[7]], "strict": [[8]] },
          "broken": { "label": null },
          "node": { "__typename": "Author", "id": "a1", "name": "Frank Herbert" },
          "lookup": { "__typename": "Film", "id": "f1", "title": "Solaris" }
        }
        """;

    public static IReadOnlyList<Case> Cases { get; } =
    [
        new("{ name count ratio open tags legacy __typename }"),
        new("{ n: name c: count name }"),
        new("{ works { __typename id title year ... on Book { pages isbn authors { name born } } ... on Film { minutes director { name } } } }"),
        new("{ works { id ...W } } fragment W on Work { title ... on Book { pages } ...F } fragment F on Film { minutes }"),
        new("{ search { __typename ... on Node { id } ... on Work { title } ... on Author { name } } }"),
        new("{ search { ... on Book { authors { name } } } }"),
        new("{ shelves { label genre grid } }"),
        new("{ shelves { strict } }"),
        new("{ shelves { items { id title } } }"),
        new("{ main { label genre items { id } grid strict } broken { label } }"),
        new("{ main { label } broken { label genre } count }"),
        new("query($g: Genre, $r: Range) { works(genre: $g, range: $r) { id } }", """{"g": "SCIENCE", "r": {"to": 5}}"""),
        new("query($skip: Boolean!, $inc: Boolean = true) { name @skip(if: $skip) count @include(if: $inc) ... @include(if: $skip) { ratio } works { id @skip(if: true) title @include(if: false) year } }", """{"skip": true}"""),
        new("query Q($n: Int!) { count } query R { name }", """{"n": 1}""", "R"),
        new("query Q($n: Int!) { count }", """{"n": "x"}"""),
        new("query Q($n: Int!) { count }"),
        new("{ node(id: \"a1\") { id ... on Author { name works { title } } } lookup(by: {id: \"f1\"}) { title } }"),
        new("{ works { ... on Node { id } ... on Work { year } } }"),
        new("{ a: works { id } b: works { title } }"),
        new("{ search { __typename } }"),
        new("{ shelves { label items { ... on Film { title minutes } } } }"),
        // Not here: "mutation { name }" without a mutation type. graphql-js answers data: null plus an error; we refuse
        // it in Prepare as a request error (no data), which the HTTP layer turns into a 400.
        new("{ __type(name: \"Shelf\") { name fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }"),
        new("{ __type(name: \"Genre\") { enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } } __schema { queryType { name } description } }"),
        new("{ __type(name: \"Library\") { fields { name args { name defaultValue type { name kind } } } } }"),
    ];
}
