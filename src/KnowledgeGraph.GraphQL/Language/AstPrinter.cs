using System.Globalization;
using System.Text;

namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// Prints any AST node (executable or SDL) as GraphQL text with two-space indentation.
/// Guarantees <c>Parse(Print(doc))</c> is structurally equal to <c>doc</c>
/// (see <see cref="AstComparer"/>). Block strings are kept when their value can be written as a
/// block string unchanged (<see cref="BlockString.IsPrintableAsBlockString"/>), else a quoted string is printed.
/// </summary>
public sealed partial class AstPrinter
{
    private readonly StringBuilder _sb = new();
    private int _indent;

    private AstPrinter()
    {
    }

    /// <summary>Prints <paramref name="node"/>.</summary>
    public static string Print(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var printer = new AstPrinter();
        printer.Write(node);
        return printer._sb.ToString();
    }

    /// <summary>Prints a string value as a quoted GraphQL string with escapes.</summary>
    public static string PrintString(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        AppendQuoted(sb, value);
        return sb.ToString();
    }

    private string IndentText => new(' ', _indent * 2);

    private void NewLine() => _sb.Append('\n').Append(' ', _indent * 2);

    private void Write(Node node)
    {
        switch (node)
        {
            case NameNode n: _sb.Append(n.Value); break;
            case DocumentNode d:
                for (int i = 0; i < d.Definitions.Count; i++)
                {
                    if (i > 0)
                    {
                        _sb.Append("\n\n");
                    }

                    Write(d.Definitions[i]);
                }

                break;
            case OperationDefinitionNode o: WriteOperation(o); break;
            case VariableDefinitionNode v:
                WriteDescription(v.Description, inline: true);
                Write(v.Variable);
                _sb.Append(": ");
                Write(v.Type);
                if (v.DefaultValue is not null)
                {
                    _sb.Append(" = ");
                    Write(v.DefaultValue);
                }

                WriteDirectives(v.Directives);
                break;
            case SelectionSetNode s: WriteBlock(s.Selections); break;
            case FieldNode f:
                if (f.Alias is not null)
                {
                    _sb.Append(f.Alias.Value).Append(": ");
                }

                _sb.Append(f.Name.Value);
                WriteArguments(f.Arguments);
                WriteDirectives(f.Directives);
                if (f.SelectionSet is not null)
                {
                    _sb.Append(' ');
                    Write(f.SelectionSet);
                }

                break;
            case ArgumentNode a:
                _sb.Append(a.Name.Value).Append(": ");
                Write(a.Value);
                break;
            case FragmentSpreadNode fs:
                _sb.Append("...").Append(fs.Name.Value);
                WriteDirectives(fs.Directives);
                break;
            case InlineFragmentNode inf:
                _sb.Append("...");
                if (inf.TypeCondition is not null)
                {
                    _sb.Append(" on ").Append(inf.TypeCondition.Name.Value);
                }

                WriteDirectives(inf.Directives);
                _sb.Append(' ');
                Write(inf.SelectionSet);
                break;
            case FragmentDefinitionNode fd:
                WriteDescription(fd.Description);
                _sb.Append("fragment ").Append(fd.Name.Value).Append(" on ").Append(fd.TypeCondition.Name.Value);
                WriteDirectives(fd.Directives);
                _sb.Append(' ');
                Write(fd.SelectionSet);
                break;
            case DirectiveNode dir:
                _sb.Append('@').Append(dir.Name.Value);
                WriteArguments(dir.Arguments);
                break;
            case ValueNode value: WriteValue(value); break;
            case TypeNode type: WriteType(type); break;
            case OperationTypeDefinitionNode ot:
                _sb.Append(OperationKeyword(ot.Operation)).Append(": ").Append(ot.Type.Name.Value);
                break;
            case ObjectFieldNode of:
                _sb.Append(of.Name.Value).Append(": ");
                Write(of.Value);
                break;
            default:
                WriteTypeSystem(node);
                break;
        }
    }

