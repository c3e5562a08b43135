namespace KnowledgeGraph.GraphQL.AspNetCore;
/// <summary>GraphQL over HTTP endpoints for ASP.NET Core.</summary>
internal static class AssemblyMarker;
