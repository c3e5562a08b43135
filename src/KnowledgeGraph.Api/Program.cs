// The researchers' and curators' GraphQL API over the knowledge graph (issue 5): /graphql and /health.
using KnowledgeGraph.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddKnowledgeGraph();
var app = builder.Build();
app.MapKnowledgeGraph();
app.Run();
