using Apatorsen.Graph.Schema;
using System.Diagnostics;
using System.Globalization;
using Apatorsen.Api.Backends.Embedded;

namespace Apatorsen.Benchmarks;

/// <summary>
/// Loads a dataset into the embedded graph as the API does at start-up and reports the time, the CPU time and the
/// memory it holds afterwards (managed heap after a full collection, and the process's resident set), per relationship.
/// </summary>
internal static class EmbeddedLoadMeasure
{
    public static int Run(string directory)
    {
        using var process = Process.GetCurrentProcess();
        var baseline = Resident();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var graph = EmbeddedGraph.Load(directory, ApatorsenSchema.Instance);
        clock.Stop();
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        var peak = process.PeakWorkingSet64;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        var resident = Resident();
        var relationships = graph.Relationships.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{graph.NodeList.Count} nodes, {relationships} relationships: loaded in {clock.Elapsed.TotalSeconds:0.00} s ({cpuSeconds:0.00} s CPU); " +
            $"managed heap {heap / 1048576} MiB ({(double)heap / relationships:0} B/relationship), resident {resident / 1048576} MiB " +
            $"({(double)resident / relationships:0} B/relationship; {baseline / 1048576} MiB before loading), peak {peak / 1048576} MiB; load {File.ReadAllText("/proc/loadavg")[..14]}"));
        GC.KeepAlive(graph);
        if (Environment.GetEnvironmentVariable("PHASES") is not null)
        {
            Phases(directory);
        }

        return 0;
    }

    // The steps of EmbeddedGraph.Load one by one, in CPU seconds of the process (wall time means little on a shared
    // machine), after a first load, so the code is compiled and the files are cached.
    private static void Phases(string directory)
    {
        using var process = Process.GetCurrentProcess();
        var last = process.TotalProcessorTime;
        double Lap()
        {
            process.Refresh();
            var now = process.TotalProcessorTime;
            var seconds = (now - last).TotalSeconds;
            last = now;
            return seconds;
        }

        var validator = new Apatorsen.Graph.Dataset.DatasetValidator(Apatorsen.Graph.Schema.ApatorsenSchema.Instance);
        validator.Validate(directory);
        var validate = Lap();
        var builder = new EmbeddedGraphBuilder();
        validator.Validate(directory, builder);
        var read = Lap();
        var graph = builder.Build("");
        var build = Lap();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var collect = Lap();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"phases, CPU: validate only {validate:0.00} s, validate and build records {read:0.00} s, connect {build:0.00} s, collect {collect:0.00} s"));
        GC.KeepAlive(graph);
    }

    private static long Resident()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }
}
