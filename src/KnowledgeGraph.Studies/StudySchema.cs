using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Studies;

/// <summary>
/// The JSON Schema of study files (docs/study.schema.json), generated from the model so that editors check kinds,
/// relationship types, property names and enum values as files are written.
/// </summary>
public static class StudySchema
{
    /// <summary>Generates the schema as indented JSON.</summary>
    public static string Generate(GraphModel model)
    {
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "https://example.org/knowledge-graph/study.schema.json",
            ["title"] = "Study file",
            ["description"] = "What one source document states, fact by fact, each with its quote. See docs/study-format.md.",
            ["type"] = "object",
            ["required"] = new JsonArray("study"),
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["study"] = StudyBlock(model),
                ["nodes"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = "#/$defs/node" } },
                ["relationships"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = "#/$defs/relationship" } },
            },
            ["$defs"] = Definitions(model),
        };
        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static JsonObject StudyBlock(GraphModel model)
    {
        var study = model.Kind("Study");
        return new JsonObject
        {
            ["type"] = "object",
            ["description"] = "The document itself: a Study node.",
            ["required"] = new JsonArray("id", "name"),
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["id"] = Id(study),
                ["name"] = Text("Title of the document."),
                ["aliases"] = new JsonObject { ["$ref"] = "#/$defs/aliases" },
                ["description"] = Text("One sentence on what the document is."),
                ["quote"] = Text("Where the document names itself (its title)."),
                ["properties"] = Properties(study.Properties),
            },
        };
    }

    private static JsonObject Definitions(GraphModel model)
    {
        var nodeBranches = new JsonArray();
        foreach (var kind in model.NodeKinds)
        {
            nodeBranches.Add(new JsonObject
            {
                ["if"] = new JsonObject { ["properties"] = new JsonObject { ["kind"] = new JsonObject { ["const"] = kind.Name } } },
                ["then"] = new JsonObject { ["properties"] = new JsonObject { ["id"] = Id(kind), ["properties"] = Properties(kind.Properties) } },
            });
        }
        var relBranches = new JsonArray();
        foreach (var rel in model.RelationshipTypes)
        {
            relBranches.Add(new JsonObject
            {
                ["if"] = new JsonObject { ["properties"] = new JsonObject { ["type"] = new JsonObject { ["const"] = rel.Name } } },
                ["then"] = new JsonObject { ["properties"] = new JsonObject { ["properties"] = Properties(rel.Properties) } },
            });
        }
        var sourceProps = new Dictionary<string, JsonNode>
        {
            ["quote"] = new JsonObject
            {
                ["description"] = "Exact words of the document that state the fact.",
                ["oneOf"] = new JsonArray(Text(null), new JsonObject { ["type"] = "array", ["items"] = Text(null), ["minItems"] = 1 }),
            },
            ["inferred"] = new JsonObject { ["type"] = "boolean", ["description"] = "The document implies this; give a note saying why." },
            ["note"] = Text("Why an inferred fact holds."),
        };
        JsonObject Sourced(JsonObject obj)
        {
            var props = (JsonObject)obj["properties"]!;
            foreach (var (k, v) in sourceProps)
            {
                props[k] = v.DeepClone();
            }
            obj["anyOf"] = new JsonArray(
                new JsonObject { ["required"] = new JsonArray("quote") },
                new JsonObject { ["required"] = new JsonArray("inferred", "note") });
            return obj;
        }
        return new JsonObject
        {
            ["aliases"] = new JsonObject
            {
                ["type"] = "array",
                ["items"] = new JsonObject
                {
                    ["oneOf"] = new JsonArray(
                        Text("Another name."),
                        new JsonObject
                        {
                            ["type"] = "object",
                            ["required"] = new JsonArray("name"),
                            ["additionalProperties"] = false,
                            ["properties"] = new JsonObject { ["name"] = Text(null), ["lang"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[a-z]{2}$" } },
                        }),
                },
            },
            ["node"] = Sourced(new JsonObject
            {
                ["type"] = "object",
                ["required"] = new JsonArray("id", "kind", "name"),
                ["additionalProperties"] = false,
                ["properties"] = new JsonObject
                {
                    ["id"] = new JsonObject { ["type"] = "string", ["pattern"] = IdPattern(null) },
                    ["kind"] = new JsonObject { ["enum"] = new JsonArray(model.NodeKinds.Select(k => (JsonNode)k.Name).ToArray()) },
                    ["name"] = Text("Display name, as the document writes it."),
                    ["aliases"] = new JsonObject { ["$ref"] = "#/$defs/aliases" },
                    ["description"] = Text(null),
                    ["properties"] = new JsonObject { ["type"] = "object" },
                },
                ["allOf"] = nodeBranches,
            }),
            ["relationship"] = Sourced(new JsonObject
            {
                ["type"] = "object",
                ["required"] = new JsonArray("type", "from", "to"),
                ["additionalProperties"] = false,
                ["properties"] = new JsonObject
                {
                    ["type"] = new JsonObject { ["enum"] = new JsonArray(model.RelationshipTypes.Select(r => (JsonNode)r.Name).ToArray()) },
                    ["from"] = new JsonObject { ["type"] = "string", ["pattern"] = IdPattern(null) },
                    ["to"] = new JsonObject { ["type"] = "string", ["pattern"] = IdPattern(null) },
                    ["properties"] = new JsonObject { ["type"] = "object" },
                },
                ["allOf"] = relBranches,
            }),
            ["claim"] = new JsonObject
            {
                ["type"] = "object",
                ["required"] = new JsonArray("value"),
                ["additionalProperties"] = false,
                ["properties"] = new JsonObject
                {
                    ["value"] = new JsonObject { ["type"] = new JsonArray("string", "number", "boolean") },
                    ["qualifier"] = new JsonObject { ["enum"] = new JsonArray("exact", "approximately", "more than", "at least", "less than", "at most") },
                    ["quote"] = sourceProps["quote"].DeepClone(),
                    ["inferred"] = sourceProps["inferred"].DeepClone(),
                    ["note"] = sourceProps["note"].DeepClone(),
                },
            },
        };
    }

    private static JsonObject Properties(IReadOnlyList<PropertyDefinition> properties)
    {
        var props = new JsonObject();
        foreach (var p in properties)
        {
            var value = Value(p);
            props[p.Name] = new JsonObject
            {
                ["description"] = p.Description,
                ["anyOf"] = new JsonArray(
                    value,
                    new JsonObject { ["$ref"] = "#/$defs/claim" },
                    new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = "#/$defs/claim" } }),
            };
        }
        return new JsonObject { ["type"] = "object", ["additionalProperties"] = false, ["properties"] = props };
    }

    private static JsonObject Value(PropertyDefinition p) => p.Type switch
    {
        PropertyType.Integer => new JsonObject { ["type"] = "integer" },
        PropertyType.Float or PropertyType.Money => new JsonObject { ["type"] = "number" },
        PropertyType.Boolean => new JsonObject { ["type"] = "boolean" },
        PropertyType.Date => new JsonObject { ["type"] = new JsonArray("string", "integer"), ["pattern"] = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$" },
        PropertyType.Url => new JsonObject { ["type"] = "string", ["pattern"] = "^https?://" },
        PropertyType.Enum => new JsonObject { ["enum"] = new JsonArray(p.AllowedValues.Select(v => (JsonNode)v).ToArray()) },
        _ => new JsonObject { ["type"] = "string", ["minLength"] = 1 },
    };

    private static JsonObject Id(NodeKind kind) => new() { ["type"] = "string", ["pattern"] = IdPattern(kind) };

    private static string IdPattern(NodeKind? kind) =>
        $"^{(kind is null ? "[a-z]+" : kind.IdPrefix)}:[a-z0-9]([a-z0-9._-]*[a-z0-9])?(:[a-z0-9]([a-z0-9._-]*[a-z0-9])?)*$";

    private static JsonObject Text(string? description)
    {
        var obj = new JsonObject { ["type"] = "string", ["minLength"] = 1 };
        if (description is not null)
        {
            obj["description"] = description;
        }
        return obj;
    }
}
