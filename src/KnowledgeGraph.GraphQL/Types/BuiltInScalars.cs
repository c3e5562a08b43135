using System.Globalization;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// The five specified scalars (spec 3.5.1 - 3.5.5) with their result and input coercion rules.
/// Input coercion never converts between kinds except where the spec allows it
/// (Int to Float, Int to ID).
/// </summary>
public static class BuiltInScalars
{
    /// <summary>Int: a 32-bit signed integer (spec 3.5.1).</summary>
    public static ScalarType Int { get; } = new("Int", "The `Int` scalar type represents non-fractional signed whole numeric values between -2^31 and 2^31-1.")
    {
        Serializer = SerializeInt,
        ValueParser = ParseIntValue,
        LiteralParser = ParseIntLiteral,
    };

    /// <summary>Float: a finite double-precision number (spec 3.5.2).</summary>
    public static ScalarType Float { get; } = new("Float", "The `Float` scalar type represents signed double-precision finite fractional values as specified by IEEE 754.")
    {
        Serializer = SerializeFloat,
        ValueParser = ParseFloatValue,
        LiteralParser = ParseFloatLiteral,
    };

    /// <summary>String: a sequence of Unicode characters (spec 3.5.3).</summary>
    public static ScalarType String { get; } = new("String", "The `String` scalar type represents textual data as a sequence of Unicode characters.")
    {
        Serializer = SerializeString,
        ValueParser = v => v switch
        {
            string s => s,
            char c => c.ToString(),
            _ => throw new GraphQLCoercionException($"String cannot represent a non string value: {Describe(v)}"),
        },
        LiteralParser = l => l is StringValueNode s ? s.Value : throw new GraphQLCoercionException($"String cannot represent a non string value: {AstPrinter.Print(l)}"),
    };

    /// <summary>Boolean: true or false (spec 3.5.4).</summary>
    public static ScalarType Boolean { get; } = new("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
    {
        Serializer = SerializeBoolean,
        ValueParser = v => v is bool b ? b : throw new GraphQLCoercionException($"Boolean cannot represent a non boolean value: {Describe(v)}"),
        LiteralParser = l => l is BooleanValueNode b ? b.Value : throw new GraphQLCoercionException($"Boolean cannot represent a non boolean value: {AstPrinter.Print(l)}"),
    };

    /// <summary>ID: a unique identifier serialized as a string; accepts strings and integers as input (spec 3.5.5).</summary>
    public static ScalarType ID { get; } = new("ID", "The `ID` scalar type represents a unique identifier, serialized as a String; String and Int inputs are accepted.")
    {
        Serializer = SerializeId,
        ValueParser = ParseIdValue,
        LiteralParser = l => l switch
        {
            StringValueNode s => s.Value,
            IntValueNode i => i.Value,
            _ => throw new GraphQLCoercionException($"ID cannot represent a non-string and non-integer value: {AstPrinter.Print(l)}"),
        },
    };

    /// <summary>All five, in spec order.</summary>
    public static IReadOnlyList<ScalarType> All { get; } = [Int, Float, String, Boolean, ID];

    /// <summary>Finds a built-in scalar by name.</summary>
    public static ScalarType? Get(string name) => name switch
    {
        "Int" => Int,
        "Float" => Float,
        "String" => String,
        "Boolean" => Boolean,
        "ID" => ID,
        _ => null,
    };

    /// <summary>True when <paramref name="value"/> is a .NET number; returns it as double (and whether it is integral).</summary>
    internal static bool TryGetNumber(object? value, out double number, out bool integral)
    {
        switch (value)
        {
            case int i: number = i; integral = true; return true;
            case long l: number = l; integral = true; return true;
            case short s: number = s; integral = true; return true;
            case byte b: number = b; integral = true; return true;
            case sbyte sb: number = sb; integral = true; return true;
            case ushort us: number = us; integral = true; return true;
            case uint ui: number = ui; integral = true; return true;
            case ulong ul: number = ul; integral = true; return true;
            case double d: number = d; integral = double.IsFinite(d) && Math.Floor(d) == d; return true;
            case float f: number = f; integral = float.IsFinite(f) && Math.Floor(f) == f; return true;
            case decimal m: number = (double)m; integral = decimal.Truncate(m) == m; return true;
            default: number = 0; integral = false; return false;
        }
    }

    /// <summary>Short description of a value for messages.</summary>
    internal static string Describe(object? value) => value switch
    {
        null => "null",
        string s => AstPrinter.PrintString(s),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IDictionary => "{...}",
        System.Collections.IEnumerable => "[...]",
        _ => value.ToString() ?? value.GetType().Name,
    };

    private static object ParseIntValue(object? value)
    {
        if (value is int i)
        {
            return i;
        }

        if (value is not bool && TryGetNumber(value, out var number, out var integral))
        {
            if (!integral)
            {
                throw new GraphQLCoercionException($"Int cannot represent non-integer value: {Describe(value)}");
            }

            if (number is < int.MinValue or > int.MaxValue)
            {
                throw new GraphQLCoercionException($"Int cannot represent non 32-bit signed integer value: {Describe(value)}");
            }

            return (int)number;
        }

        throw new GraphQLCoercionException($"Int cannot represent non-integer value: {Describe(value)}");
    }

    private static object ParseIntLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode node)
        {
            throw new GraphQLCoercionException($"Int cannot represent non-integer value: {AstPrinter.Print(literal)}");
        }

