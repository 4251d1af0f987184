namespace Apatorsen.Api.Backends;

/// <summary>
/// The answer to a question about a node, or why there is none: no node has the id, or the node lacks the label the
/// question needs. Both backends decide it with <see cref="Anchor"/>, so they cannot disagree on it.
/// </summary>
public abstract record Lookup<T>;

public sealed record Found<T>(T Value) : Lookup<T>;

public sealed record UnknownId<T>(string Id) : Lookup<T>;

public sealed record WrongLabel<T>(NodeRef Node, string ExpectedLabel) : Lookup<T>;

/// <summary>The shaping of what a backend found, applied only when it found it.</summary>
public static class LookupShaping
{
    public static Lookup<TAnswer> Select<TFound, TAnswer>(this Lookup<TFound> lookup, Func<TFound, TAnswer> shape) => lookup switch
    {
        Found<TFound> found => new Found<TAnswer>(shape(found.Value)),
        UnknownId<TFound> unknown => new UnknownId<TAnswer>(unknown.Id),
        WrongLabel<TFound> wrong => new WrongLabel<TAnswer>(wrong.Node, wrong.ExpectedLabel),
        _ => throw new InvalidOperationException($"Unexpected lookup {lookup.GetType().Name}."),
    };
}

/// <summary>Checks the nodes a question is anchored on, then builds the answer.</summary>
public static class Anchor
{
    /// <summary>
    /// The answer about <paramref name="id"/>, found as <paramref name="node"/> (null when no node has the id), which
    /// must have one of <paramref name="labels"/> (none: any node will do).
    /// </summary>
    public static Lookup<T> Check<T>(string id, NodeRef? node, IReadOnlyCollection<string> labels, Func<NodeRef, T> answer) =>
        node switch
        {
            null => new UnknownId<T>(id),
            _ when labels.Count > 0 && !node.Labels.Any(labels.Contains) => new WrongLabel<T>(node, string.Join(" or ", labels)),
            _ => new Found<T>(answer(node)),
        };

    /// <summary>The answer about several nodes, which must all exist; the first unknown id decides.</summary>
    public static Lookup<T> CheckAll<T>(IEnumerable<(string Id, NodeRef? Node)> anchors, Func<T> answer) =>
        anchors.FirstOrDefault(a => a.Node is null) is { Id: not null } missing
            ? new UnknownId<T>(missing.Id)
            : new Found<T>(answer());
}
