using System.Text.Json;
using Apatorsen.Graph.Biolink;
using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Importer.Export;

/// <summary>
/// A node as a KGX node record: <c>id</c>, <c>category</c> (a list), then its properties in the schema's order, each under
/// the Biolink slot it fills or its own name, then <c>provided_by</c>: this graph, which assembled every node.
/// </summary>
internal static class KgxNodeLine
{
    private static readonly string[] ProvidedBy = [KnowledgeSources.ThisGraph];

    public static void Write(Utf8JsonWriter json, NodeLabelDefinition label, NodeRecord node)
    {
        json.WriteString("id", node.Id);
        KgxValues.WriteStrings(json, "category", BiolinkStatements.Categories(label));
        foreach (var property in label.Properties)
        {
            if (property.Name != PropertyNames.Id && node.Properties.TryGetValue(property.Name, out var value))
            {
                var slot = BiolinkStatements.NodeSlot(property.Name, value);
                KgxValues.Write(json, slot.Slot, slot.Value);
            }
        }

        KgxValues.WriteStrings(json, "provided_by", ProvidedBy);
    }
}
