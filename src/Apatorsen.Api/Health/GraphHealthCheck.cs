using Apatorsen.Api.Backends;
using Apatorsen.Api.Problems;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Apatorsen.Api.Health;

/// <summary>Ready when the backend answers and holds at least one node.</summary>
internal sealed class GraphHealthCheck(IKnowledgeGraph graph) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var nodes = await graph.CountNodesAsync(cancellationToken);
            var data = new Dictionary<string, object> { ["backend"] = graph.Backend, ["nodes"] = nodes };
            return nodes > 0
                ? HealthCheckResult.Healthy($"The {graph.Backend} graph holds {nodes} nodes.", data)
                : HealthCheckResult.Unhealthy($"The {graph.Backend} graph is empty; import the dataset.", data: data);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"The {graph.Backend} graph cannot be reached: {FailureCause.Of(ex)}");
        }
    }
}
