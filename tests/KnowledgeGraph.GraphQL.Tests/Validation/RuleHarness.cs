using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>
/// Shared helpers for unit tests of single validation rules: a standard test schema (pets, people,
/// aliens, unions, enums, inputs, a subscription root and a few custom directives) and assertions
/// that run one rule alone and compare the error locations.
/// </summary>
public static class RuleHarness
{
    /// <summary>SDL of <see cref="TestSchema"/>.</summary>
    public const string TestSdl = """
        directive @onField on FIELD
        directive @onQuery on QUERY
        directive @repeatable repeatable on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

        interface Being {
          name(surname: Boolean): String
        }

        interface Mammal {
          mother: Mammal
          father: Mammal
        }

        interface Pet implements Being {
          name(surname: Boolean): String
        }

        interface Canine implements Mammal {
          name(surname: Boolean): String
          mother: Canine
          father: Canine
        }

        enum DogCommand { SIT HEEL DOWN }

        enum FurColor { BROWN BLACK TAN SPOTTED NO_FUR UNKNOWN }

        type Dog implements Being & Pet & Mammal & Canine {
          name(surname: Boolean): String
          nickname: String
          barkVolume: Int
          barks: Boolean
          doesKnowCommand(dogCommand: DogCommand): Boolean
          isHouseTrained(atOtherHomes: Boolean = true): Boolean
          isAtLocation(x: Int, y: Int): Boolean
          mother: Dog
          father: Dog
          oldName: String @deprecated(reason: "Use name.")
        }

        type Cat implements Being & Pet {
          name(surname: Boolean): String
          nickname: String
          meows: Boolean
          meowsVolume: Int
          furColor: FurColor
        }

        union CatOrDog = Cat | Dog

        interface Intelligent {
          iq: Int
        }

        type Human implements Being & Intelligent {
          name(surname: Boolean): String
          pets: [Pet]
          relatives: [Human!]!
          iq: Int
        }

        type Alien implements Being & Intelligent {
          name(surname: Boolean): String
          numEyes: Int
          iq: Int
        }

        union DogOrHuman = Dog | Human

        union HumanOrAlien = Human | Alien

        input ComplexInput {
          requiredField: Boolean!
          intField: Int
          stringField: String
          booleanField: Boolean
          stringListField: [String]
          oldField: String @deprecated(reason: "Gone.")
        }

        type Query {
          human(id: ID): Human
          alien: Alien
          dog: Dog
          cat: Cat
          pet: Pet
          catOrDog: CatOrDog
          dogOrHuman: DogOrHuman
          humanOrAlien: HumanOrAlien
          being: Being
          intelligent: Intelligent
          complex(input: ComplexInput, count: Int, ratio: Float): String
        }

        type Message {
          body: String
          sender: String
        }

        type Subscription {
          newMessage: Message
          importantEmails: [String]
          spamEmails: [String]
        }

        schema {
          query: Query
          subscription: Subscription
        }
        """;

    private static readonly Lazy<Schema> Standard = new(() => SdlSchemaBuilder.Build(TestSdl));

    /// <summary>The standard test schema (built once).</summary>
    public static Schema TestSchema => Standard.Value;

    /// <summary>Runs <paramref name="rule"/> alone on <paramref name="query"/> (against <see cref="TestSchema"/> unless given).</summary>
    public static IReadOnlyList<GraphQLError> Validate(IValidationRule rule, string query, Schema? schema = null) =>
        DocumentValidator.Validate(schema ?? TestSchema, Parser.Parse(query), [rule]);

    /// <summary>Asserts that <paramref name="rule"/> reports nothing on <paramref name="query"/>.</summary>
    public static void ExpectValid(IValidationRule rule, string query) => ExpectValidWith(TestSchema, rule, query);

    /// <summary>Asserts that <paramref name="rule"/> reports nothing on <paramref name="query"/> against <paramref name="schema"/>.</summary>
    public static void ExpectValidWith(Schema schema, IValidationRule rule, string query)
    {
        var errors = Validate(rule, query, schema);
        Assert.True(errors.Count == 0, $"expected no errors, got: {string.Join(" | ", errors.Select(Describe))}");
    }

    /// <summary>
    /// Asserts the locations <paramref name="rule"/> reports on <paramref name="query"/>: every error's
    /// locations in reporting order, flattened (an error with two locations contributes two entries).
    /// Returns the errors for further checks (e.g. of messages).
    /// </summary>
    public static IReadOnlyList<GraphQLError> ExpectErrors(IValidationRule rule, string query, params (int Line, int Column)[] locations) =>
        ExpectErrorsWith(TestSchema, rule, query, locations);

    /// <summary><see cref="ExpectErrors"/> against another schema.</summary>
    public static IReadOnlyList<GraphQLError> ExpectErrorsWith(Schema schema, IValidationRule rule, string query, params (int Line, int Column)[] locations)
    {
        ArgumentNullException.ThrowIfNull(locations);
        var errors = Validate(rule, query, schema);
        Assert.True(errors.Count > 0, "expected errors, got none");
        var actual = errors.SelectMany(e => e.Locations).Select(l => $"{l.Line}:{l.Column}").ToList();
        var expected = locations.Select(l => $"{l.Line}:{l.Column}").ToList();
        Assert.True(expected.SequenceEqual(actual),
            $"expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]: {string.Join(" | ", errors.Select(Describe))}");
        return errors;
    }

    private static string Describe(GraphQLError error) =>
        $"{error.Message} @ {string.Join(",", error.Locations.Select(l => $"{l.Line}:{l.Column}"))}";
}
