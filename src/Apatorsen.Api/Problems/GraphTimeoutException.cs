namespace Apatorsen.Api.Problems;

/// <summary>A graph query ran past the API's own time limit (Api:QueryTimeout or Api:CypherTimeout); answered with 504.</summary>
public sealed class GraphTimeoutException(TimeSpan limit, Exception? inner = null, string? setting = null)
    : Exception($"The graph query did not finish within {limit.TotalSeconds:0.###} s{(setting is null ? "" : $" ({setting})")}.", inner)
{
    public TimeSpan Limit { get; } = limit;
}
