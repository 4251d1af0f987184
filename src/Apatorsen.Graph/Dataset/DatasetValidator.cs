using Apatorsen.Graph.Schema;

namespace Apatorsen.Graph.Dataset;

/// <summary>Receives the records of a dataset as the validator reads them.</summary>
public interface IDatasetVisitor
{
    void OnNode(NodeRecord node);

    void OnRelationship(RelationshipRecord relationship);
}

/// <summary>The outcome of validating a dataset directory.</summary>
public sealed record ValidationReport(
    IReadOnlyList<DatasetProblem> Problems,
    int DroppedProblems,
    IReadOnlyDictionary<string, long> NodeCounts,
    IReadOnlyDictionary<string, long> RelationshipCounts,
    IReadOnlyList<string> NodeFiles,
    IReadOnlyList<string> RelationshipFiles)
{
    public bool IsValid => Problems.Count == 0;

    public long NodeTotal => NodeCounts.Values.Sum();

    public long RelationshipTotal => RelationshipCounts.Values.Sum();
}

/// <summary>
/// Validates a whole dataset directory in one streaming pass (node files, then relationship files)
/// and reports every problem: row-level ones from <see cref="DatasetFileReader"/> and the cross-row
/// rules here — duplicate ids, former ids that clash, id formats, dangling endpoints, disallowed label pairs,
/// publications that are not Publication or ClinicalTrial nodes, curated relationships without evidence, duplicate
/// relationships.
/// </summary>
public sealed class DatasetValidator(GraphSchema schema)
{
    private readonly record struct NodeEntry(int Ordinal, string Label, string File, long Line);

    // Lists of publications (by reference) whose every entry is a citable node: bounded, as lists that do not repeat
    // gain nothing from it. Only nodes are read before relationships, so a list once found citable stays so.
    private const int MaxCitedPublicationLists = 4096;

    private readonly Dictionary<string, int> _typeOrdinals = schema.RelationshipTypes
        .Select((t, i) => (t.Type, i)).ToDictionary(p => p.Type, p => p.i, StringComparer.Ordinal);

    // A relationship's identity packed in 64 bits (start ordinal, type ordinal, end ordinal), so that
    // duplicate detection costs a few bytes per relationship rather than a dictionary entry with strings.
    private long PackKey(int start, string type, int end) => ((long)start << 36) | ((long)_typeOrdinals[type] << 28) | (uint)end;

    /// <summary>Validates every file of the directory; <paramref name="cancellationToken"/> is checked once per row.</summary>
    public ValidationReport Validate(string directory, IDatasetVisitor? visitor = null, CancellationToken cancellationToken = default)
    {
        var problems = new ProblemCollector();
        var files = DatasetDirectory.FindFiles(directory, problems);
        var readers = files.Select(f => DatasetFileReader.Open(directory, f, schema, problems)).ToList();
        try
        {
            var nodeReaders = readers.Where(r => r.Header?.Kind == DatasetFileKind.Nodes).ToList();
            var relationshipReaders = readers.Where(r => r.Header?.Kind == DatasetFileKind.Relationships).ToList();
            var nodes = new Dictionary<string, NodeEntry>(StringComparer.Ordinal);
            var nodeCounts = new Dictionary<string, long>(StringComparer.Ordinal);
            var relationshipCounts = new Dictionary<string, long>(StringComparer.Ordinal);

            var formerOwners = new Dictionary<string, (string Id, string File, long Line, int Column)>(StringComparer.Ordinal);
            foreach (var reader in nodeReaders)
            {
                foreach (var node in reader.ReadNodes())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    CheckNode(node, reader.Header!, nodes, formerOwners, problems);
                    Increment(nodeCounts, node.Label);
                    visitor?.OnNode(node);
                }
            }

            CheckFormerIds(nodes, formerOwners, problems);

            var seen = new HashSet<long>();
            var citedPublications = new HashSet<IReadOnlyList<string>>(ReferenceEqualityComparer.Instance);
            var duplicates = new List<(long Key, RelationshipRecord Relationship, int TypeColumn)>();
            foreach (var reader in relationshipReaders)
            {
                foreach (var relationship in reader.ReadRelationships())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    CheckRelationship(relationship, reader.Header!, nodes, seen, citedPublications, duplicates, problems);
                    Increment(relationshipCounts, relationship.Type);
                    visitor?.OnRelationship(relationship);
                }
            }

