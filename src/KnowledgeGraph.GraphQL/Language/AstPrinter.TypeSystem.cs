namespace KnowledgeGraph.GraphQL.Language;

/// <content>Printing of type system definitions and extensions (spec 3).</content>
public sealed partial class AstPrinter
{
    private void WriteTypeSystem(Node node)
    {
        switch (node)
        {
            case SchemaDefinitionNode s:
                WriteDescription(s.Description);
                _sb.Append("schema");
                WriteDirectives(s.Directives);
                _sb.Append(' ');
                WriteBlock(s.OperationTypes);
                break;
            case SchemaExtensionNode s:
                _sb.Append("extend schema");
                WriteDirectives(s.Directives);
                if (s.OperationTypes.Count > 0)
                {
                    _sb.Append(' ');
                    WriteBlock(s.OperationTypes);
                }

                break;
            case ScalarTypeDefinitionNode s:
                WriteDescription(s.Description);
                _sb.Append("scalar ").Append(s.Name.Value);
                WriteDirectives(s.Directives);
                break;
            case ScalarTypeExtensionNode s:
                _sb.Append("extend scalar ").Append(s.Name.Value);
                WriteDirectives(s.Directives);
                break;
            case ObjectTypeDefinitionNode o:
                WriteDescription(o.Description);
                WriteComposite("type ", o.Name, o.Interfaces, o.Directives, o.Fields);
                break;
            case ObjectTypeExtensionNode o:
                WriteComposite("extend type ", o.Name, o.Interfaces, o.Directives, o.Fields);
                break;
            case InterfaceTypeDefinitionNode i:
                WriteDescription(i.Description);
                WriteComposite("interface ", i.Name, i.Interfaces, i.Directives, i.Fields);
                break;
            case InterfaceTypeExtensionNode i:
                WriteComposite("extend interface ", i.Name, i.Interfaces, i.Directives, i.Fields);
                break;
            case UnionTypeDefinitionNode u:
                WriteDescription(u.Description);
                WriteUnion("union ", u.Name, u.Directives, u.Types);
                break;
            case UnionTypeExtensionNode u:
                WriteUnion("extend union ", u.Name, u.Directives, u.Types);
                break;
            case EnumTypeDefinitionNode e:
                WriteDescription(e.Description);
                WriteHeader("enum ", e.Name, e.Directives);
                WriteOptionalBlock(e.Values);
                break;
            case EnumTypeExtensionNode e:
                WriteHeader("extend enum ", e.Name, e.Directives);
                WriteOptionalBlock(e.Values);
                break;
            case InputObjectTypeDefinitionNode io:
                WriteDescription(io.Description);
                WriteHeader("input ", io.Name, io.Directives);
                WriteOptionalBlock(io.Fields);
                break;
            case InputObjectTypeExtensionNode io:
                WriteHeader("extend input ", io.Name, io.Directives);
                WriteOptionalBlock(io.Fields);
                break;
            case FieldDefinitionNode f:
                WriteDescription(f.Description);
                _sb.Append(f.Name.Value);
                WriteArgumentDefinitions(f.Arguments);
                _sb.Append(": ");
                Write(f.Type);
                WriteDirectives(f.Directives);
                break;
            case InputValueDefinitionNode iv:
                WriteDescription(iv.Description);
                _sb.Append(iv.Name.Value).Append(": ");
                Write(iv.Type);
                if (iv.DefaultValue is not null)
                {
                    _sb.Append(" = ");
                    Write(iv.DefaultValue);
                }

                WriteDirectives(iv.Directives);
                break;
            case EnumValueDefinitionNode ev:
                WriteDescription(ev.Description);
                _sb.Append(ev.Name.Value);
                WriteDirectives(ev.Directives);
                break;
            case DirectiveDefinitionNode d:
                WriteDescription(d.Description);
                _sb.Append("directive @").Append(d.Name.Value);
                WriteArgumentDefinitions(d.Arguments);
                if (d.Repeatable)
                {
                    _sb.Append(" repeatable");
                }

                _sb.Append(" on ");
                for (int i = 0; i < d.Locations.Count; i++)
                {
                    if (i > 0)
                    {
                        _sb.Append(" | ");
                    }

                    _sb.Append(d.Locations[i].Value);
                }

                break;
            default:
                throw new ArgumentException($"Unknown node {node.GetType().Name}.", nameof(node));
        }
    }

    private void WriteHeader(string keyword, NameNode name, IReadOnlyList<DirectiveNode> directives)
    {
        _sb.Append(keyword).Append(name.Value);
        WriteDirectives(directives);
    }

    private void WriteComposite(string keyword, NameNode name, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields)
    {
        _sb.Append(keyword).Append(name.Value);
        for (int i = 0; i < interfaces.Count; i++)
        {
            _sb.Append(i == 0 ? " implements " : " & ").Append(interfaces[i].Name.Value);
        }

        WriteDirectives(directives);
        WriteOptionalBlock(fields);
    }

    private void WriteUnion(string keyword, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types)
    {
        WriteHeader(keyword, name, directives);
        for (int i = 0; i < types.Count; i++)
        {
            _sb.Append(i == 0 ? " = " : " | ").Append(types[i].Name.Value);
        }
    }

    private void WriteOptionalBlock<T>(IReadOnlyList<T> items)
        where T : Node
    {
        if (items.Count > 0)
        {
            _sb.Append(' ');
            WriteBlock(items);
        }
    }

    private void WriteArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        if (arguments.Count == 0)
        {
            return;
        }

        bool multiline = false;
        foreach (var argument in arguments)
        {
            multiline |= argument.Description is not null;
        }

        _sb.Append('(');
        if (multiline)
        {
            _indent++;
            foreach (var argument in arguments)
            {
                NewLine();
                Write(argument);
            }

            _indent--;
            NewLine();
        }
        else
        {
            for (int i = 0; i < arguments.Count; i++)
            {
                if (i > 0)
                {
                    _sb.Append(", ");
                }

                Write(arguments[i]);
            }
        }

        _sb.Append(')');
    }
}
