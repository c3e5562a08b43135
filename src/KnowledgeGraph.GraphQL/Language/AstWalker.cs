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
        switch (node.Kind)
        {
            case NodeKind.Document:
            {
                var d = (DocumentNode)node;
                VisitAll(d.Definitions);
                break;
            }
            case NodeKind.OperationDefinition:
            {
                var o = (OperationDefinitionNode)node;
                Visit(o.Description);
                Visit(o.Name);
                VisitAll(o.VariableDefinitions);
                VisitAll(o.Directives);
                Visit(o.SelectionSet);
                break;
            }
            case NodeKind.VariableDefinition:
            {
                var v = (VariableDefinitionNode)node;
                Visit(v.Description);
                Visit(v.Variable);
                Visit(v.Type);
                Visit(v.DefaultValue);
                VisitAll(v.Directives);
                break;
            }
            case NodeKind.SelectionSet:
            {
                var s = (SelectionSetNode)node;
                VisitAll(s.Selections);
                break;
            }
            case NodeKind.Field:
            {
                var f = (FieldNode)node;
                Visit(f.Alias);
                Visit(f.Name);
                VisitAll(f.Arguments);
                VisitAll(f.Directives);
                Visit(f.SelectionSet);
                break;
            }
            case NodeKind.Argument:
            {
                var a = (ArgumentNode)node;
                Visit(a.Name);
                Visit(a.Value);
                break;
            }
            case NodeKind.FragmentSpread:
            {
                var fs = (FragmentSpreadNode)node;
                Visit(fs.Name);
                VisitAll(fs.Directives);
                break;
            }
            case NodeKind.InlineFragment:
            {
                var inf = (InlineFragmentNode)node;
                Visit(inf.TypeCondition);
                VisitAll(inf.Directives);
                Visit(inf.SelectionSet);
                break;
            }
            case NodeKind.FragmentDefinition:
            {
                var fd = (FragmentDefinitionNode)node;
                Visit(fd.Description);
                Visit(fd.Name);
                Visit(fd.TypeCondition);
                VisitAll(fd.Directives);
                Visit(fd.SelectionSet);
                break;
            }
            case NodeKind.Variable:
            {
                var v = (VariableNode)node;
                Visit(v.Name);
                break;
            }
            case NodeKind.ListValue:
            {
                var l = (ListValueNode)node;
                VisitAll(l.Values);
                break;
            }
            case NodeKind.ObjectValue:
            {
                var ov = (ObjectValueNode)node;
                VisitAll(ov.Fields);
                break;
            }
            case NodeKind.ObjectField:
            {
                var of = (ObjectFieldNode)node;
                Visit(of.Name);
                Visit(of.Value);
                break;
            }
            case NodeKind.Directive:
            {
                var dir = (DirectiveNode)node;
                Visit(dir.Name);
                VisitAll(dir.Arguments);
                break;
            }
            case NodeKind.NamedType:
            {
                var nt = (NamedTypeNode)node;
                Visit(nt.Name);
                break;
            }
            case NodeKind.ListType:
            {
                var lt = (ListTypeNode)node;
                Visit(lt.Type);
                break;
            }
            case NodeKind.NonNullType:
            {
                var nn = (NonNullTypeNode)node;
                Visit(nn.Type);
                break;
            }
            case NodeKind.SchemaDefinition:
            {
                var sd = (SchemaDefinitionNode)node;
                Visit(sd.Description);
                VisitAll(sd.Directives);
                VisitAll(sd.OperationTypes);
                break;
            }
            case NodeKind.OperationTypeDefinition:
            {
                var ot = (OperationTypeDefinitionNode)node;
                Visit(ot.Type);
                break;
            }
            case NodeKind.ScalarTypeDefinition:
            {
                var sc = (ScalarTypeDefinitionNode)node;
                Visit(sc.Description);
                Visit(sc.Name);
                VisitAll(sc.Directives);
                break;
            }
            case NodeKind.ObjectTypeDefinition:
            {
                var ob = (ObjectTypeDefinitionNode)node;
                Visit(ob.Description);
                Visit(ob.Name);
                VisitAll(ob.Interfaces);
                VisitAll(ob.Directives);
                VisitAll(ob.Fields);
                break;
            }
            case NodeKind.FieldDefinition:
            {
                var fdef = (FieldDefinitionNode)node;
                Visit(fdef.Description);
                Visit(fdef.Name);
                VisitAll(fdef.Arguments);
                Visit(fdef.Type);
                VisitAll(fdef.Directives);
                break;
            }
            case NodeKind.InputValueDefinition:
            {
                var iv = (InputValueDefinitionNode)node;
                Visit(iv.Description);
                Visit(iv.Name);
                Visit(iv.Type);
                Visit(iv.DefaultValue);
                VisitAll(iv.Directives);
                break;
            }
            case NodeKind.InterfaceTypeDefinition:
            {
                var it = (InterfaceTypeDefinitionNode)node;
                Visit(it.Description);
                Visit(it.Name);
                VisitAll(it.Interfaces);
                VisitAll(it.Directives);
                VisitAll(it.Fields);
                break;
            }
            case NodeKind.UnionTypeDefinition:
            {
                var u = (UnionTypeDefinitionNode)node;
                Visit(u.Description);
                Visit(u.Name);
                VisitAll(u.Directives);
                VisitAll(u.Types);
                break;
            }
            case NodeKind.EnumTypeDefinition:
            {
                var e = (EnumTypeDefinitionNode)node;
                Visit(e.Description);
                Visit(e.Name);
                VisitAll(e.Directives);
                VisitAll(e.Values);
                break;
            }
            case NodeKind.EnumValueDefinition:
            {
                var ev = (EnumValueDefinitionNode)node;
                Visit(ev.Description);
                Visit(ev.Name);
                VisitAll(ev.Directives);
                break;
            }
            case NodeKind.InputObjectTypeDefinition:
            {
                var io = (InputObjectTypeDefinitionNode)node;
                Visit(io.Description);
                Visit(io.Name);
                VisitAll(io.Directives);
                VisitAll(io.Fields);
                break;
            }
            case NodeKind.DirectiveDefinition:
            {
                var dd = (DirectiveDefinitionNode)node;
                Visit(dd.Description);
                Visit(dd.Name);
                VisitAll(dd.Arguments);
                VisitAll(dd.Locations);
                break;
            }
            case NodeKind.SchemaExtension:
            {
                var se = (SchemaExtensionNode)node;
                VisitAll(se.Directives);
                VisitAll(se.OperationTypes);
                break;
            }
            case NodeKind.ScalarTypeExtension:
            {
                var sx = (ScalarTypeExtensionNode)node;
                Visit(sx.Name);
                VisitAll(sx.Directives);
                break;
            }
            case NodeKind.ObjectTypeExtension:
            {
                var ox = (ObjectTypeExtensionNode)node;
                Visit(ox.Name);
                VisitAll(ox.Interfaces);
                VisitAll(ox.Directives);
                VisitAll(ox.Fields);
                break;
            }
            case NodeKind.InterfaceTypeExtension:
            {
                var ix = (InterfaceTypeExtensionNode)node;
                Visit(ix.Name);
                VisitAll(ix.Interfaces);
                VisitAll(ix.Directives);
                VisitAll(ix.Fields);
                break;
            }
            case NodeKind.UnionTypeExtension:
            {
                var ux = (UnionTypeExtensionNode)node;
                Visit(ux.Name);
                VisitAll(ux.Directives);
                VisitAll(ux.Types);
                break;
            }
            case NodeKind.EnumTypeExtension:
            {
                var ex = (EnumTypeExtensionNode)node;
                Visit(ex.Name);
                VisitAll(ex.Directives);
                VisitAll(ex.Values);
                break;
            }
            case NodeKind.InputObjectTypeExtension:
            {
                var iox = (InputObjectTypeExtensionNode)node;
                Visit(iox.Name);
                VisitAll(iox.Directives);
                VisitAll(iox.Fields);
                break;
            }
        }
    }
}
