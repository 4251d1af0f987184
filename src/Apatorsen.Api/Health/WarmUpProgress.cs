namespace Apatorsen.Api.Health;

/// <summary>
/// Whether the start-up warm-up (Hosting's <c>EmbeddedGraphWarmUp</c>) has finished, however it ended; until then
/// /health/ready answers 503. Registered only where there is a warm-up (the embedded backend).
/// </summary>
public sealed class WarmUpProgress
{
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsFinished => _finished.Task.IsCompleted;

    /// <summary>Completes when the warm-up has finished.</summary>
    public Task Finished => _finished.Task;

    public void Finish() => _finished.TrySetResult();
}
