using System.Globalization;
using System.Xml;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Seed.Export;

/// <summary>
/// GraphML and GEXF, the two XML formats Gephi and other graph tools open. Attributes are declared from the model:
/// kind and name, then every node property and relationship property, typed.
/// </summary>
public static class XmlGraphExporter
{
    /// <summary>Writes GraphML (http://graphml.graphdrawing.org/).</summary>
    public static void WriteGraphMl(GraphExport graph, GraphModel model, Stream output)
    {
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Async = false });
        const string ns = "http://graphml.graphdrawing.org/xmlns";
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", ns);
        var nodeAttrs = NodeAttributes(model);
        var edgeAttrs = EdgeAttributes(model);
        foreach (var (name, type) in nodeAttrs)
        {
            Key(xml, "n_" + name, "node", name, GraphMlType(type));
        }
        foreach (var (name, type) in edgeAttrs)
        {
            Key(xml, "e_" + name, "edge", name, GraphMlType(type));
        }
        xml.WriteStartElement("graph");
        xml.WriteAttributeString("id", "knowledge-graph");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var node in graph.Nodes)
        {
            xml.WriteStartElement("node");
            xml.WriteAttributeString("id", node.Id);
            foreach (var (name, value) in NodeValues(node))
            {
                Data(xml, "n_" + name, value);
            }
            xml.WriteEndElement();
        }
        var i = 0;
        foreach (var rel in graph.Relationships)
        {
            xml.WriteStartElement("edge");
            xml.WriteAttributeString("id", "e" + (i++).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("source", rel.FromId);
            xml.WriteAttributeString("target", rel.ToId);
            foreach (var (name, value) in EdgeValues(rel))
            {
                Data(xml, "e_" + name, value);
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>Writes GEXF 1.3 (https://gexf.net/).</summary>
    public static void WriteGexf(GraphExport graph, GraphModel model, Stream output)
    {
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true });
        const string ns = "http://gexf.net/1.3";
        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", ns);
        xml.WriteAttributeString("version", "1.3");
        xml.WriteStartElement("meta");
        xml.WriteElementString("creator", "kg-seed (city-networks knowledge graph)");
        xml.WriteEndElement();
        xml.WriteStartElement("graph");
        xml.WriteAttributeString("defaultedgetype", "directed");
        var nodeAttrs = NodeAttributes(model).Where(a => a.Name != "name").ToList();
        var edgeAttrs = EdgeAttributes(model).Where(a => a.Name != "type").ToList();
        Attributes(xml, "node", nodeAttrs);
        Attributes(xml, "edge", edgeAttrs);
        xml.WriteStartElement("nodes");
        foreach (var node in graph.Nodes)
        {
            xml.WriteStartElement("node");
            xml.WriteAttributeString("id", node.Id);
            xml.WriteAttributeString("label", node.Name);
            AttValues(xml, NodeValues(node).Where(v => v.Name != "name"), nodeAttrs);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteStartElement("edges");
        var i = 0;
        foreach (var rel in graph.Relationships)
        {
            xml.WriteStartElement("edge");
            xml.WriteAttributeString("id", "e" + (i++).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("source", rel.FromId);
            xml.WriteAttributeString("target", rel.ToId);
            xml.WriteAttributeString("label", rel.Type);
            AttValues(xml, EdgeValues(rel).Where(v => v.Name != "type"), edgeAttrs);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static List<(string Name, PropertyType Type)> NodeAttributes(GraphModel model) =>
        new List<(string, PropertyType)> { ("kind", PropertyType.String), ("name", PropertyType.String), ("aliases", PropertyType.String), ("sources", PropertyType.Integer) }
            .Concat(model.NodeKinds.SelectMany(k => k.Properties).Select(p => (p.Name, p.Type)))
            .DistinctBy(a => a.Item1).ToList();

    private static List<(string Name, PropertyType Type)> EdgeAttributes(GraphModel model) =>
        new List<(string, PropertyType)> { ("type", PropertyType.String), ("sources", PropertyType.Integer) }
            .Concat(model.RelationshipTypes.SelectMany(r => r.Properties).Select(p => (p.Name, p.Type)))
            .DistinctBy(a => a.Item1).ToList();

    private static IEnumerable<(string Name, object? Value)> NodeValues(StoredNode node)
    {
        yield return ("kind", node.Kind);
        yield return ("name", node.Name);
        if (node.Aliases.Count > 0)
        {
            yield return ("aliases", string.Join("; ", node.Aliases.Select(a => a.Name).Distinct()));
        }
        yield return ("sources", node.Sources.Count);
        foreach (var (name, value) in node.Properties)
        {
            yield return (name, value);
        }
    }

    private static IEnumerable<(string Name, object? Value)> EdgeValues(StoredRelationship rel)
    {
        yield return ("type", rel.Type);
        yield return ("sources", rel.Sources.Count);
        foreach (var (name, value) in rel.Properties)
        {
            yield return (name, value);
        }
    }

    private static void Key(XmlWriter xml, string id, string target, string name, string type)
    {
        xml.WriteStartElement("key");
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", target);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, object? value)
    {
        if (value is null)
        {
            return;
        }
        xml.WriteStartElement("data");
        xml.WriteAttributeString("key", key);
        xml.WriteString(Format(value));
        xml.WriteEndElement();
    }

    private static void Attributes(XmlWriter xml, string target, List<(string Name, PropertyType Type)> attributes)
    {
        xml.WriteStartElement("attributes");
        xml.WriteAttributeString("class", target);
        foreach (var (name, type) in attributes)
        {
            xml.WriteStartElement("attribute");
            xml.WriteAttributeString("id", name);
            xml.WriteAttributeString("title", name);
            xml.WriteAttributeString("type", GexfType(type));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void AttValues(XmlWriter xml, IEnumerable<(string Name, object? Value)> values, List<(string Name, PropertyType Type)> declared)
    {
        var present = values.Where(v => v.Value is not null && declared.Any(d => d.Name == v.Name)).ToList();
        if (present.Count == 0)
        {
            return;
        }
        xml.WriteStartElement("attvalues");
        foreach (var (name, value) in present)
        {
            xml.WriteStartElement("attvalue");
            xml.WriteAttributeString("for", name);
            xml.WriteAttributeString("value", Format(value!));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static string Format(object value) => value switch
    {
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string GraphMlType(PropertyType type) => type switch
    {
        PropertyType.Integer => "long",
        PropertyType.Float or PropertyType.Money => "double",
        PropertyType.Boolean => "boolean",
        _ => "string",
    };

    private static string GexfType(PropertyType type) => type switch
    {
        PropertyType.Integer => "long",
        PropertyType.Float or PropertyType.Money => "double",
        PropertyType.Boolean => "boolean",
        _ => "string",
    };
}
