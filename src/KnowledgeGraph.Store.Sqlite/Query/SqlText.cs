using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Query;

namespace KnowledgeGraph.Store.Sqlite.Query;

/// <summary>
/// The state of one compilation: the parameters (every value, deduplicated) and fresh table aliases; and the
/// helpers that keep identifiers safe (response keys and property names are checked, never values).
/// </summary>
internal sealed partial class SqlText
{
    private readonly List<KeyValuePair<string, object?>> _parameters = [];
    private readonly Dictionary<string, string> _byValue = new(StringComparer.Ordinal);
    private int _aliases;

    public IReadOnlyList<KeyValuePair<string, object?>> Parameters => _parameters;

    /// <summary>A parameter holding <paramref name="value"/> (normalised to long, double, string or null).</summary>
    public string Param(object? value)
    {
        value = Normalize(value);
        var key = value switch
        {
            null => "null",
            double d => "d:" + d.ToString("R", CultureInfo.InvariantCulture),
            long l => "l:" + l.ToString(CultureInfo.InvariantCulture),
            _ => "s:" + value,
        };
        if (!_byValue.TryGetValue(key, out var name))
        {
            name = "$p" + (_parameters.Count + 1).ToString(CultureInfo.InvariantCulture);
            _byValue[key] = name;
            _parameters.Add(new(name, value));
        }
        return name;
    }

    /// <summary>A parameter holding a JSON array of values, for <c>IN (SELECT value FROM json_each(...))</c>.</summary>
    public string ListParam(IEnumerable<object?> values) => Param(JsonSerializer.Serialize(values.Select(Normalize).ToArray()));

    /// <summary>The next alias number (n1/e1, n2/e2, ...).</summary>
    public int NextAlias() => ++_aliases;

    public static object? Normalize(object? value) => value switch
    {
        null => null,
        bool b => b ? 1L : 0L,
        int or long or short or byte => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        float or double or decimal => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        string s => s,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// An integer as an SQL literal, for LIMIT: SQLite prepares a statement again on every run when its LIMIT is a
    /// bound parameter (checked with SQLITE_STMTSTATUS_REPREPARE; a bound OFFSET does not), which would defeat the
    /// executor's statement cache. Counts are the only values written into the text.
    /// </summary>
    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A response key as an SQL string literal; keys are checked to be names, so they need no escaping.</summary>
    public static string Key(string key) => NamePattern().IsMatch(key)
        ? "'" + key + "'"
        : throw new QueryValidationException($"'{key}' is not a valid response key.");

    /// <summary>The JSON path of a property as an SQL literal (model property names are names).</summary>
    public static string PropertyPath(PropertyDefinition property) => NamePattern().IsMatch(property.Name)
        ? "'$." + property.Name + "'"
        : throw new QueryValidationException($"'{property.Name}' is not a property name this back-end can address.");

    /// <summary>Indents every line of <paramref name="sql"/> by four spaces.</summary>
    public static string Indent(string sql) => "    " + sql.Replace("\n", "\n    ", StringComparison.Ordinal);

    /// <summary>A parenthesised subquery on its own indented lines.</summary>
    public static string Sub(string sql) => "(\n" + Indent(sql) + "\n)";

    [GeneratedRegex("^[_A-Za-z][_0-9A-Za-z]*$")]
    private static partial Regex NamePattern();
}
