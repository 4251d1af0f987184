using System.Diagnostics;
using System.Globalization;
using Apatorsen.Benchmarks;
using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;
using BenchmarkDotNet.Running;

// `generate <dir> <relationships>` writes a synthetic dataset; `measure <dir>` validates it once and reports
// rows/s and the process's peak working set; `load <dir>` loads it into the embedded graph and reports time and
// memory; anything else runs BenchmarkDotNet.
switch (args)
{
    case ["generate", var directory, var count]:
        SyntheticDataset.Write(directory, long.Parse(count, CultureInfo.InvariantCulture));
        Console.WriteLine($"wrote {count} drug-protein relationships from {SyntheticDataset.DrugsFor(long.Parse(count, CultureInfo.InvariantCulture))} drugs and {SyntheticDataset.LayerRelationships} beyond the proteins to {directory}");
        return 0;
    case ["measure", var directory]:
        var clock = Stopwatch.StartNew();
        var report = new DatasetValidator(ApatorsenSchema.Instance).Validate(directory);
        clock.Stop();
        var rows = report.NodeTotal + report.RelationshipTotal;
        using (var process = Process.GetCurrentProcess())
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{rows} rows, {report.Problems.Count} problems, {clock.Elapsed.TotalSeconds:0.00} s, {rows / clock.Elapsed.TotalSeconds:N0} rows/s, peak working set {process.PeakWorkingSet64 / (1024 * 1024)} MiB"));
        }

        return report.IsValid ? 0 : 1;
    case ["load", var directory]:
        return EmbeddedLoadMeasure.Run(directory);
    default:
        BenchmarkSwitcher.FromAssembly(typeof(DryRunBenchmarks).Assembly).Run(args);
        return 0;
}
