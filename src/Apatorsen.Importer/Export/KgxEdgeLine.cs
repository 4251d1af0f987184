using System.Text.Json;
using Apatorsen.Graph.Biolink;
using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Importer.Export;

/// <summary>
/// A relationship as a KGX edge record: <c>id</c>, <c>category</c> (its association class), <c>subject</c>,
/// <c>predicate</c>, <c>object</c> (swapped where the type stores the inverse of its predicate), its qualifiers by slot
/// name, then its properties in the schema's order: the provenance slots first, then its own.
/// </summary>
internal static class KgxEdgeLine
{
    public static void Write(Utf8JsonWriter json, RelationshipTypeDefinition type, RelationshipRecord relationship, BiolinkStatement statement)
    {
        json.WriteString("id", statement.Id);
        json.WriteStartArray("category");
        json.WriteStringValue(type.Biolink.Association);
        json.WriteEndArray();
        json.WriteString("subject", statement.Subject);
        json.WriteString("predicate", statement.Predicate);
        json.WriteString("object", statement.ObjectId);
        foreach (var (name, value) in statement.Qualifiers)
        {
            json.WriteString(name, value);
        }

        foreach (var property in type.Properties)
        {
            // A property that is a qualifier was written with the statement's qualifiers.
            if (!BiolinkStatements.IsQualifier(property.Name) && relationship.Properties.TryGetValue(property.Name, out var value))
            {
                KgxValues.Write(json, property.Name, value);
            }
        }
    }
}
