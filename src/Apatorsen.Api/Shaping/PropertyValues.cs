using System.Globalization;

namespace Apatorsen.Api.Shaping;

/// <summary>
/// Typed reads of stored properties, the same for both backends: the embedded graph holds the dataset's arrays
/// (string[], long[]), Neo4j's answers hold lists of values; whole numbers may come back as floats and the reverse.
/// </summary>
internal static class PropertyValues
{
    public static IReadOnlyList<object?> List(object? value) => value as IReadOnlyList<object?> ?? [];

    public static string? Text(this IReadOnlyDictionary<string, object?> map, string key) => map.GetValueOrDefault(key) as string;

    public static long? WholeNumber(this IReadOnlyDictionary<string, object?> map, string key) =>
        map.GetValueOrDefault(key) switch { long l => l, double d => (long)d, _ => null };

    public static double? Number(this IReadOnlyDictionary<string, object?> map, string key) =>
        map.GetValueOrDefault(key) switch { double d => d, long l => l, _ => null };

    public static bool? Flag(this IReadOnlyDictionary<string, object?> map, string key) => map.GetValueOrDefault(key) as bool?;

    public static IReadOnlyList<string> Texts(this IReadOnlyDictionary<string, object?> map, string key) => Texts(map.GetValueOrDefault(key));

    public static IReadOnlyList<string> Texts(object? value) => value as IReadOnlyList<string> ?? List(value).OfType<string>().ToArray();

    public static IReadOnlyList<long> Integers(this IReadOnlyDictionary<string, object?> map, string key) =>
        map.GetValueOrDefault(key) as IReadOnlyList<long>
        ?? List(map.GetValueOrDefault(key)).Select(v => Convert.ToInt64(v, CultureInfo.InvariantCulture)).ToArray();
}
