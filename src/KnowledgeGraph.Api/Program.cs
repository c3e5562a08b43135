// The researchers' and curators' GraphQL API over the knowledge graph (issue 5): /graphql and /health, and the
// partnership dashboard at / (issue 15), which talks to /graphql like any other client.
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Dashboard;

var builder = WebApplication.CreateBuilder(args);
builder.AddKnowledgeGraph();
var app = builder.Build();
app.MapKnowledgeGraph();
app.MapDashboard();
app.Run();
