namespace Apatorsen.Api.Problems;

/// <summary>A request cut because it went over its QueryBudget (Backends): which part, and a sentence saying how.</summary>
public sealed class QueryBudgetExceededException(string budget, string reason) : Exception($"The query was stopped: {reason}.")
{
    public const string Bindings = "bindings";
    public const string Relationships = "relationships";
    public const string Duration = "time";

    /// <summary><see cref="Bindings"/>, <see cref="Relationships"/> or <see cref="Duration"/>.</summary>
    public string Budget { get; } = budget;

    public static QueryBudgetExceededException Time(TimeSpan limit) =>
        new(Duration, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"it ran longer than {limit.TotalSeconds:0.###} s (QueryBudget:MaxDuration)"));
}
