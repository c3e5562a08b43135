using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Api.Schema;

public sealed partial class SchemaGenerator
{
    /// <summary>
    /// The sort input of a kind (one key per item of <c>orderBy</c>): id, name, each property, and for each relationship
    /// field the number of related nodes (<c>partnerInCount</c>). The id always breaks ties.
    /// </summary>
    private void BuildSort(NodeKind kind)
    {
        var sort = Sorts[kind];
        sort.Field("id", Common.SortDirection).Field("name", Common.SortDirection, description: "Ignoring ASCII case.");
        foreach (var property in kind.Properties)
        {
            sort.Field(property.Name, Common.SortDirection, description: property.Description);
        }
        foreach (var (relationship, direction) in Model.RelationshipsOf(kind))
        {
            var field = Names.Field(relationship, direction);
            sort.Field(field + "Count", Common.SortDirection, description: $"The number of nodes related through {field}.");
        }
    }

    private void BuildNodeSort() =>
        NodeSort.Field("id", Common.SortDirection).Field("name", Common.SortDirection).Field("kind", Common.SortDirection);
}