            ReportDuplicates(directory, relationshipReaders.Select(r => r.RelativePath), nodes, duplicates, problems);

            return new ValidationReport(
                problems.Problems, problems.Dropped, nodeCounts, relationshipCounts,
                nodeReaders.Select(r => r.RelativePath).ToArray(), relationshipReaders.Select(r => r.RelativePath).ToArray());
        }
        finally
        {
            readers.ForEach(r => r.Dispose());
        }
    }

    private static void Increment(Dictionary<string, long> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    private void CheckNode(
        NodeRecord node, CsvHeader header, Dictionary<string, NodeEntry> nodes,
        Dictionary<string, (string Id, string File, long Line, int Column)> formerOwners, ProblemCollector problems)
    {
        var idColumn = header.IdIndex + 1;
        var label = schema.GetLabel(node.Label);
        if (!label.AcceptsId(node.Id))
        {
            var examples = string.Join(", ", label.IdRules.Select(r => r.Example));
            problems.Add(node.File, node.Line, idColumn, $"id {EchoedText.Quote(node.Id)} is not a valid {node.Label} id; expected an id like {examples}");
        }

        if (nodes.TryGetValue(node.Id, out var first))
        {
            problems.Add(node.File, node.Line, idColumn, $"duplicate id {EchoedText.Quote(node.Id)}, first defined at {first.File}:{first.Line}");
            return;
        }

        nodes.Add(node.Id, new NodeEntry(nodes.Count, node.Label, node.File, node.Line));
        if (node.Properties.GetValueOrDefault(PropertyNames.FormerIds) is string[] formerIds)
        {
            var column = header.Properties.First(c => c.PropertyName == PropertyNames.FormerIds).Index + 1;
            foreach (var formerId in formerIds)
            {
                if (!formerOwners.TryAdd(formerId, (node.Id, node.File, node.Line, column)))
                {
                    var owner = formerOwners[formerId];
                    problems.Add(node.File, node.Line, column, $"former id {EchoedText.Quote(formerId)} is already a former id of {owner.Id} ({owner.File}:{owner.Line})");
                }
            }
        }
    }

    // A former id must name one node only, and no node may still have it: the API resolves it to its new owner.
    private static void CheckFormerIds(Dictionary<string, NodeEntry> nodes, Dictionary<string, (string Id, string File, long Line, int Column)> formerOwners, ProblemCollector problems)
    {
        foreach (var (formerId, owner) in formerOwners)
        {
            if (nodes.TryGetValue(formerId, out var current))
            {
                problems.Add(owner.File, owner.Line, owner.Column,
                    $"former id {EchoedText.Quote(formerId)} of {owner.Id} is the id of a node ({current.File}:{current.Line})");
            }
        }
    }

    private void CheckRelationship(
        RelationshipRecord relationship, CsvHeader header, Dictionary<string, NodeEntry> nodes,
        HashSet<long> seen, HashSet<IReadOnlyList<string>> citedPublications, List<(long Key, RelationshipRecord Relationship, int TypeColumn)> duplicates,
        ProblemCollector problems)
    {
        var file = relationship.File;
        var line = relationship.Line;
        var type = schema.GetRelationshipType(relationship.Type);

        var startFound = nodes.TryGetValue(relationship.StartId, out var start);
        if (!startFound)
        {
            problems.Add(file, line, header.StartIdIndex + 1, $"start id {EchoedText.Quote(relationship.StartId)} does not exist in the dataset");
        }

        var endFound = nodes.TryGetValue(relationship.EndId, out var end);
        if (!endFound)
        {
            problems.Add(file, line, header.EndIdIndex + 1, $"end id {EchoedText.Quote(relationship.EndId)} does not exist in the dataset");
        }

        if (startFound && endFound && !type.Allows(start.Label, end.Label))
        {
            problems.Add(file, line, header.TypeIndex + 1,
                $"{type.Type} cannot connect {start.Label} to {end.Label}; the schema allows {string.Join("|", type.StartLabels)} -> {string.Join("|", type.EndLabels)}");
        }

        int? publicationsColumn = header.PublicationsIndex >= 0 ? header.PublicationsIndex + 1 : null;
        var publications = relationship.Publications;
        // The reader hands out one array for a list of publications that repeats: such a list is checked once.
        var checkedBefore = citedPublications.Contains(publications);
        var allCited = true;
        foreach (var publication in checkedBefore ? [] : publications)
        {
            if (!nodes.TryGetValue(publication, out var cited))
            {
                problems.Add(file, line, publicationsColumn, $"publication {EchoedText.Quote(publication)} is not a node of the dataset");
                allCited = false;
            }
            else if (cited.Label is not (LabelNames.Publication or LabelNames.ClinicalTrial))
            {
                problems.Add(file, line, publicationsColumn, $"publication {EchoedText.Quote(publication)} is a {cited.Label}, not a Publication or a ClinicalTrial (whose registry record can be cited)");
                allCited = false;
            }
        }

        if (!checkedBefore && allCited && publications.Count > 0 && citedPublications.Count < MaxCitedPublicationLists)
        {
            citedPublications.Add(publications);
        }

        // What this graph asserts itself must say what supports it; statements taken from an ontology or database rest on that source.
        if (publications.Count == 0
            && relationship.Properties.GetValueOrDefault(PropertyNames.PrimaryKnowledgeSource) is KnowledgeSources.ThisGraph)
        {
            problems.Add(file, line, publicationsColumn,
                $"a relationship whose primary knowledge source is {KnowledgeSources.ThisGraph} needs at least one publication");
        }

        if (startFound && endFound)
        {
            var key = PackKey(start.Ordinal, type.Type, end.Ordinal);
            if (!seen.Add(key))
            {
                duplicates.Add((key, relationship, header.TypeIndex + 1));
            }
        }
    }

    /// <summary>Reports each duplicate with where its first occurrence is, found by a second read only when there are duplicates.</summary>
    private void ReportDuplicates(
        string directory, IEnumerable<string> files, Dictionary<string, NodeEntry> nodes,
        List<(long Key, RelationshipRecord Relationship, int TypeColumn)> duplicates, ProblemCollector problems)
    {
        if (duplicates.Count == 0)
        {
            return;
        }

        var wanted = duplicates.Select(d => d.Key).ToHashSet();
        var first = new Dictionary<long, (string File, long Line)>();
        foreach (var file in files)
        {
            using var reader = DatasetFileReader.Open(directory, Path.Combine(directory, file), schema, new ProblemCollector());
            foreach (var relationship in reader.ReadRelationships())
            {
                if (nodes.TryGetValue(relationship.StartId, out var start) && nodes.TryGetValue(relationship.EndId, out var end)
                    && _typeOrdinals.ContainsKey(relationship.Type))
                {
                    var key = PackKey(start.Ordinal, relationship.Type, end.Ordinal);
                    if (wanted.Contains(key))
                    {
                        first.TryAdd(key, (relationship.File, relationship.Line));
                    }
                }
            }
        }

        foreach (var (key, relationship, typeColumn) in duplicates)
        {
            var (firstFile, firstLine) = first[key];
            problems.Add(relationship.File, relationship.Line, typeColumn,
                $"duplicate relationship ({relationship.StartId})-[:{relationship.Type}]->({relationship.EndId}), first defined at {firstFile}:{firstLine}");
        }
    }
}