        if (!int.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            throw new GraphQLCoercionException($"Int cannot represent non 32-bit signed integer value: {node.Value}");
        }

        return result;
    }

    private static object ParseFloatValue(object? value)
    {
        if (value is not bool && TryGetNumber(value, out var number, out _) && double.IsFinite(number))
        {
            return number;
        }

        throw new GraphQLCoercionException($"Float cannot represent non numeric value: {Describe(value)}");
    }

    private static object ParseFloatLiteral(ValueNode literal)
    {
        string? text = literal switch
        {
            IntValueNode i => i.Value,
            FloatValueNode f => f.Value,
            _ => null,
        };
        if (text is null)
        {
            throw new GraphQLCoercionException($"Float cannot represent non numeric value: {AstPrinter.Print(literal)}");
        }

        var result = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (!double.IsFinite(result))
        {
            throw new GraphQLCoercionException($"Float cannot represent non numeric value: {text}");
        }

        return result;
    }

    private static object ParseIdValue(object? value)
    {
        if (value is string s)
        {
            return s;
        }

        if (value is not bool && TryGetNumber(value, out var number, out var integral) && integral && Math.Abs(number) < 9.007199254740992E15)
        {
            return ((long)number).ToString(CultureInfo.InvariantCulture);
        }

        throw new GraphQLCoercionException($"ID cannot represent value: {Describe(value)}");
    }

    private static object SerializeInt(object? value)
    {
        if (value is bool b)
        {
            return b ? 1 : 0;
        }

        if (value is string s && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
        }

        return ParseIntValue(value);
    }

    private static object SerializeFloat(object? value)
    {
        if (value is bool b)
        {
            return b ? 1.0 : 0.0;
        }

        if (value is string s && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
        }

        return ParseFloatValue(value);
    }

    private static object SerializeString(object? value) => value switch
    {
        string s => s,
        char c => c.ToString(),
        bool b => b ? "true" : "false",
        Enum e => e.ToString(),
        IFormattable f when TryGetNumber(value, out var n, out _) && (value is not double and not float || double.IsFinite(n)) => f.ToString(null, CultureInfo.InvariantCulture),
        Guid g => g.ToString(),
        _ => throw new GraphQLCoercionException($"String cannot represent value: {Describe(value)}"),
    };

    private static object SerializeBoolean(object? value)
    {
        if (value is bool b)
        {
            return b;
        }

        if (TryGetNumber(value, out var n, out _) && double.IsFinite(n))
        {
            return n != 0;
        }

        throw new GraphQLCoercionException($"Boolean cannot represent a non boolean value: {Describe(value)}");
    }

    private static object SerializeId(object? value) => value switch
    {
        string s => s,
        Guid g => g.ToString(),
        _ when value is not bool && TryGetNumber(value, out _, out var integral) && integral => ((IFormattable)value!).ToString(null, CultureInfo.InvariantCulture),
        _ => throw new GraphQLCoercionException($"ID cannot represent value: {Describe(value)}"),
    };
}
