using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Apatorsen.Neo4j.Protocol;

/// <summary>
/// Runs a request under the retry pipeline: exponential backoff with jitter, bounded attempts, only for
/// <see cref="ServerErrorMapper.IsRetriable"/> failures. Caller cancellation is never retried.
/// </summary>
internal sealed class RetryingExecutor
{
    private readonly ResiliencePipeline _pipeline;

    public RetryingExecutor(Neo4jOptions options, ILogger logger)
    {
        _pipeline = options.MaxRetryAttempts == 0
            ? ResiliencePipeline.Empty
            : new ResiliencePipelineBuilder()
                .AddRetry(new RetryStrategyOptions
                {
                    ShouldHandle = new PredicateBuilder().Handle<Neo4jException>(ServerErrorMapper.IsRetriable),
                    MaxRetryAttempts = options.MaxRetryAttempts,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.RetryBaseDelay,
                    MaxDelay = options.RetryMaxDelay,
                    OnRetry = args =>
                    {
                        // The code only: server messages can quote data, and logs must not carry payloads.
                        var reason = args.Outcome.Exception switch
                        {
                            Neo4jUnavailableException unavailable => unavailable.Reason,
                            Neo4jException neo4j => neo4j.Code,
                            var other => other?.GetType().Name,
                        };
                        logger.LogWarning(
                            "Neo4j request failed ({Reason}); retry {Attempt} of {MaxRetryAttempts} in {DelayMs:0} ms",
                            reason, args.AttemptNumber + 1, options.MaxRetryAttempts, args.RetryDelay.TotalMilliseconds);
                        return default;
                    },
                })
                .Build();
    }

    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        var attempts = 0;
        try
        {
            return await _pipeline.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    return await attempt(token);
                },
                cancellationToken);
        }
        catch (Neo4jUnavailableException ex) when (attempts > 1)
        {
            throw new Neo4jUnavailableException(ex.Server, attempts, ex.Reason, ex.InnerException);
        }
    }
}
