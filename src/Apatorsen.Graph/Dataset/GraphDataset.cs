using System.Security.Cryptography;
using System.Text;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Graph.Dataset;

/// <summary>A validated dataset held in memory: the embedded graph's source and the tests' reference.</summary>
public sealed class GraphDataset
{
    private GraphDataset(string version, IReadOnlyList<NodeRecord> nodes, IReadOnlyList<RelationshipRecord> relationships)
    {
        Version = version;
        Nodes = nodes;
        Relationships = relationships;
    }

    /// <summary>A content hash of the dataset's files: equal files, equal version.</summary>
    public string Version { get; }

    public IReadOnlyList<NodeRecord> Nodes { get; }

    public IReadOnlyList<RelationshipRecord> Relationships { get; }

    /// <summary>Reads and validates a dataset directory; throws <see cref="InvalidDatasetException"/> listing every problem.</summary>
    public static GraphDataset Load(string directory, GraphSchema schema)
    {
        var collector = new Collector();
        var version = Stream(directory, schema, collector);
        return new GraphDataset(version, collector.Nodes, collector.Relationships);
    }

    /// <summary>
    /// Reads and validates a dataset directory in one pass, handing each record to <paramref name="visitor"/> as it is
    /// read (nodes first), so that a consumer keeps only what it needs; returns the dataset version. Throws
    /// <see cref="InvalidDatasetException"/> listing every problem after the pass: what the visitor built is then to be
    /// dropped.
    /// </summary>
    public static string Stream(string directory, GraphSchema schema, IDatasetVisitor visitor)
    {
        // The version hash reads every byte once more; on another core it costs no wall time.
        var version = Task.Run(() => DatasetVersion.Compute(directory));
        var report = new DatasetValidator(schema).Validate(directory, visitor);
        if (!report.IsValid)
        {
            // Whatever the hash met in a broken directory is not the problem to report.
            _ = version.ContinueWith(static t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
            throw new InvalidDatasetException(report);
        }

        return version.GetAwaiter().GetResult();
    }

    /// <summary>A dataset of records already read and validated, such as several datasets combined for one graph.</summary>
    public static GraphDataset FromRecords(string version, IReadOnlyList<NodeRecord> nodes, IReadOnlyList<RelationshipRecord> relationships) =>
        new(version, nodes, relationships);

    private sealed class Collector : IDatasetVisitor
    {
        public List<NodeRecord> Nodes { get; } = [];

        public List<RelationshipRecord> Relationships { get; } = [];

        public void OnNode(NodeRecord node) => Nodes.Add(node);

        public void OnRelationship(RelationshipRecord relationship) => Relationships.Add(relationship);
    }
}

/// <summary>
/// Thrown when a dataset that must be valid is not; carries the full report, and its message lists the first problems
/// as the importer prints them (file:line:column: what is wrong).
/// </summary>
public sealed class InvalidDatasetException(ValidationReport report) : Exception(Describe(report))
{
    private const int ListedProblems = 20;

    public ValidationReport Report { get; } = report;

    private static string Describe(ValidationReport report)
    {
        var total = report.Problems.Count + report.DroppedProblems;
        var listed = report.Problems.Take(ListedProblems).Select(p => $"{Environment.NewLine}  {p}");
        var more = total > ListedProblems ? $"{Environment.NewLine}  ... and {total - ListedProblems} more" : "";
        return $"The dataset has {total} problem(s):{string.Concat(listed)}{more}";
    }
}

/// <summary>Computes the dataset version: a SHA-256 over each file's relative path and bytes, in path order.</summary>
public static class DatasetVersion
{
    public static string Compute(string directory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        foreach (var file in DatasetDirectory.FindFiles(directory, new ProblemCollector()))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(directory, file).Replace('\\', '/') + "\n"));
            using var stream = File.OpenRead(file);
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                hash.AppendData(buffer.AsSpan(0, read));
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
