namespace Apatorsen.Graph.Dataset;

/// <summary>
/// Hands out one instance per distinct cell text of a column — knowledge sources, levels, agent types, qualifier
/// values, lists of publications repeat on every row — so a million rows hold a few hundred strings, not a million.
/// A column with more distinct values than <see cref="Capacity"/> (names, descriptions) is no longer pooled: its
/// values are allocated as before and the pool stays small.
/// </summary>
internal sealed class ValuePool<T>(int capacity = ValuePool<T>.Capacity)
    where T : class
{
    public const int Capacity = 4096;

    private readonly Dictionary<string, T> _values = new(StringComparer.Ordinal);
    private Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> Lookup => _values.GetAlternateLookup<ReadOnlySpan<char>>();

    public bool IsFull => _values.Count >= capacity;

    public bool TryGet(ReadOnlySpan<char> text, out T value) => Lookup.TryGetValue(text, out value!);

    public void Add(string text, T value)
    {
        if (!IsFull)
        {
            _values.TryAdd(text, value);
        }
    }
}
