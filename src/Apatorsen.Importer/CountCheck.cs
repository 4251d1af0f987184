using Apatorsen.Graph.Dataset;
using Apatorsen.Neo4j;

namespace Apatorsen.Importer;

/// <summary>Compares this dataset's own nodes per label and relationships per type in Neo4j with the files.</summary>
internal sealed class CountCheck(StatementRunner runner, TextWriter error)
{
    /// <summary>Counts, fills in the plan's "in Neo4j" column, and reports each difference on stderr: exit 0 or 4.</summary>
    public async Task<int> VerifyAsync(ImportPlan plan, string dataset, CancellationToken cancellationToken)
    {
        var mismatches = await FindMismatchesAsync(plan, dataset, cancellationToken);
        foreach (var mismatch in mismatches)
        {
            await error.WriteLineAsync(EchoedText.Escape($"error: {mismatch}"));
        }

        return mismatches.Count == 0 ? ExitCodes.Success : ExitCodes.VerificationFailed;
    }

    /// <summary>Counts and fills in the plan; returns the differences, one line each, without reporting them.</summary>
    public async Task<IReadOnlyList<string>> FindMismatchesAsync(ImportPlan plan, string dataset, CancellationToken cancellationToken)
    {
        var parameters = StatementRunner.DatasetParameters(dataset);
        var nodes = await runner.RunAsync("import/count-nodes", parameters, AccessMode.Read, "counting the nodes", cancellationToken);
        var relationships = await runner.RunAsync("import/count-relationships", parameters, AccessMode.Read, "counting the relationships", cancellationToken);
        var mismatches = new List<string>();
        Compare(plan, nodes, isNodes: true, mismatches);
        Compare(plan, relationships, isNodes: false, mismatches);
        return mismatches;
    }

    private static void Compare(ImportPlan plan, QueryResult counts, bool isNodes, List<string> mismatches)
    {
        foreach (var row in counts.Rows)
        {
            var name = (string)row[0]!;
            var count = Convert.ToInt64(row[1], System.Globalization.CultureInfo.InvariantCulture);
            if (plan.Find(isNodes, name) is { } entry)
            {
                entry.InDatabase = count;
            }
            else
            {
                mismatches.Add($"Neo4j holds {count} {(isNodes ? "node(s) labelled" : "relationship(s) of type")} {name} of this dataset that the files do not");
            }
        }

        foreach (var entry in plan.Entries.Where(e => e.Kind == (isNodes ? "nodes" : "relationships")))
        {
            if (!counts.Rows.Any(row => (string)row[0]! == entry.Name))
            {
                entry.InDatabase = 0;
            }

            if (entry.InDatabase != entry.Rows)
            {
                mismatches.Add($"{entry.Kind} {entry.Name}: the files hold {entry.Rows}, Neo4j holds {entry.InDatabase}");
            }
        }
    }
}
