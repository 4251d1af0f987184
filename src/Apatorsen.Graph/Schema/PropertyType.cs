namespace Apatorsen.Graph.Schema;

/// <summary>
/// The value types a property may have. The names are the type suffixes of
/// <c>neo4j-admin database import</c> headers (<c>phase:int</c>, <c>synonyms:string[]</c>).
/// </summary>
public enum PropertyType
{
    String,
    Int,
    Double,
    Boolean,
    StringArray,
    IntArray,
    DoubleArray,
}

/// <summary>Conversions between <see cref="PropertyType"/> and header type names.</summary>
public static class PropertyTypes
{
    private static readonly Dictionary<string, PropertyType> ByHeaderName = new(StringComparer.Ordinal)
    {
        ["string"] = PropertyType.String,
        ["int"] = PropertyType.Int,
        ["double"] = PropertyType.Double,
        ["boolean"] = PropertyType.Boolean,
        ["string[]"] = PropertyType.StringArray,
        ["int[]"] = PropertyType.IntArray,
        ["double[]"] = PropertyType.DoubleArray,
    };

    /// <summary>The header type name, as written after the colon in a CSV header.</summary>
    public static string HeaderName(this PropertyType type) => type switch
    {
        PropertyType.String => "string",
        PropertyType.Int => "int",
        PropertyType.Double => "double",
        PropertyType.Boolean => "boolean",
        PropertyType.StringArray => "string[]",
        PropertyType.IntArray => "int[]",
        PropertyType.DoubleArray => "double[]",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static bool IsArray(this PropertyType type) =>
        type is PropertyType.StringArray or PropertyType.IntArray or PropertyType.DoubleArray;

    public static PropertyType ElementType(this PropertyType type) => type switch
    {
        PropertyType.StringArray => PropertyType.String,
        PropertyType.IntArray => PropertyType.Int,
        PropertyType.DoubleArray => PropertyType.Double,
        _ => type,
    };

    public static bool TryParseHeaderName(string name, out PropertyType type) => ByHeaderName.TryGetValue(name, out type);

    public static IEnumerable<string> HeaderNames => ByHeaderName.Keys;
}
