// The researchers' and curators' GraphQL API over the knowledge graph (issue 5): /graphql and /health (with /health/live
// and /health/ready, issue 19), and the partnership dashboard at / (issue 15), which talks to /graphql like any other
// client. Service defaults (issue 19): OpenTelemetry traces and metrics when configured, the per-request log line, the
// Prometheus endpoint.
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Dashboard;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddKnowledgeGraph();
var app = builder.Build();
app.MapServiceDefaults();
app.MapKnowledgeGraph();
app.MapDashboard();
app.Run();
