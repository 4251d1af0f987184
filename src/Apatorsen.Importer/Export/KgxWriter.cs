using Apatorsen.Graph.Biolink;
using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Importer.Export;

/// <summary>
/// Receives the dataset's records as the validator reads them and writes each at once as a line of the nodes or edges
/// file: nothing is held but the line being encoded, and the order is the files' (sorted by path) and their rows'.
/// </summary>
internal sealed class KgxWriter(GraphSchema schema, KgxBundle bundle, PrefixUsage prefixes) : IDatasetVisitor
{
    public void OnNode(NodeRecord node)
    {
        foreach (var name in KgxPrefixes.CurieProperties)
        {
            switch (node.Properties.GetValueOrDefault(name))
            {
                case string curie:
                    prefixes.Note(curie, name, node.File, node.Line);
                    break;
                case string[] curies:
                    foreach (var curie in curies)
                    {
                        prefixes.Note(curie, name, node.File, node.Line);
                    }

                    break;
            }
        }

        KgxNodeLine.Write(bundle.Nodes.StartLine(), schema.GetLabel(node.Label), node);
        bundle.Nodes.EndLine();
    }

    public void OnRelationship(RelationshipRecord relationship)
    {
        var type = schema.GetRelationshipType(relationship.Type);
        // The record's values are never null; the mapping takes nullable ones for callers whose values may be.
        var statement = BiolinkStatements.Of(type, relationship.StartId, relationship.EndId, relationship.Properties!);
        KgxEdgeLine.Write(bundle.Edges.StartLine(), type, relationship, statement);
        bundle.Edges.EndLine();
    }
}
