namespace Apatorsen.Api.Questions;

/// <summary>Which page of a collection to answer; every collection is paged this way, in its backend.</summary>
public sealed record PageRequest(int Limit, int Offset)
{
    /// <summary>The page of an ordered, fully known collection.</summary>
    public Page<T> Of<T>(IReadOnlyCollection<T> all) => new(all.Skip(Offset).Take(Limit).ToArray(), all.Count, Limit, Offset);
}
