using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Apatorsen.Graph.Cypher;
using Apatorsen.Graph.Style;

namespace Apatorsen.Graph.Schema;

/// <summary>
/// Generates the files that follow from the schema — constraints and indexes, one import statement per
/// label and per relationship type, docs/schema.md and docs/schema.json (read by the Cypher lint), and
/// Neo4j Browser's style sheet from the palette — so none of them can drift from the code. Paths are relative
/// to the repository root.
/// </summary>
public static class SchemaArtifacts
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Keys of the row maps the import statements receive in <c>$rows</c>.</summary>
    public static IReadOnlyList<string> ImportRowKeys { get; } = ["id", "start", "end", "properties"];

    public static string NodeImportName(string label) => $"import/nodes/{Kebab(label)}";

    public static string RelationshipImportName(string type) => $"import/relationships/{Kebab(type)}";

    /// <summary>The statement removing one dataset's relationships of a type, but for one version, through the type's dataset index.</summary>
    public static string RelationshipRemovalName(string type) => $"import/removal/{Kebab(type)}";

    public static IReadOnlyDictionary<string, string> Generate(GraphSchema schema)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["cypher/schema.cypher"] = SchemaCypher(schema),
            ["docs/schema.md"] = SchemaMarkdown.Render(schema),
            ["docs/schema.json"] = SchemaJson(schema),
            ["cypher/browser/style.grass"] = GrassStyleSheet.Render(schema, Palette.Shipped),
        };
        files["cypher/queries/mechanism.cypher"] = MechanismQuery(schema);
        files["cypher/queries/trial.cypher"] = TrialQuery();
        files["cypher/queries/trials-for-indication.cypher"] = TrialsForIndicationQuery();
        foreach (var label in schema.Labels)
        {
            files[$"cypher/{NodeImportName(label.Label)}.cypher"] =
                CypherCatalog.GetTemplate("node-import").Replace("{Label}", label.Label, StringComparison.Ordinal);
        }

        foreach (var type in schema.RelationshipTypes)
        {
            files[$"cypher/{RelationshipImportName(type.Type)}.cypher"] =
                CypherCatalog.GetTemplate("relationship-import").Replace("{Type}", type.Type, StringComparison.Ordinal);
            files[$"cypher/{RelationshipRemovalName(type.Type)}.cypher"] = FillType(CypherCatalog.GetTemplate("relationship-removal"), type.Type);
        }

        files["cypher/import/count-relationships.cypher"] = CountRelationships(schema);
        return files;
    }

    private static string SchemaCypher(GraphSchema schema)
    {
        var text = new StringBuilder(CypherCatalog.GetTemplate("schema-header"));
        text.Append('\n').Append("// One unique id per label.\n");
        foreach (var label in schema.Labels)
        {
            text.Append(Fill(CypherCatalog.GetTemplate("id-constraint"), label.Label, null));
        }

        text.Append('\n').Append("// Lookup indexes on the properties queries anchor on.\n");
        foreach (var label in schema.Labels)
        {
            foreach (var property in label.Properties.Where(p => p.Indexed))
            {
                text.Append(Fill(CypherCatalog.GetTemplate("lookup-index"), label.Label, property.Name));
            }
        }

        text.Append('\n').Append("// Per relationship type, the importer's way to the relationships of one dataset and version (removal, count check).\n");
        foreach (var type in schema.RelationshipTypes)
        {
            text.Append(FillType(CypherCatalog.GetTemplate("relationship-dataset-index"), type.Type));
        }

        text.Append('\n').Append(CypherCatalog.GetTemplate("fulltext-index")
            .Replace("{Labels}", string.Join('|', schema.Labels.Select(l => l.Label)), StringComparison.Ordinal)
            .Replace("{Properties}", "n.name, n.synonyms, n.id, n.formerIds", StringComparison.Ordinal));
        return text.ToString();
    }

    private static string CountRelationships(GraphSchema schema)
    {
        var parts = schema.RelationshipTypes.Select(type => FillType(CypherCatalog.GetTemplate("count-relationships-part"), type.Type));
        return CypherCatalog.GetTemplate("count-relationships").Replace("{Parts}", string.Join("\n  UNION ALL\n", parts), StringComparison.Ordinal);
    }

    private static string FillType(string template, string type) => template
        .Replace("{type}", Snake(type), StringComparison.Ordinal)
        .Replace("{Type}", type, StringComparison.Ordinal);

    private static string MechanismQuery(GraphSchema schema)
    {
        var continuing = MechanismChains.ContinuingTypes(schema);
        return CypherCatalog.GetTemplate("mechanism-query")
            .Replace("{MaxSteps}", MechanismChains.MaxSteps.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{StepTypes}", string.Join('|', MechanismChains.StepTypes(schema)), StringComparison.Ordinal)
            .Replace("{ContinuingTypes}", string.Join('|', continuing), StringComparison.Ordinal)
            .Replace("{ContinuingTypeList}", string.Join(", ", continuing.Select(t => $"'{t}'")), StringComparison.Ordinal)
            .Replace("{PassThroughLabels}", string.Join(" and ", MechanismChains.PassThroughLabels), StringComparison.Ordinal)
            .Replace("{PassThroughX}", HasAnyLabel("x"), StringComparison.Ordinal)
            .Replace("{PassThroughLast}", HasAnyLabel("last"), StringComparison.Ordinal);

        static string HasAnyLabel(string variable) => string.Join(" OR ", MechanismChains.PassThroughLabels.Select(l => $"{variable}:{l}"));
    }

    private static string TrialQuery() => CypherCatalog.GetTemplate("trial-query")
        .Replace("{PartLabels}", string.Join(", ", TrialQuestions.PartLabels), StringComparison.Ordinal)
        .Replace("{PartLabelAlternatives}", string.Join('|', TrialQuestions.PartLabels), StringComparison.Ordinal);

    private static string TrialsForIndicationQuery() => CypherCatalog.GetTemplate("trials-for-indication-query")
        .Replace("{Depth}", TrialQuestions.NarrowerIndicationDepth.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static string Fill(string template, string label, string? property) => template
        .Replace("{label}", Snake(label), StringComparison.Ordinal)
        .Replace("{Label}", label, StringComparison.Ordinal)
        .Replace("{property_name}", property is null ? "" : Snake(property), StringComparison.Ordinal)
        .Replace("{property}", property ?? "", StringComparison.Ordinal);

    private static string SchemaJson(GraphSchema schema)
    {
        var document = new
        {
            comment = "Generated from src/Apatorsen.Graph/Schema/ApatorsenSchema.cs by `dotnet run --project src/Apatorsen.Importer -- generate`; do not edit.",
            labels = schema.Labels.Select(l => l.Label).Prepend(ImportNames.EntityLabel).Append(ImportNames.DatasetLabel).ToArray(),
            bookkeepingLabels = new[] { ImportNames.DatasetLabel },
            relationshipTypes = schema.RelationshipTypes.Select(t => t.Type).ToArray(),
            propertyKeys = schema.PropertyKeys().Concat(ImportRowKeys).Distinct().Order(StringComparer.Ordinal).ToArray(),
            nodeLabels = schema.Labels.Select(l => new
            {
                label = l.Label,
                biolinkCategory = l.BiolinkCategory,
                description = l.Description,
                idRules = l.IdRules.Select(r => new { prefix = r.Prefix, localPattern = r.LocalPattern, example = r.Example, authority = r.Authority }),
                properties = l.Properties.Select(Property),
            }),
            relationships = schema.RelationshipTypes.Select(t => new
            {
                type = t.Type,
                description = t.Description,
                startLabels = t.StartLabels,
                endLabels = t.EndLabels,
                biolinkPredicate = t.Biolink.Predicate,
                biolinkAssociation = t.Biolink.Association,
                biolinkQualifiers = t.Biolink.Qualifiers,
                biolinkInverse = t.Biolink.Inverse,
                biolinkNote = t.Biolink.Note,
                properties = t.Properties.Select(Property),
            }),
        };
        return JsonSerializer.Serialize(document, JsonOptions).ReplaceLineEndings("\n") + "\n";
    }

    private static object Property(PropertyDefinition p) =>
        new { name = p.Name, type = p.Type.HeaderName(), required = p.Required, indexed = p.Indexed, description = p.Description, allowedValues = p.AllowedValues, requires = p.Requires };

    internal static string Snake(string name) => Separate(name, '_');

    internal static string Kebab(string name) => Separate(name, '-');

    private static string Separate(string name, char separator)
    {
        if (!name.Any(char.IsLower))
        {
            return name.ToLowerInvariant().Replace('_', separator);
        }

        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append(separator);
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
