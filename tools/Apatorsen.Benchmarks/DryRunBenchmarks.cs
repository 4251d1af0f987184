using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;
using BenchmarkDotNet.Attributes;

namespace Apatorsen.Benchmarks;

/// <summary>Throughput of validation (parse, convert, check) over a synthetic dataset of growing size.</summary>
[MemoryDiagnoser]
public class DryRunBenchmarks
{
    private string _directory = "";

    [Params(100_000, 1_000_000)]
    public int Relationships { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), $"apatorsen-bench-{Relationships}");
        if (!Directory.Exists(_directory))
        {
            SyntheticDataset.Write(_directory, Relationships);
        }
    }

    [Benchmark]
    public long Validate()
    {
        var report = new DatasetValidator(ApatorsenSchema.Instance).Validate(_directory);
        return report.IsValid ? report.RelationshipTotal : throw new InvalidOperationException(report.Problems[0].ToString());
    }
}
