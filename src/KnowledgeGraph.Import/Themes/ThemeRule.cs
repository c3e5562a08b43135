namespace KnowledgeGraph.Import.Themes;

/// <summary>
/// One rule of a theme-rule file: when a sentence of a project's own text holds one of its <see cref="Terms"/>
/// (whole words, folded), none of its <see cref="Unless"/> phrases and, if it has any, one of its
/// <see cref="Requires"/> phrases, the project addresses the rule's <see cref="Themes"/> (an INFERRED fact quoting
/// the sentence). The format is documented in docs/import.md ("Themes inferred from the projects' own words").
/// </summary>
/// <param name="Id">The rule's id, unique across the files (named in each inferred fact's source).</param>
/// <param name="File">The file the rule comes from (its name, as the source names it).</param>
/// <param name="Themes">The graph theme slugs the rule infers (<c>creative-industries</c>, <c>crafts</c>).</param>
/// <param name="Terms">The phrases that trigger the rule, folded (all languages together).</param>
/// <param name="Unless">Phrases that cancel the rule in the sentence they occur in, folded.</param>
/// <param name="Requires">Phrases of which one must be in the same sentence (none: no context needed), folded.</param>
public sealed record ThemeRule(string Id, string File, IReadOnlyList<string> Themes, IReadOnlyList<string> Terms,
    IReadOnlyList<string> Unless, IReadOnlyList<string> Requires);

/// <summary>A theme a rule inferred from a text: the rule, the field and the sentence that triggered it.</summary>
/// <param name="Theme">The theme slug.</param>
/// <param name="Rule">The rule that fired.</param>
/// <param name="Field">The field the sentence comes from ("name", "description").</param>
/// <param name="Quote">The sentence, as written in the source.</param>
public sealed record ThemeHit(string Theme, ThemeRule Rule, string Field, string Quote);
