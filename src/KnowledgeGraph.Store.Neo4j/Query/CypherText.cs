using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Query;

namespace KnowledgeGraph.Store.Neo4j.Query;

/// <summary>
/// The state of one compilation: the parameters (every value, deduplicated) and fresh variable numbers; and the helpers
/// that keep names safe (labels, types and property names come from the model and are quoted; values are parameters).
/// </summary>
internal sealed partial class CypherText
{
    private readonly Dictionary<string, object?> _parameters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byValue = new(StringComparer.Ordinal);
    private int _variables;

    public IReadOnlyDictionary<string, object?> Parameters => _parameters;

    /// <summary>A parameter holding <paramref name="value"/> (long, double, bool, string, a list of them, or null).</summary>
    public string Param(object? value)
    {
        value = Normalize(value);
        var key = Key(value);
        if (!_byValue.TryGetValue(key, out var name))
        {
            name = "p" + (_parameters.Count + 1).ToString(CultureInfo.InvariantCulture);
            _byValue[key] = name;
            _parameters[name] = value;
        }
        return "$" + name;
    }

    /// <summary>The next variable number (n1/e1, n2/e2, ...).</summary>
    public int Next() => ++_variables;

    public static object? Normalize(object? value) => value switch
    {
        null => null,
        bool b => b,
        int or long or short or byte => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        float or double or decimal => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        string s => s,
        System.Collections.IEnumerable list => list.Cast<object?>().Select(Normalize).ToArray(),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static string Key(object? value) => value switch
    {
        null => "null",
        bool b => b ? "b:1" : "b:0",
        double d => "d:" + d.ToString("R", CultureInfo.InvariantCulture),
        long l => "l:" + l.ToString(CultureInfo.InvariantCulture),
        string s => "s:" + s,
        object?[] list => "[" + string.Join(",", list.Select(Key)) + "]",
        _ => "?" + value,
    };

    /// <summary>An integer written into the text (paging bounds).</summary>
    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A label or relationship type from the model, quoted.</summary>
    public static string Quote(string name) => "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";

    /// <summary>A property of a node or relationship variable (model property names are names).</summary>
    public static string Property(string variable, PropertyDefinition property) => NamePattern().IsMatch(property.Name)
        ? variable + "." + Quote(property.Name)
        : throw new QueryValidationException($"'{property.Name}' is not a property name this back-end can address.");

    /// <summary>Indents every line by four spaces.</summary>
    public static string Indent(string text) => "    " + text.Replace("\n", "\n    ", StringComparison.Ordinal);

    [GeneratedRegex("^[_A-Za-z][_0-9A-Za-z]*$")]
    private static partial Regex NamePattern();
}
