namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// Base class of every immutable AST node. <see cref="Location"/> holds start/end offsets into the
/// source (default when the node was built in code). Use <see cref="AstWalker"/> /
/// <see cref="AstVisitor"/> to traverse, <see cref="AstPrinter"/> to print and
/// <see cref="AstComparer"/> to compare structurally.
/// </summary>
public abstract class Node(Location location)
{
    /// <summary>The concrete kind of this node.</summary>
    public abstract NodeKind Kind { get; }

    /// <summary>Span of this node in its source.</summary>
    public Location Location { get; } = location;

    /// <summary>Prints this node as GraphQL text.</summary>
    public override string ToString() => AstPrinter.Print(this);
}

/// <summary>A Name (spec 2.1.9).</summary>
public sealed class NameNode(Location location, string value) : Node(location)
{
    /// <summary>Creates a name without location.</summary>
    public NameNode(string value) : this(default, value) { }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Name;

    /// <summary>The name text.</summary>
    public string Value { get; } = value;
}

/// <summary>A Document (spec 2.2): a list of definitions.</summary>
public sealed class DocumentNode(Location location, IReadOnlyList<DefinitionNode> definitions) : Node(location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Document;

    /// <summary>The definitions in source order.</summary>
    public IReadOnlyList<DefinitionNode> Definitions { get; } = definitions;
}

/// <summary>Any top-level definition (executable or type system).</summary>
public abstract class DefinitionNode(Location location) : Node(location);

/// <summary>Implemented by nodes that can carry directives.</summary>
public interface IHasDirectivesNode
{
    /// <summary>The directives applied (empty when none).</summary>
    IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>Implemented by nodes that carry an optional description (spec 2.1.x "Descriptions").</summary>
public interface IHasDescriptionNode
{
    /// <summary>The description string, or null.</summary>
    StringValueNode? Description { get; }
}

/// <summary>Implemented by nodes with a name.</summary>
public interface INamedNode
{
    /// <summary>The name.</summary>
    NameNode Name { get; }
}
