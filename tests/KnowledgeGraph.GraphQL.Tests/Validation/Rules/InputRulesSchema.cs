using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// A test schema for the argument, value and variable rules: arguments of every input kind
/// (nullable, non-null, with defaults, lists), input objects including a OneOf one, a custom scalar
/// without parsers, and directives at several locations. Used with <see cref="RuleHarness"/>'s
/// <c>...With</c> helpers.
/// </summary>
internal static class InputRulesSchema
{
    public const string Sdl = """
        schema { query: Query mutation: Mutation subscription: Subscription }

        directive @onQuery on QUERY
        directive @onField on FIELD
        directive @onVariableDefinition on VARIABLE_DEFINITION
        directive @tag(name: String!, weight: Int = 1) repeatable on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
        directive @once(reason: String) on FIELD | QUERY

        interface Pet { name: String }

        enum DogCommand { SIT HEEL DOWN }
        enum FurColor { BROWN BLACK TAN SPOTTED }

        type Dog implements Pet {
          name: String
          doesKnowCommand(dogCommand: DogCommand): Boolean
          isHouseTrained(atOtherHomes: Boolean = true): Boolean
        }

        type Cat implements Pet { name: String, furColor: FurColor }

        union CatOrDog = Cat | Dog

        type Human { name: String, pets: [Pet] }

        input ComplexInput {
          requiredField: Boolean!
          nonNullField: Boolean! = false
          intField: Int
          stringField: String
          booleanField: Boolean
          stringListField: [String]
          nested: ComplexInput
        }

        input OneOfInput @oneOf {
          stringField: String
          intField: Int
          complexField: ComplexInput
        }

        scalar Any

        type ComplicatedArgs {
          intArgField(intArg: Int): String
          nonNullIntArgField(nonNullIntArg: Int!): String
          stringArgField(stringArg: String): String
          booleanArgField(booleanArg: Boolean): String
          enumArgField(enumArg: FurColor): String
          floatArgField(floatArg: Float): String
          idArgField(idArg: ID): String
          stringListArgField(stringListArg: [String]): String
          stringListNonNullArgField(stringListNonNullArg: [String!]): String
          complexArgField(complexArg: ComplexInput): String
          oneOfArgField(oneOfArg: OneOfInput): String
          oneOfListArgField(oneOfListArg: [OneOfInput!]): String
          multipleReqs(req1: Int!, req2: Int!): String
          nonNullFieldWithDefault(arg: Int! = 0): String
          anyArgField(anyArg: Any): String
        }

        type Query {
          human(id: ID): Human
          dog: Dog
          cat: Cat
          catOrDog: CatOrDog
          complicatedArgs: ComplicatedArgs
        }

        type Mutation { setName(name: String!): String }

        type Subscription { nameChanged: String }
        """;

    private static readonly Lazy<Schema> Lazy = new(() => SdlSchemaBuilder.Build(Sdl));

    public static Schema Schema => Lazy.Value;
}
