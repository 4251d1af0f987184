using System.Text.Json;
using Apatorsen.Graph.Biolink;
using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;
using Apatorsen.Importer.Export;

namespace Apatorsen.Importer.Tests;

/// <summary>The KGX export of the shipped dataset, read back: the same graph, said in Biolink's terms, with metadata that describes it.</summary>
public sealed class KgxExportTests(ShippedKgxExport export) : IClassFixture<ShippedKgxExport>
{
    private static readonly GraphSchema Schema = ApatorsenSchema.Instance;
    private static readonly string[] NodeFieldsBesideProperties = ["id", "category", "provided_by"];
    private static readonly string[] EdgeFieldsBesideProperties = ["id", "category", "subject", "predicate", "object"];

    private GraphDataset Dataset => export.Dataset;

    private KgxGraph Graph => export.Graph;

    [Fact]
    public void Export_OfTheShippedData_Succeeds_AndSaysWhatItWrote()
    {
        Assert.True(export.Run.ExitCode == 0, export.Run.Error);
        Assert.Contains($"wrote {Dataset.Nodes.Count} nodes and {Dataset.Relationships.Count} edges", export.Run.Output, StringComparison.Ordinal);
        Assert.Equal(["apatorsen_edges.jsonl", "apatorsen_metadata.json", "apatorsen_nodes.jsonl"],
            Directory.EnumerateFileSystemEntries(export.Directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Nodes_AreTheDatasetsNodes_InTheFilesOrder_WithTheirCategories_AndEveryPropertyUnderItsSlot()
    {
        Assert.Equal(Dataset.Nodes.Select(n => n.Id), Graph.Nodes.Select(n => n.Id));
        foreach (var (expected, node) in Dataset.Nodes.Zip(Graph.Nodes))
        {
            Assert.Equal(BiolinkStatements.Categories(Schema.GetLabel(expected.Label)), node.Categories);
            Assert.Equal([KnowledgeSources.ThisGraph], KgxGraph.Strings(node.Fields, "provided_by", node.Id));
            var slots = expected.Properties.Where(p => p.Key != PropertyNames.Id).Select(p => BiolinkStatements.NodeSlot(p.Key, p.Value)).ToList();
            Assert.Equal(slots.Select(s => s.Slot).Concat(NodeFieldsBesideProperties).Order(StringComparer.Ordinal), node.Fields.Keys.Order(StringComparer.Ordinal));
            foreach (var slot in slots)
            {
                AssertValue(slot.Value, node.Fields[slot.Slot], $"{node.Id}.{slot.Slot}");
            }
        }
    }

    [Fact]
    public void Edges_AreTheDatasetsRelationships_InTheFilesOrder_EachAsItsBiolinkStatement_WithQualifiersProvenanceAndProperties()
    {
        Assert.Equal(Dataset.Relationships.Count, Graph.Edges.Count);
        foreach (var (relationship, edge) in Dataset.Relationships.Zip(Graph.Edges))
        {
            var type = Schema.GetRelationshipType(relationship.Type);
            var statement = BiolinkStatements.Of(type, relationship.StartId, relationship.EndId, relationship.Properties!);
            Assert.Equal((statement.Id, statement.Subject, statement.Predicate, statement.ObjectId), (edge.Id, edge.Subject, edge.Predicate, edge.Object));
            Assert.Equal([type.Biolink.Association], KgxGraph.Strings(edge.Fields, "category", edge.Id));
            foreach (var (qualifier, value) in statement.Qualifiers)
            {
                Assert.Equal(value, edge.Fields[qualifier].GetString());
            }

            var properties = relationship.Properties.Where(p => !statement.Qualifiers.ContainsKey(p.Key)).ToList();
            foreach (var (name, value) in properties)
            {
                AssertValue(value, edge.Fields[name], $"{edge.Id}.{name}");
            }

            Assert.Equal(EdgeFieldsBesideProperties.Concat(statement.Qualifiers.Keys).Concat(properties.Select(p => p.Key)).Order(StringComparer.Ordinal),
                edge.Fields.Keys.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Edges_CarryProvenanceAsKgxWantsIt_OnePrimarySource_ListsOfAggregatorsAndPublications()
    {
        Assert.All(Graph.Edges, edge =>
        {
            Assert.StartsWith("infores:", edge.Fields[PropertyNames.PrimaryKnowledgeSource].GetString(), StringComparison.Ordinal);
            Assert.Contains(edge.Fields[PropertyNames.KnowledgeLevel].GetString(), BiolinkModel.Instance.Enums["KnowledgeLevelEnum"].Values);
            Assert.Contains(edge.Fields[PropertyNames.AgentType].GetString(), BiolinkModel.Instance.Enums["AgentTypeEnum"].Values);
            foreach (var list in new[] { PropertyNames.AggregatorKnowledgeSource, PropertyNames.Publications }.Where(edge.Fields.ContainsKey))
            {
                Assert.Equal(JsonValueKind.Array, edge.Fields[list].ValueKind);
            }
        });
    }

    [Fact]
    public void TranscriptionStep_IsSaidAsBiolinkSaysIt_TheTranscriptTranscribedFromTheGene()
    {
        var edge = Assert.Single(Graph.Edges, e => e.Predicate == "biolink:transcribed_from");

        Assert.Equal(("apatorsen:hspb1-mrna", "HGNC:5246"), (edge.Subject, edge.Object));
    }

    [Fact]
    public void TargetsEdge_CarriesTheAntisenseQualifiers_AndTheTrialsPhaseIsAResearchPhase()
    {
        var targets = Assert.Single(Graph.Edges, e => e.Subject == "DRUGBANK:DB06094" && e.Object == "UniProtKB:P04792" && e.Fields.ContainsKey("causal_mechanism_qualifier"));
        var spruce = Assert.Single(Graph.Nodes, n => n.Id == "CLINICALTRIALS:NCT01829113");
        var apatorsen = Assert.Single(Graph.Nodes, n => n.Id == "DRUGBANK:DB06094");

        Assert.Equal("biolink:affects", targets.Predicate);
        Assert.Equal("antisense_oligonucleotide_inhibition", targets.Fields["causal_mechanism_qualifier"].GetString());
        Assert.Equal("decreased", targets.Fields["object_direction_qualifier"].GetString());
        Assert.Equal("biolink:causes", targets.Fields["qualified_predicate"].GetString());
        Assert.Equal("clinical_trial_phase_2", spruce.Fields["clinical_trial_phase"].GetString());
        Assert.False(spruce.Fields.ContainsKey("phase"));
        Assert.Contains("OGX-427", KgxGraph.Strings(apatorsen.Fields, "synonym", apatorsen.Id));
    }

    [Fact]
    public void Metadata_GivesTheBiolinkAndDatasetVersions_AndEachFilesRecordsAndSize()
    {
        var metadata = Graph.Metadata;
        var files = metadata.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, StringComparer.Ordinal);

        Assert.Equal("4.4.4", metadata.GetProperty("biolink_version").GetString());
        Assert.Equal(Dataset.Version, metadata.GetProperty("dataset_version").GetString());
        Assert.Equal(Dataset.Nodes.Count, files[KgxBundle.NodesFile].GetProperty("records").GetInt32());
        Assert.Equal(Dataset.Relationships.Count, files[KgxBundle.EdgesFile].GetProperty("records").GetInt32());
        foreach (var (name, file) in files)
        {
            var bytes = File.ReadAllBytes(Path.Combine(export.Directory, name));
            Assert.Equal(bytes.Length, file.GetProperty("bytes").GetInt64());
        }
    }

    [Fact]
    public void Metadata_PrefixMap_ExpandsEveryPrefixTheExportUses_AndNamesThoseBiolinkLacks()
    {
        var map = Graph.Metadata.GetProperty("prefix_map").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        var notInBiolink = Graph.Metadata.GetProperty("prefixes_not_in_biolink").EnumerateArray().Select(e => e.GetString()!).ToArray();

        var used = UsedCuries().Select(c => c[..c.IndexOf(':', StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(used.Order(StringComparer.Ordinal), map.Keys);
        Assert.All(map.Values, iri => Assert.Matches("^https?://", iri));
        Assert.Equal(map.Keys.Where(p => !BiolinkModel.Instance.PrefixMap.ContainsKey(p)), notInBiolink);
        Assert.Equal(["ATCC", "apatorsen", "cellosaurus", "clinicaltrials", "infores"], notInBiolink);
        Assert.Equal(ApatorsenSchema.ProjectNamespace, map[ApatorsenSchema.ProjectPrefix]);
        Assert.All(map.Where(p => BiolinkModel.Instance.PrefixMap.ContainsKey(p.Key)), p => Assert.Equal(BiolinkModel.Instance.PrefixMap[p.Key], p.Value));
    }

    [Fact]
    public void PrefixesDeclaredBesideBiolinks_NeverShadowOneOfItsOwn()
    {
        Assert.DoesNotContain(KgxPrefixes.NotInBiolink.Keys, BiolinkModel.Instance.PrefixMap.ContainsKey);
    }

    [Fact]
    public async Task Export_OfTheSameDataset_FromAnotherDirectory_IsTheSameBytes()
    {
        using var data = ShippedDataCopy.Create();
        using var again = new TemporaryDirectory();

        var run = await ImporterRun.RunAsync("export", "--format", "kgx", "--out", again.Path, "--data", data.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        foreach (var name in new[] { KgxBundle.NodesFile, KgxBundle.EdgesFile, KgxBundle.MetadataFile })
        {
            Assert.True(File.ReadAllBytes(Path.Combine(export.Directory, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(again.Path, name))), name);
        }
    }

    /// <summary>Every value of the export that is a CURIE, read from the files (not from the exporter's own list).</summary>
    private IEnumerable<string> UsedCuries()
    {
        string[] nodeCurieFields = ["xref", PropertyNames.FormerIds, PropertyNames.Taxon, PropertyNames.Species, "provided_by"];
        string[] edgeCurieFields = ["id", "category", "subject", "predicate", "object", "qualified_predicate",
            PropertyNames.PrimaryKnowledgeSource, PropertyNames.AggregatorKnowledgeSource, PropertyNames.Publications];
        foreach (var node in Graph.Nodes)
        {
            yield return node.Id;
            foreach (var value in node.Categories.Concat(nodeCurieFields.Where(node.Fields.ContainsKey).SelectMany(f => Texts(node.Fields[f]))))
            {
                yield return value;
            }
        }

        foreach (var value in Graph.Edges.SelectMany(e => edgeCurieFields.Where(e.Fields.ContainsKey).SelectMany(f => Texts(e.Fields[f]))))
        {
            yield return value;
        }
    }

    private static IEnumerable<string> Texts(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(e => e.GetString()!) : [value.GetString()!];

    private static void AssertValue(object expected, JsonElement actual, string where)
    {
        object? read = expected switch
        {
            string => actual.GetString(),
            long => actual.GetInt64(),
            double => actual.GetDouble(),
            bool => actual.GetBoolean(),
            string[] => actual.EnumerateArray().Select(e => e.GetString()!).ToArray(),
            long[] => actual.EnumerateArray().Select(e => e.GetInt64()).ToArray(),
            double[] => actual.EnumerateArray().Select(e => e.GetDouble()).ToArray(),
            _ => throw new ArgumentException($"{where}: unexpected {expected.GetType().Name}"),
        };
        Assert.True(Equals(expected, read) || (expected is Array a && read is Array b && a.Cast<object>().SequenceEqual(b.Cast<object>())),
            $"{where}: expected {JsonSerializer.Serialize(expected)}, found {actual.GetRawText()}");
    }
}
