using System.Text.Json;
using KnowledgeGraph.Store.Query;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Sqlite.Tests.Query;

/// <summary>Shorthands for plans and results in the query tests.</summary>
internal static class Plans
{
    public static ValueField Id => new("id", FieldRef.Id);

    public static ValueField Name => new("name", FieldRef.Name);

    public static Projection IdName => Projection.Of(Id, Name);

    public static ValueField Prop(Model.Schema.PropertyDefinition p, string? key = null) => new(key ?? p.Name, FieldRef.Of(p));

    public static Model.Schema.PropertyDefinition P(Model.Schema.NodeKind kind, string name) => kind.FindProperty(name)!;

    public static Model.Schema.PropertyDefinition P(Model.Schema.RelationshipType rel, string name) => rel.FindProperty(name)!;

    public static NodeQuery Cities(Filter? where = null) => new() { Kind = M.City, Where = where, Projection = IdName };

    public static List<string> Ids(JsonElement list) => list.EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();

    public static List<string> Strings(JsonElement list, string key) => list.EnumerateArray().Select(e => e.GetProperty(key).GetString()!).ToList();
}
