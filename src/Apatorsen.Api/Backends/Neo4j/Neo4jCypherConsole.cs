using System.Globalization;
using Apatorsen.Api.Contracts;
using Apatorsen.Api.Hosting;
using Apatorsen.Api.Problems;
using Apatorsen.Neo4j;
using Microsoft.Extensions.Options;

namespace Apatorsen.Api.Backends.Neo4j;

/// <summary>
/// Runs a user's statement for POST /api/cypher: in an explicit read transaction that is always rolled back (so even
/// a statement Neo4j would accept as a write in read mode could not commit), with a time limit and a row cap.
/// </summary>
public sealed class Neo4jCypherConsole(Neo4jQueryClient client, IOptions<ApiOptions> options)
{
    public async Task<CypherResponse> RunAsync(string statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            // The time limit is the statement's: a transaction whose opening was cut short could stay open on the server.
            await using var transaction = await client.BeginTransactionAsync(AccessMode.Read, cancellationToken);
            timeout.CancelAfter(settings.CypherTimeout);
            try
            {
                var result = await transaction.RunAsync(statement, parameters, timeout.Token);
                var rows = result.Rows.Take(settings.CypherRowCap)
                    .Select(row => (IReadOnlyList<object?>)row.Select(Plain).ToArray())
                    .ToArray();
                return new CypherResponse(result.Fields, rows, rows.Length, result.Rows.Count > settings.CypherRowCap);
            }
            finally
            {
                if (transaction.State == Neo4jTransactionState.Open)
                {
                    await transaction.RollbackAsync(CancellationToken.None);
                }
            }
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new GraphTimeoutException(settings.CypherTimeout, ex);
        }
    }

    // Values as plain JSON: graph entities become objects with their labels or type and properties.
    internal static object? Plain(object? value) => value switch
    {
        null or string or bool or long or double => value,
        Neo4jNode node => new Dictionary<string, object?>
        {
            ["elementId"] = node.ElementId,
            ["labels"] = node.Labels,
            ["properties"] = Map(node.Properties),
        },
        Neo4jRelationship r => new Dictionary<string, object?>
        {
            ["elementId"] = r.ElementId,
            ["type"] = r.Type,
            ["startElementId"] = r.StartNodeElementId,
            ["endElementId"] = r.EndNodeElementId,
            ["properties"] = Map(r.Properties),
        },
        Neo4jPath path => new Dictionary<string, object?>
        {
            ["nodes"] = path.Nodes.Select(Plain).ToArray(),
            ["relationships"] = path.Relationships.Select(Plain).ToArray(),
        },
        IReadOnlyDictionary<string, object?> map => Map(map),
        IReadOnlyList<object?> list => list.Select(Plain).ToArray(),
        byte[] bytes => System.Convert.ToBase64String(bytes),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static Dictionary<string, object?> Map(IReadOnlyDictionary<string, object?> map) =>
        map.ToDictionary(e => e.Key, e => Plain(e.Value), StringComparer.Ordinal);
}