    private void WriteOperation(OperationDefinitionNode o)
    {
        bool shorthand = o.IsShorthand && o.Operation == OperationType.Query && o.Name is null
            && o.VariableDefinitions.Count == 0 && o.Directives.Count == 0 && o.Description is null;
        if (!shorthand)
        {
            WriteDescription(o.Description);
            _sb.Append(OperationKeyword(o.Operation));
            if (o.Name is not null)
            {
                _sb.Append(' ').Append(o.Name.Value);
            }

            if (o.VariableDefinitions.Count > 0)
            {
                if (o.Name is null)
                {
                    _sb.Append(' ');
                }

                _sb.Append('(');
                for (int i = 0; i < o.VariableDefinitions.Count; i++)
                {
                    if (i > 0)
                    {
                        _sb.Append(", ");
                    }

                    Write(o.VariableDefinitions[i]);
                }

                _sb.Append(')');
            }

            WriteDirectives(o.Directives);
            _sb.Append(' ');
        }

        Write(o.SelectionSet);
    }

    /// <summary>The keyword of an operation type.</summary>
    public static string OperationKeyword(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };

    private void WriteBlock<T>(IReadOnlyList<T> items)
        where T : Node
    {
        _sb.Append('{');
        _indent++;
        foreach (var item in items)
        {
            NewLine();
            Write(item);
        }

        _indent--;
        NewLine();
        _sb.Append('}');
    }

    private void WriteArguments(IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count == 0)
        {
            return;
        }

        _sb.Append('(');
        for (int i = 0; i < arguments.Count; i++)
        {
            if (i > 0)
            {
                _sb.Append(", ");
            }

            Write(arguments[i]);
        }

        _sb.Append(')');
    }

    private void WriteDirectives(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            _sb.Append(' ');
            Write(directive);
        }
    }

    private void WriteValue(ValueNode value)
    {
        switch (value)
        {
            case VariableNode v: _sb.Append('$').Append(v.Name.Value); break;
            case IntValueNode i: _sb.Append(i.Value); break;
            case FloatValueNode f: _sb.Append(f.Value); break;
            case StringValueNode s: WriteString(s); break;
            case BooleanValueNode b: _sb.Append(b.Value ? "true" : "false"); break;
            case NullValueNode: _sb.Append("null"); break;
            case EnumValueNode e: _sb.Append(e.Value); break;
            case ListValueNode l:
                _sb.Append('[');
                for (int i = 0; i < l.Values.Count; i++)
                {
                    if (i > 0)
                    {
                        _sb.Append(", ");
                    }

                    WriteValue(l.Values[i]);
                }

                _sb.Append(']');
                break;
            case ObjectValueNode o:
                _sb.Append('{');
                for (int i = 0; i < o.Fields.Count; i++)
                {
                    if (i > 0)
                    {
                        _sb.Append(", ");
                    }

                    Write(o.Fields[i]);
                }

                _sb.Append('}');
                break;
            default:
                throw new ArgumentException($"Unknown value node {value.GetType().Name}.", nameof(value));
        }
    }

    private void WriteString(StringValueNode s)
    {
        if (s.Block && BlockString.IsPrintableAsBlockString(s.Value))
        {
            BlockString.Print(_sb, s.Value, IndentText);
        }
        else
        {
            AppendQuoted(_sb, s.Value);
        }
    }

    private static void AppendQuoted(StringBuilder sb, string value)
    {
        sb.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }

    private void WriteType(TypeNode type)
    {
        switch (type)
        {
            case NamedTypeNode n: _sb.Append(n.Name.Value); break;
            case ListTypeNode l:
                _sb.Append('[');
                WriteType(l.Type);
                _sb.Append(']');
                break;
            case NonNullTypeNode nn:
                WriteType(nn.Type);
                _sb.Append('!');
                break;
        }
    }

    private void WriteDescription(StringValueNode? description, bool inline = false)
    {
        if (description is null)
        {
            return;
        }

        WriteString(description);
        if (inline)
        {
            _sb.Append(' ');
        }
        else
        {
            NewLine();
        }
    }
}
