using System.Collections.Concurrent;

namespace Apatorsen.Api.Shaping;

/// <summary>How many values a <see cref="RecentlyUsed{TKey, TValue}"/> keeps per generation unless told otherwise.</summary>
internal static class RecentlyUsed
{
    /// <summary>
    /// Enough for the nodes and edges of the answers asked lately (a TRAPI answer holds at most a few thousand), few
    /// enough that two generations of shaped answers stay within tens of megabytes.
    /// </summary>
    public const int Capacity = 20_000;
}

/// <summary>
/// Values worked out from objects that live as long as the graph (its stored nodes and relationships), kept for the
/// objects asked about lately rather than for every one ever asked about, which on a graph of millions of relationships
/// would grow without end. Two generations of at most <c>capacity</c> entries each: when the newer fills it becomes the
/// older and the older is dropped; a value found in the older is moved to the newer. Keyed by reference; thread-safe.
/// </summary>
internal sealed class RecentlyUsed<TKey, TValue>(int capacity)
    where TKey : class
{
    private readonly Lock _turning = new();
    private Generation _newer = new();
    private Generation _older = new();

    private sealed class Generation
    {
        private int _count;

        public ConcurrentDictionary<TKey, TValue> Values { get; } = new((IEqualityComparer<TKey>)ReferenceEqualityComparer.Instance);

        // ConcurrentDictionary.Count takes every lock: counted here instead.
        public int Added() => Interlocked.Increment(ref _count);
    }

    /// <summary>The value kept for <paramref name="key"/>, or the one <paramref name="create"/> makes, which is then kept.</summary>
    public TValue GetOrAdd(TKey key, Func<TKey, TValue> create)
    {
        var newer = _newer;
        if (newer.Values.TryGetValue(key, out var value))
        {
            return value;
        }

        if (!_older.Values.TryGetValue(key, out value))
        {
            value = create(key);
        }

        if (newer.Values.TryAdd(key, value) && newer.Added() >= capacity)
        {
            Turn(newer);
        }

        return value;
    }

    private void Turn(Generation full)
    {
        lock (_turning)
        {
            if (ReferenceEquals(_newer, full))
            {
                _older = full;
                _newer = new Generation();
            }
        }
    }
}
