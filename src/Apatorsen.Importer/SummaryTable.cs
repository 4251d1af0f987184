using System.Globalization;
using Spectre.Console;

namespace Apatorsen.Importer;

/// <summary>Renders the end-of-run table: per label and type, rows in the files, batches, rows written, rows found, time.</summary>
internal static class SummaryTable
{
    public static void Write(IAnsiConsole console, ImportPlan plan, bool dryRun, TimeSpan total)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("kind").AddColumn("label / type")
            .AddColumn(new TableColumn("rows").RightAligned())
            .AddColumn(new TableColumn("batches").RightAligned());
        if (!dryRun)
        {
            table.AddColumn(new TableColumn("written").RightAligned())
                .AddColumn(new TableColumn("in Neo4j").RightAligned())
                .AddColumn(new TableColumn("time").RightAligned());
        }

        foreach (var entry in plan.Entries)
        {
            var cells = new List<string> { entry.Kind, Markup.Escape(entry.Name), Number(entry.Rows), Number(entry.Batches) };
            if (!dryRun)
            {
                cells.Add(Number(entry.Written));
                cells.Add(entry.InDatabase is { } found ? Number(found) : "-");
                cells.Add($"{entry.Elapsed.TotalMilliseconds:0} ms");
            }

            table.AddRow(cells.ToArray());
        }

        console.Write(table);
        console.MarkupLine(CultureInfo.InvariantCulture,
            "{0} nodes, {1} relationships, dataset version {2}, {3:0.00} s{4}",
            Number(plan.Report.NodeTotal), Number(plan.Report.RelationshipTotal), plan.Version, total.TotalSeconds,
            dryRun ? " (dry run: nothing sent)" : $", {Number(plan.Entries.Sum(e => e.Written))} rows written");
    }

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
