using Apatorsen.Graph.Dataset;

namespace Apatorsen.Importer;

/// <summary>One label or relationship type of an import: rows in the files, batches, rows written and found.</summary>
internal sealed class PlanEntry(string kind, string name, long rows)
{
    public string Kind { get; } = kind;

    public string Name { get; } = name;

    public long Rows { get; } = rows;

    public int Batches { get; set; }

    public long Written { get; set; }

    public long? InDatabase { get; set; }

    public TimeSpan Elapsed { get; set; }
}

/// <summary>The per-label and per-type plan of an import, filled in as batches are built or sent.</summary>
internal sealed class ImportPlan
{
    private readonly Dictionary<(bool IsNodes, string Name), PlanEntry> _entries = [];

    public ImportPlan(ValidationReport report, string version)
    {
        Report = report;
        Version = version;
        foreach (var (label, count) in report.NodeCounts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            _entries[(true, label)] = new PlanEntry("nodes", label, count);
        }

        foreach (var (type, count) in report.RelationshipCounts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            _entries[(false, type)] = new PlanEntry("relationships", type, count);
        }
    }

    public ValidationReport Report { get; }

    public string Version { get; }

    public IEnumerable<PlanEntry> Entries => _entries.Values;

    /// <summary>
    /// Fills in the batches an import would send without building them: <see cref="BatchBuilder"/> cuts each label's
    /// and type's rows into batches of <paramref name="batchSize"/> in file order, the last one partial.
    /// </summary>
    public void PlanBatches(int batchSize)
    {
        foreach (var entry in _entries.Values)
        {
            entry.Batches = (int)((entry.Rows + batchSize - 1) / batchSize);
        }
    }

    public PlanEntry For(ImportBatch batch) => _entries[(batch.IsNodes, batch.LabelOrType)];

    public PlanEntry? Find(bool isNodes, string name) => _entries.GetValueOrDefault((isNodes, name));
}
