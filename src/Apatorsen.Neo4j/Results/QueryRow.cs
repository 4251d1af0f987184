using System.Collections;
using System.Globalization;

namespace Apatorsen.Neo4j;

/// <summary>One returned row: its values by position or by field name.</summary>
public sealed class QueryRow : IReadOnlyList<object?>
{
    private readonly IReadOnlyDictionary<string, int> _fieldIndex;
    private readonly object?[] _values;

    internal QueryRow(IReadOnlyDictionary<string, int> fieldIndex, object?[] values)
    {
        _fieldIndex = fieldIndex;
        _values = values;
    }

    /// <inheritdoc />
    public int Count => _values.Length;

    /// <inheritdoc />
    public object? this[int index] => _values[index];

    /// <summary>The value of the named field.</summary>
    /// <exception cref="KeyNotFoundException">The statement returned no such field.</exception>
    public object? this[string field] => _values[IndexOf(field)];

    /// <summary>The named field's value, if the statement returned such a field.</summary>
    public bool TryGetValue(string field, out object? value)
    {
        var found = _fieldIndex.TryGetValue(field, out var index);
        value = found ? _values[index] : null;
        return found;
    }

    /// <summary>
    /// The named field's value as <typeparamref name="T"/>. Numbers convert between numeric types (checked, so an
    /// Integer too large for <see cref="int"/> throws); <see langword="null"/> gives <see langword="default"/>.
    /// </summary>
    /// <exception cref="InvalidCastException">The value has another type; the message names the field and both types.</exception>
    public T? Get<T>(string field)
    {
        var value = this[field];
        switch (value)
        {
            case null:
                return default;
            case T typed:
                return typed;
            case IConvertible when IsNumeric(typeof(T)) && IsNumeric(value.GetType()):
                return (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture);
            default:
                throw new InvalidCastException($"Field '{field}' holds a {value.GetType().Name}, not a {typeof(T).Name}.");
        }
    }

    /// <inheritdoc />
    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)_values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string field) =>
        _fieldIndex.TryGetValue(field, out var index)
            ? index
            : throw new KeyNotFoundException($"The statement returned no field '{field}'; it returned: {string.Join(", ", _fieldIndex.Keys)}.");

    private static bool IsNumeric(Type type) =>
        Type.GetTypeCode(Nullable.GetUnderlyingType(type) ?? type) is >= TypeCode.SByte and <= TypeCode.Decimal;
}
