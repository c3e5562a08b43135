using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>The specified directives (spec 3.13.x): @skip, @include, @deprecated, @specifiedBy, @oneOf.</summary>
public static class BuiltInDirectives
{
    /// <summary>The default reason of <c>@deprecated</c>.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary><c>@skip(if: Boolean!)</c> on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT.</summary>
    public static DirectiveDefinition Skip { get; } = new DirectiveDefinition(
            "skip",
            [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
            "Directs the executor to skip this field or fragment when the `if` argument is true.")
        .AddArgument(new InputValueDefinition("if", new NonNullType(BuiltInScalars.Boolean), "Skipped when true."));

    /// <summary><c>@include(if: Boolean!)</c> on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT.</summary>
    public static DirectiveDefinition Include { get; } = new DirectiveDefinition(
            "include",
            [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
            "Directs the executor to include this field or fragment only when the `if` argument is true.")
        .AddArgument(new InputValueDefinition("if", new NonNullType(BuiltInScalars.Boolean), "Included when true."));

    /// <summary><c>@deprecated(reason: String = "No longer supported")</c> on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE.</summary>
    public static DirectiveDefinition Deprecated { get; } = new DirectiveDefinition(
            "deprecated",
            [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue],
            "Marks an element of a GraphQL schema as no longer supported.")
        .AddArgument(new InputValueDefinition("reason", BuiltInScalars.String, "Why the element is deprecated and what to use instead (Markdown).")
        {
            DefaultValue = new StringValueNode(DefaultDeprecationReason),
        });

    /// <summary><c>@specifiedBy(url: String!)</c> on SCALAR.</summary>
    public static DirectiveDefinition SpecifiedBy { get; } = new DirectiveDefinition(
            "specifiedBy",
            [DirectiveLocation.Scalar],
            "Exposes a URL that specifies the behavior of this scalar.")
        .AddArgument(new InputValueDefinition("url", new NonNullType(BuiltInScalars.String), "The URL that specifies the behavior of this scalar."));

    /// <summary><c>@oneOf</c> on INPUT_OBJECT.</summary>
    public static DirectiveDefinition OneOf { get; } = new(
        "oneOf",
        [DirectiveLocation.InputObject],
        "Indicates that exactly one field of an input object must be provided, and that field must not be null.");

    /// <summary>All specified directives.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Skip, Include, Deprecated, SpecifiedBy, OneOf];

    /// <summary>True for the name of a specified directive.</summary>
    public static bool IsBuiltIn(string name) => name is "skip" or "include" or "deprecated" or "specifiedBy" or "oneOf";
}
