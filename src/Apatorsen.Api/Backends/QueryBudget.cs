using Apatorsen.Api.Problems;
using System.ComponentModel.DataAnnotations;

namespace Apatorsen.Api.Backends;

/// <summary>
/// What one TRAPI query or /api/paths request may cost, bound from the <c>QueryBudget</c> section (defaults in
/// appsettings.json; docs/trapi.md and docs/api.md say what happens past them).
/// </summary>
public sealed class QueryBudgetOptions
{
    public const string SectionName = "QueryBudget";

    /// <summary>The most partial results a walk may hold at once (TRAPI), or paths a search may collect; on Neo4j, the most matches a statement passes on.</summary>
    [Range(10, 10_000_000, ErrorMessage = "QueryBudget:MaxBindings must be between 10 and 10000000.")]
    public int MaxBindings { get; set; } = 100_000;

    /// <summary>The most relationships the embedded walk may read for one request.</summary>
    [Range(100, 1_000_000_000, ErrorMessage = "QueryBudget:MaxVisitedRelationships must be between 100 and 1000000000.")]
    public long MaxVisitedRelationships { get; set; } = 2_000_000;

    /// <summary>How long one request's walk (or Neo4j statement) may run.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00", ErrorMessage = "QueryBudget:MaxDuration must be between 10 ms and 5 minutes.")]
    public TimeSpan MaxDuration { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>
/// One request's allowance, spent by the walk as it goes: bindings held, relationships read, time. The walk calls
/// <see cref="Visit"/> for every relationship it reads, so a client that goes away (the token) or a walk that runs
/// past its time is stopped within a few thousand relationships, far less than a second.
/// </summary>
public sealed class QueryBudget(QueryBudgetOptions options, TimeProvider time, CancellationToken cancellationToken)
{
    private const int CheckEvery = 4096;
    private readonly long _started = time.GetTimestamp();
    private long _visited;

    public QueryBudgetOptions Options { get; } = options;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Throws when <paramref name="held"/> bindings are more than the budget allows.</summary>
    public void Hold(int held)
    {
        if (held > Options.MaxBindings)
        {
            throw new QueryBudgetExceededException(QueryBudgetExceededException.Bindings, $"it needed more than {Options.MaxBindings} bindings at once (QueryBudget:MaxBindings)");
        }
    }

    /// <summary>Counts one relationship read; every few thousand, checks the token and the time.</summary>
    public void Visit()
    {
        if (++_visited > Options.MaxVisitedRelationships)
        {
            throw new QueryBudgetExceededException(QueryBudgetExceededException.Relationships, $"it read more than {Options.MaxVisitedRelationships} relationships (QueryBudget:MaxVisitedRelationships)");
        }

        if (_visited % CheckEvery == 0)
        {
            Check();
        }
    }

    /// <summary>Throws <see cref="OperationCanceledException"/> when the client has gone, and the budget's exception past its time.</summary>
    public void Check()
    {
        CancellationToken.ThrowIfCancellationRequested();
        if (time.GetElapsedTime(_started) > Options.MaxDuration)
        {
            throw QueryBudgetExceededException.Time(Options.MaxDuration);
        }
    }
}
