namespace KnowledgeGraph.Import;
/// <summary>Importers of open datasets (see docs/import.md).</summary>
internal static class AssemblyMarker;
