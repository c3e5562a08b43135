// The researchers' GraphQL API over the knowledge graph (issue 5). Work in progress.
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/health", () => Results.Ok(new { status = "starting" }));
await app.RunAsync().ConfigureAwait(false);
