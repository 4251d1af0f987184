using System.Diagnostics.CodeAnalysis;

namespace Apatorsen.Graph.Dataset;

/// <summary>
/// A record's typed properties as one array of values beside the names its file's header gives every row (null where
/// the cell is empty): a few bytes per value instead of a dictionary per row, which at millions of rows is most of the
/// memory. Enumerates the present values in column order, as the dictionary it replaces did. Never changes.
/// </summary>
internal sealed class PropertyMap(string[] names, object?[] values, int count) : IReadOnlyDictionary<string, object>
{
    public int Count => count;

    /// <summary>The names of the file's columns, shared by its rows.</summary>
    internal string[] Names => names;

    /// <summary>Whether the row has a value in the column at <paramref name="position"/> of <see cref="Names"/> (-1: no such column).</summary>
    internal bool Has(int position) => position >= 0 && values[position] is not null;

    public object this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => this.Select(p => p.Key);

    public IEnumerable<object> Values => this.Select(p => p.Value);

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? values[index] : null;
        return value is not null;
    }

    // A row has tens of columns at most: a scan of the shared names is quicker than hashing.
    private int IndexOf(string key)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (values[i] is not null && string.Equals(names[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator()
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (values[i] is { } value)
            {
                yield return new(names[i], value);
            }
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
