using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Tests.Language;

public class VisitorTests
{
    private sealed class Recorder : AstVisitor
    {
        public List<string> Events { get; } = [];

        public Func<Node, VisitorAction> OnEnter { get; init; } = _ => VisitorAction.Continue;

        public override VisitorAction Enter(Node node)
        {
            Events.Add("enter " + node.Kind + (node is NameNode n ? " " + n.Value : string.Empty) + " parent=" + (Parent?.Kind.ToString() ?? "-"));
            return OnEnter(node);
        }

        public override void Leave(Node node) => Events.Add("leave " + node.Kind);
    }

    [Fact]
    public void Visits_in_source_order_with_ancestors()
    {
        var recorder = new Recorder();
        AstWalker.Walk(Parser.Parse("{ a(x: 1) }"), recorder);
        Assert.Equal(
            [
                "enter Document parent=-",
                "enter OperationDefinition parent=Document",
                "enter SelectionSet parent=OperationDefinition",
                "enter Field parent=SelectionSet",
                "enter Name a parent=Field",
                "leave Name",
                "enter Argument parent=Field",
                "enter Name x parent=Argument",
                "leave Name",
                "enter IntValue parent=Argument",
                "leave IntValue",
                "leave Argument",
                "leave Field",
                "leave SelectionSet",
                "leave OperationDefinition",
                "leave Document",
            ],
            recorder.Events);
    }

    [Fact]
    public void Skip_and_break_are_honoured()
    {
        var skip = new Recorder { OnEnter = n => n is FieldNode ? VisitorAction.Skip : VisitorAction.Continue };
        AstWalker.Walk(Parser.Parse("{ a { b } c }"), skip);
        Assert.DoesNotContain(skip.Events, e => e.StartsWith("enter Name", StringComparison.Ordinal));
        Assert.Equal(2, skip.Events.Count(e => e == "leave Field"));

        var stop = new Recorder { OnEnter = n => n is FieldNode ? VisitorAction.Break : VisitorAction.Continue };
        AstWalker.Walk(Parser.Parse("{ a { b } c }"), stop);
        Assert.Equal("enter Field parent=SelectionSet", stop.Events[^1]);
    }

    private sealed class FieldCounter : AstVisitor
    {
        public int Fields { get; private set; }

        public List<string> Left { get; } = [];

        public override VisitorAction EnterField(FieldNode node)
        {
            Fields++;
            return VisitorAction.Continue;
        }

        public override void LeaveObjectTypeDefinition(ObjectTypeDefinitionNode node) => Left.Add(node.Name.Value);
    }

    [Fact]
    public void Dispatches_to_per_kind_methods_over_every_fixture_node()
    {
        var counter = new FieldCounter();
        AstWalker.Walk(Parser.Parse(Fixtures.Read("introspection-query.graphql")), counter);
        Assert.True(counter.Fields > 50);
        AstWalker.Walk(Parser.Parse(Fixtures.Read("schema-kitchen-sink.graphql")), counter);
        Assert.Contains("QueryRoot", counter.Left);
    }

    [Fact]
    public void Parallel_visitor_keeps_skip_state_per_visitor()
    {
        var skipper = new Recorder { OnEnter = n => n is FieldNode ? VisitorAction.Skip : VisitorAction.Continue };
        var breaker = new Recorder { OnEnter = n => n is SelectionSetNode ? VisitorAction.Break : VisitorAction.Continue };
        var all = new Recorder();
        AstWalker.Walk(Parser.Parse("{ a { b } c }"), new ParallelVisitor([skipper, breaker, all]));
        Assert.Equal(3, all.Events.Count(e => e.StartsWith("enter Field", StringComparison.Ordinal)));
        Assert.Equal(2, skipper.Events.Count(e => e.StartsWith("enter Field", StringComparison.Ordinal)));
        Assert.Equal("enter SelectionSet parent=OperationDefinition", breaker.Events[^1]);
        Assert.Equal("leave Document", all.Events[^1]);
        Assert.Equal("leave Document", skipper.Events[^1]);
    }
}
