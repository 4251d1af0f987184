using System.Globalization;
using Apatorsen.Api.Problems;
using Apatorsen.Api.Settings;
using Apatorsen.Neo4j;
using Microsoft.Extensions.Options;

namespace Apatorsen.Api.Backends.Neo4j;

/// <summary>
/// Runs a user's statement for POST /api/cypher: in an explicit read transaction that is always rolled back (so even
/// a statement Neo4j would accept as a write in read mode could not commit), with a time limit and a row cap. A
/// transient error or a lost connection runs the whole transaction again, under the client's retry policy
/// (Neo4j:MaxRetryAttempts), within the limit. The whole request, opening and retries included, ends within
/// Api:CypherTimeout plus <see cref="RollbackAllowance"/>.
/// </summary>
public sealed class Neo4jCypherConsole(Neo4jQueryClient client, IOptions<ApiOptions> options, ILogger<Neo4jCypherConsole> logger)
{
    /// <summary>How long the one rollback attempt after the statement may take, on top of Api:CypherTimeout.</summary>
    public static readonly TimeSpan RollbackAllowance = TimeSpan.FromSeconds(2);

    public async Task<CypherResponse> RunAsync(string statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(settings.CypherTimeout);
        try
        {
            // Opening counts against the limit too. A transaction whose opening we gave up on cannot be rolled back
            // (its id never reached us); the server expires it when idle. A transient error retries the whole
            // transaction, as long as the limit allows.
            return await client.RunInTransactionAsync(
                AccessMode.Read,
                async (transaction, token) =>
                {
                    try
                    {
                        var result = await transaction.RunAsync(statement, parameters, token);
                        var rows = result.Rows.Take(settings.CypherRowCap)
                            .Select(row => (IReadOnlyList<object?>)row.Select(Plain).ToArray())
                            .ToArray();
                        return new CypherResponse(result.Fields, rows, rows.Length, result.Rows.Count > settings.CypherRowCap);
                    }
                    finally
                    {
                        await RollBackOnceAsync(transaction);
                    }
                },
                deadline.Token);
        }
        catch (OperationCanceledException ex) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new GraphTimeoutException(settings.CypherTimeout, ex, $"{ApiOptions.SectionName}:{nameof(ApiOptions.CypherTimeout)}");
        }
    }

    // One attempt, bounded by its own allowance whatever happened to the statement; disposal does not try again.
    private async Task RollBackOnceAsync(Neo4jTransaction transaction)
    {
        if (transaction.State != Neo4jTransactionState.Open)
        {
            return;
        }

        using var allowance = new CancellationTokenSource(RollbackAllowance);
        try
        {
            await transaction.RollbackAsync(allowance.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or Neo4jException)
        {
            logger.LogWarning(
                "Neo4j transaction {TransactionId} of POST /api/cypher was not rolled back ({Cause}); the server expires it when idle",
                transaction.Id, ex is Neo4jException { Code: { } code } ? code : ex.GetType().Name);
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
