using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// One validation rule of spec section 5 "Validation". Implement it in one file under
/// <c>Validation/Rules/</c> as a public sealed class with a parameterless constructor: it is then
/// discovered automatically by <see cref="SpecifiedRules"/> and ordered by <see cref="SpecSection"/>.
/// <para>A rule returns a fresh visitor per validation run; the visitor reads the document and the
/// schema through the <see cref="ValidationContext"/> (whose <see cref="ValidationContext.TypeInfo"/>
/// is already updated for the node being visited) and calls <see cref="ValidationContext.ReportError"/>.</para>
/// </summary>
public interface IValidationRule
{
    /// <summary>The spec section the rule implements, e.g. <c>"5.1.1"</c> (also used for ordering).</summary>
    string SpecSection { get; }

    /// <summary>Creates the visitor for one run. Keep per-run state in the visitor, not in the rule.</summary>
    AstVisitor CreateVisitor(ValidationContext context);
}
