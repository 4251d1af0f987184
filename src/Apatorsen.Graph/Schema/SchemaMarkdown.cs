using System.Text;

namespace Apatorsen.Graph.Schema;

/// <summary>Renders docs/schema.md: a picture of the graph and a table per label and relationship type.</summary>
internal static class SchemaMarkdown
{
    public static string Render(GraphSchema schema)
    {
        var md = new StringBuilder();
        md.Append("# Graph schema\n\n");
        md.Append("Generated from `src/Apatorsen.Graph/Schema/ApatorsenSchema.cs` by ")
          .Append("`dotnet run --project src/Apatorsen.Importer -- generate`; do not edit by hand. ")
          .Append("Every node also carries the label `Entity`; the importer adds `datasets` and `datasetVersions` (the datasets ")
          .Append("holding the node, one `name@version` each) to every node, `dataset` and `datasetVersion` to every relationship, ")
          .Append("and one bookkeeping `(:Dataset {name, version, nodes, relationships, importedAt})` node per dataset (docs/neo4j.md). ")
          .Append("Arrays use `;` in the CSV files.\n\n")
          .Append("Every label maps to a concrete class and every relationship type to a predicate of Biolink Model ")
          .Append(Biolink.BiolinkModel.Instance.Version)
          .Append(", checked by `tests/Apatorsen.Graph.Tests/BiolinkConformanceTests.cs` against the model's facts ")
          .Append("(`src/Apatorsen.Graph/Biolink`). Properties that are Biolink slots (provenance, qualifiers, statistics) carry ")
          .Append("the slot's own name; the project's own properties are camelCase. Every relationship has a ")
          .Append("`primary_knowledge_source` (an infores CURIE), a `knowledge_level` and an `agent_type`; `publications` ")
          .Append("is its evidence, required where this graph is the primary source. Ids prefixed `")
          .Append(ApatorsenSchema.ProjectPrefix).Append(":` are the project's own and expand to `")
          .Append(ApatorsenSchema.ProjectNamespace).Append("`.\n\n");

        md.Append("## Picture\n\n```mermaid\nflowchart LR\n");
        foreach (var type in schema.RelationshipTypes)
        {
            foreach (var start in type.StartLabels)
            {
                foreach (var end in type.EndLabels)
                {
                    md.Append("  ").Append(start).Append(" -- ").Append(type.Type).Append(" --> ").Append(end).Append('\n');
                }
            }
        }

        md.Append("```\n\n## Labels\n\n");
        foreach (var label in schema.Labels)
        {
            md.Append("### ").Append(label.Label).Append("\n\n")
              .Append(label.Description).Append("\n\n")
              .Append("Biolink category: `").Append(label.BiolinkCategory).Append("`. Ids: ")
              .AppendJoin(", ", label.IdRules.Select(r => $"`{r.Prefix}:` ({r.Authority}, e.g. `{r.Example}`)"))
              .Append(".\n\n");
            AppendProperties(md, label.Properties);
        }

        md.Append("## Relationship types\n\n");
        foreach (var type in schema.RelationshipTypes)
        {
            md.Append("### ").Append(type.Type).Append("\n\n")
              .Append(type.Description).Append("\n\n")
              .Append('`').AppendJoin("|", type.StartLabels).Append("` → `").AppendJoin("|", type.EndLabels).Append("`. ")
              .Append("Biolink: `").Append(type.Biolink.Predicate).Append('`');
            if (type.Biolink.Inverse)
            {
                md.Append(" (subject and object swapped)");
            }

            if (type.Biolink.Qualifiers.Count > 0)
            {
                md.Append(" with ").AppendJoin(", ", type.Biolink.Qualifiers.Select(q => $"`{q.Key}: {q.Value}`"));
            }

            md.Append(", as `").Append(type.Biolink.Association).Append("`.");
            if (type.Biolink.Note is { } note)
            {
                md.Append(' ').Append(note);
            }

            md.Append("\n\n");
            AppendProperties(md, type.Properties);
        }

        return md.ToString();
    }

    private static void AppendProperties(StringBuilder md, IReadOnlyList<PropertyDefinition> properties)
    {
        md.Append("| property | type | required | indexed | meaning |\n|---|---|---|---|---|\n");
        foreach (var p in properties)
        {
            md.Append("| `").Append(p.Name).Append("` | ").Append(p.Type.HeaderName()).Append(" | ")
              .Append(p.Required ? "yes" : "").Append(" | ").Append(p.Indexed ? "yes" : "").Append(" | ")
              .Append(p.Description.Replace("|", "\\|", StringComparison.Ordinal));
            if (p.AllowedValues is { } values)
            {
                md.Append(values.Count <= 12
                    ? $" One of {string.Join(", ", values.Select(v => $"`{v}`"))}."
                    : $" One of the {values.Count} values of the enum.");
            }

            if (p.Requires is { } requires)
            {
                md.Append(" Only with `").Append(requires).Append("`.");
            }

            md.Append(" |\n");
        }

        md.Append('\n');
    }
}
