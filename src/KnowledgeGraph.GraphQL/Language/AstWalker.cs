namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// Depth-first walker over the AST: calls <see cref="AstVisitor.Enter"/>, visits children in source
/// order, then <see cref="AstVisitor.Leave"/>. Honors <see cref="VisitorAction.Skip"/> and
/// <see cref="VisitorAction.Break"/> and maintains <see cref="AstVisitor.Ancestors"/>.
/// Recursion depth equals AST depth, which the parser bounds (<see cref="ParserOptions.MaxDepth"/>).
/// </summary>
public sealed class AstWalker
{
    private readonly AstVisitor _visitor;
    private readonly List<Node> _ancestors = [];
    private bool _stopped;

    private AstWalker(AstVisitor visitor)
    {
        _visitor = visitor;
        visitor.Ancestors = _ancestors;
    }

    /// <summary>Walks <paramref name="root"/> with <paramref name="visitor"/>.</summary>
    public static void Walk(Node root, AstVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(visitor);
        new AstWalker(visitor).Visit(root);
    }

    private void Visit(Node? node)
    {
        if (node is null || _stopped)
        {
            return;
        }

        var action = _visitor.Enter(node);
        if (action == VisitorAction.Break)
        {
            _stopped = true;
            return;
        }

        if (action == VisitorAction.Continue)
        {
            _ancestors.Add(node);
            VisitChildren(node);
            _ancestors.RemoveAt(_ancestors.Count - 1);
            if (_stopped)
            {
                return;
            }
        }

        _visitor.Leave(node);
    }

    private void VisitAll<T>(IReadOnlyList<T> nodes)
        where T : Node
    {
        for (int i = 0; i < nodes.Count && !_stopped; i++)
        {
            Visit(nodes[i]);
        }
    }

    private void VisitChildren(Node node)
    {
        switch (node)
        {
            case DocumentNode d: VisitAll(d.Definitions); break;
            case OperationDefinitionNode o:
                Visit(o.Description);
                Visit(o.Name);
                VisitAll(o.VariableDefinitions);
                VisitAll(o.Directives);
                Visit(o.SelectionSet);
                break;
            case VariableDefinitionNode v:
                Visit(v.Description);
                Visit(v.Variable);
                Visit(v.Type);
                Visit(v.DefaultValue);
                VisitAll(v.Directives);
                break;
            case SelectionSetNode s: VisitAll(s.Selections); break;
            case FieldNode f:
                Visit(f.Alias);
                Visit(f.Name);
                VisitAll(f.Arguments);
                VisitAll(f.Directives);
                Visit(f.SelectionSet);
                break;
            case ArgumentNode a:
                Visit(a.Name);
                Visit(a.Value);
                break;
            case FragmentSpreadNode fs:
                Visit(fs.Name);
                VisitAll(fs.Directives);
                break;
            case InlineFragmentNode inf:
                Visit(inf.TypeCondition);
                VisitAll(inf.Directives);
                Visit(inf.SelectionSet);
                break;
            case FragmentDefinitionNode fd:
                Visit(fd.Description);
                Visit(fd.Name);
                Visit(fd.TypeCondition);
                VisitAll(fd.Directives);
                Visit(fd.SelectionSet);
                break;
            case VariableNode v: Visit(v.Name); break;
            case ListValueNode l: VisitAll(l.Values); break;
            case ObjectValueNode ov: VisitAll(ov.Fields); break;
            case ObjectFieldNode of:
                Visit(of.Name);
                Visit(of.Value);
                break;
            case DirectiveNode dir:
                Visit(dir.Name);
                VisitAll(dir.Arguments);
                break;
            case NamedTypeNode nt: Visit(nt.Name); break;
            case ListTypeNode lt: Visit(lt.Type); break;
            case NonNullTypeNode nn: Visit(nn.Type); break;
            case SchemaDefinitionNode sd:
                Visit(sd.Description);
                VisitAll(sd.Directives);
                VisitAll(sd.OperationTypes);
                break;
            case OperationTypeDefinitionNode ot: Visit(ot.Type); break;
            case ScalarTypeDefinitionNode sc:
                Visit(sc.Description);
                Visit(sc.Name);
                VisitAll(sc.Directives);
                break;
            case ObjectTypeDefinitionNode ob:
                Visit(ob.Description);
                Visit(ob.Name);
                VisitAll(ob.Interfaces);
                VisitAll(ob.Directives);
                VisitAll(ob.Fields);
                break;
            case FieldDefinitionNode fdef:
                Visit(fdef.Description);
                Visit(fdef.Name);
                VisitAll(fdef.Arguments);
                Visit(fdef.Type);
                VisitAll(fdef.Directives);
                break;
            case InputValueDefinitionNode iv:
                Visit(iv.Description);
                Visit(iv.Name);
                Visit(iv.Type);
                Visit(iv.DefaultValue);
                VisitAll(iv.Directives);
                break;
            case InterfaceTypeDefinitionNode it:
                Visit(it.Description);
                Visit(it.Name);
                VisitAll(it.Interfaces);
                VisitAll(it.Directives);
                VisitAll(it.Fields);
                break;
            case UnionTypeDefinitionNode u:
                Visit(u.Description);
                Visit(u.Name);
                VisitAll(u.Directives);
                VisitAll(u.Types);
                break;
            case EnumTypeDefinitionNode e:
                Visit(e.Description);
                Visit(e.Name);
                VisitAll(e.Directives);
                VisitAll(e.Values);
                break;
            case EnumValueDefinitionNode ev:
                Visit(ev.Description);
                Visit(ev.Name);
                VisitAll(ev.Directives);
                break;
            case InputObjectTypeDefinitionNode io:
                Visit(io.Description);
                Visit(io.Name);
                VisitAll(io.Directives);
                VisitAll(io.Fields);
                break;
            case DirectiveDefinitionNode dd:
                Visit(dd.Description);
                Visit(dd.Name);
                VisitAll(dd.Arguments);
                VisitAll(dd.Locations);
                break;
            case SchemaExtensionNode se:
                VisitAll(se.Directives);
                VisitAll(se.OperationTypes);
                break;
            case ScalarTypeExtensionNode sx:
                Visit(sx.Name);
                VisitAll(sx.Directives);
                break;
            case ObjectTypeExtensionNode ox:
                Visit(ox.Name);
                VisitAll(ox.Interfaces);
                VisitAll(ox.Directives);
                VisitAll(ox.Fields);
                break;
            case InterfaceTypeExtensionNode ix:
                Visit(ix.Name);
                VisitAll(ix.Interfaces);
                VisitAll(ix.Directives);
                VisitAll(ix.Fields);
                break;
            case UnionTypeExtensionNode ux:
                Visit(ux.Name);
                VisitAll(ux.Directives);
                VisitAll(ux.Types);
                break;
            case EnumTypeExtensionNode ex:
                Visit(ex.Name);
                VisitAll(ex.Directives);
                VisitAll(ex.Values);
                break;
            case InputObjectTypeExtensionNode iox:
                Visit(iox.Name);
                VisitAll(iox.Directives);
                VisitAll(iox.Fields);
                break;
        }
    }
}
