using Apatorsen.Graph.Cypher;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Graph.Tests;

public sealed class SchemaArtifactsTests
{
    private static readonly GraphSchema Schema = ApatorsenSchema.Instance;

    [Fact]
    public void GeneratedFiles_MatchTheSchema_SoConstraintsImportStatementsAndDocsCannotDrift()
    {
        var drifted = new List<string>();
        foreach (var (path, expected) in SchemaArtifacts.Generate(Schema))
        {
            var full = RepositoryRoot.Combine(path.Split('/'));
            var actual = File.Exists(full) ? File.ReadAllText(full).ReplaceLineEndings("\n") : null;
            if (actual != expected)
            {
                drifted.Add(path);
                if (Environment.GetEnvironmentVariable("APATORSEN_REGENERATE") == "1")
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                    File.WriteAllText(full, expected);
                }
            }
        }

        Assert.True(drifted.Count == 0,
            "Out of date with the schema: " + string.Join(", ", drifted) +
            ". Run `dotnet run --project src/Apatorsen.Importer -- generate` and commit the result.");
    }

    [Fact]
    public void TrialQueries_TakeTheirReachFromTrialQuestions_AsTheEmbeddedBackendDoes()
    {
        Assert.Contains($"<-[:SUBCLASS_OF*0..{TrialQuestions.NarrowerIndicationDepth}]-(:Indication)", CypherCatalog.Get("queries/trials-for-indication"), StringComparison.Ordinal);
        Assert.Contains($"-->(:{string.Join('|', TrialQuestions.PartLabels)})-[r]->", CypherCatalog.Get("queries/trial"), StringComparison.Ordinal);
    }

    [Fact]
    public void ImportFolder_HoldsNoStatementTheSchemaDoesNotGenerate()
    {
        var generated = SchemaArtifacts.Generate(Schema).Keys.ToHashSet();
        var handWritten = new[]
            {
                "await-indexes", "count-nodes", "sync-nodes", "record-dataset", "recorded-dataset", "forget-dataset", "bulk/own-nodes", "bulk/own-relationships",
            }
            .Select(n => $"cypher/import/{n}.cypher");
        var onDisk = Directory.EnumerateFiles(RepositoryRoot.Combine("cypher", "import"), "*.cypher", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryRoot.Path, f).Replace('\\', '/'));

        Assert.Empty(onDisk.Except(generated).Except(handWritten));
    }

    [Fact]
    public void SchemaCypher_HasAUniqueIdConstraintForEveryLabelAndEntity()
    {
        var statements = CypherCatalog.GetStatements("schema");

        foreach (var label in Schema.Labels.Select(l => l.Label).Append(ImportNames.EntityLabel))
        {
            Assert.Contains(statements, s => s.Contains($"FOR (n:{label}) REQUIRE n.id IS UNIQUE", StringComparison.Ordinal));
        }

        Assert.All(statements, s => Assert.Contains("IF NOT EXISTS", s, StringComparison.Ordinal));
    }

    [Fact]
    public void DatasetLabel_IsBookkeeping_KnownToTheLint_NotAnEntityOrABiolinkCategory()
    {
        using var json = System.Text.Json.JsonDocument.Parse(SchemaArtifacts.Generate(Schema)["docs/schema.json"]);
        var labels = json.RootElement.GetProperty("labels").EnumerateArray().Select(l => l.GetString()).ToList();
        var categorised = json.RootElement.GetProperty("nodeLabels").EnumerateArray().Select(l => l.GetProperty("label").GetString()).ToList();

        Assert.Contains(ImportNames.DatasetLabel, labels);
        Assert.DoesNotContain(ImportNames.DatasetLabel, categorised);
        Assert.Null(Schema.FindLabel(ImportNames.DatasetLabel));
        Assert.Contains(CypherCatalog.GetStatements("schema"), s => s.Contains("FOR (d:Dataset) REQUIRE d.name IS UNIQUE", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryLabelAndType_HasAnEmbeddedImportStatementNamingIt()
    {
        foreach (var label in Schema.Labels)
        {
            Assert.Contains($"MERGE (n:{label.Label}:Entity {{id: row.id}})", CypherCatalog.Get(SchemaArtifacts.NodeImportName(label.Label)), StringComparison.Ordinal);
        }

        foreach (var type in Schema.RelationshipTypes)
        {
            Assert.Contains($"MERGE (s)-[r:{type.Type} {{dataset: $dataset}}]->(e)", CypherCatalog.Get(SchemaArtifacts.RelationshipImportName(type.Type)), StringComparison.Ordinal);
            Assert.Contains($"MATCH ()-[r:{type.Type}]->()", CypherCatalog.Get(SchemaArtifacts.RelationshipRemovalName(type.Type)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Schema_GivesEachPropertyNameOneTypeEverywhere_SoHeadersCanBeCheckedOnce()
    {
        var properties = Schema.Labels.SelectMany(l => l.Properties).Concat(Schema.RelationshipTypes.SelectMany(t => t.Properties));

        var conflicting = properties.GroupBy(p => p.Name).Where(g => g.Select(p => p.Type).Distinct().Count() > 1).Select(g => g.Key);

        Assert.Empty(conflicting);
    }

    [Fact]
    public void Schema_RelationshipEndpointsAreLabelsOfTheSchema()
    {
        var labels = Schema.Labels.Select(l => l.Label).ToHashSet();

        Assert.All(Schema.RelationshipTypes, t => Assert.Subset(labels, t.StartLabels.Concat(t.EndLabels).ToHashSet()));
    }

    [Fact]
    public void Schema_MapsEveryLabelAndTypeToBiolink()
    {
        Assert.All(Schema.Labels, l => Assert.StartsWith("biolink:", l.BiolinkCategory, StringComparison.Ordinal));
        Assert.All(Schema.RelationshipTypes, t => Assert.StartsWith("biolink:", t.Biolink.Predicate, StringComparison.Ordinal));
        Assert.Equal("antisense_oligonucleotide_inhibition", Schema.GetRelationshipType("TARGETS").Biolink.Qualifiers["causal_mechanism_qualifier"]);
    }

    [Fact]
    public void Schema_RequiresAPrimarySourceAKnowledgeLevelAndAnAgentType_OnEveryRelationshipType()
    {
        foreach (var property in new[] { PropertyNames.PrimaryKnowledgeSource, PropertyNames.KnowledgeLevel, PropertyNames.AgentType })
        {
            Assert.All(Schema.RelationshipTypes, t => Assert.True(t.FindProperty(property) is { Required: true, AllowedValues: not null }, $"{t.Type}.{property}"));
        }

        Assert.All(Schema.RelationshipTypes, t => Assert.True(t.FindProperty(PropertyNames.Publications) is { Type: PropertyType.StringArray }, t.Type));
    }
}
