using System.Globalization;
using Apatorsen.Api.Settings;
using Apatorsen.Api.Shaping;
using Apatorsen.Graph.Cypher;
using Apatorsen.Neo4j;
using Microsoft.Extensions.Options;

namespace Apatorsen.Api.Backends.Neo4j;

/// <summary>
/// The graph's datasets and their versions as the importer's (:Dataset) nodes state them (queries/datasets), read at
/// most once every <see cref="ApiOptions.DatasetVersionCheckInterval"/> however many requests ask (concurrent askers
/// share one read). The cache key is their "name@version" list. A graph without (:Dataset) nodes (empty, or loaded by
/// an importer that did not write them) has no key, so nothing is kept: counting or hashing the graph instead would
/// cost a scan every few seconds, and the most common node version an older importer wrote does not change when a
/// rerun removes rows. A failed read has no key either, until the next check.
/// </summary>
public sealed class Neo4jDatasetVersions(Neo4jQueryClient client, IOptions<ApiOptions> options, TimeProvider time, GraphSchema schema, ILogger<Neo4jDatasetVersions> logger) : IGraphVersion
{
    private const string Query = "queries/datasets";

    private readonly Lock _gate = new();
    private Task<Reading>? _reading;

    public async ValueTask<string?> CacheKeyAsync(CancellationToken cancellationToken)
    {
        Task<Reading> reading;
        lock (_gate)
        {
            if (_reading is null || (_reading.IsCompleted && time.GetElapsedTime(_reading.Result.At) >= options.Value.DatasetVersionCheckInterval))
            {
                _reading = ReadAsync();
            }

            reading = _reading;
        }

        return (await reading.WaitAsync(cancellationToken)).Key;
    }

    // Never throws: a failure is a reading without a key. Runs under the API's query time limit, not one request's
    // cancellation, since every request of the interval shares it.
    private async Task<Reading> ReadAsync()
    {
        string? key = null;
        try
        {
            using var timeout = new CancellationTokenSource(options.Value.QueryTimeout);
            var answers = new Neo4jAnswers(Query, schema);
            var result = await client.RunAsync(CypherCatalog.Get(Query), null, AccessMode.Read, timeout.Token);
            var datasets = result.Rows.Select(row => Read(answers, row)).ToArray();
            key = datasets.Length == 0 ? null : DatasetVersions.Key(datasets.Select(d => (d.Name, d.Version)));
        }
        catch (Exception ex) when (ex is Neo4jException or OperationCanceledException)
        {
            // The request that needed the check meets the same failure and logs it, as one line without Neo4j's
            // message (which may quote data); this line only says why nothing is kept.
            logger.LogDebug("The dataset versions could not be read ({Failure}); answers are not kept until the next check.", ex.GetType().Name);
        }

        return new Reading(key, time.GetTimestamp());
    }

    /// <summary>One row of queries/datasets, or one [name, version, nodes, relationships] item of queries/meta.</summary>
    internal static DatasetMeta Read(Neo4jAnswers answers, QueryRow row) => new(
        answers.Field(row, "name") as string ?? "",
        answers.Field(row, "version") as string ?? "",
        Count(answers.Field(row, "nodes")),
        Count(answers.Field(row, "relationships")));

    internal static DatasetMeta Read(Neo4jAnswers answers, object? item)
    {
        var values = answers.Tuple(item, 4, "a dataset");
        return new DatasetMeta(values[0] as string ?? "", values[1] as string ?? "", Count(values[2]), Count(values[3]));
    }

    private static int Count(object? value) => value is null ? 0 : Convert.ToInt32(value, CultureInfo.InvariantCulture);

    private sealed record Reading(string? Key, long At);
}
