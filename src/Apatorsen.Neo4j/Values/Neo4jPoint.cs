using System.Globalization;

namespace Apatorsen.Neo4j;

/// <summary>
/// A Cypher POINT, carried as extended WKT (<c>SRID=7203;POINT (1.2 3.4)</c>, or <c>POINT Z (x y z)</c> in 3D;
/// docs-query-api typed-json.adoc). Also accepted as a parameter.
/// </summary>
public sealed record Neo4jPoint(int Srid, double X, double Y, double? Z = null)
{
    /// <summary>The extended WKT the Query API uses for this point.</summary>
    public string ToWkt()
    {
        var c = CultureInfo.InvariantCulture;
        return Z is { } z
            ? string.Create(c, $"SRID={Srid};POINT Z ({X:R} {Y:R} {z:R})")
            : string.Create(c, $"SRID={Srid};POINT ({X:R} {Y:R})");
    }

    /// <summary>Reads the Query API's extended WKT.</summary>
    /// <exception cref="FormatException">The text is not <c>SRID=n;POINT [Z] (x y [z])</c>.</exception>
    public static Neo4jPoint Parse(string wkt)
    {
        ArgumentNullException.ThrowIfNull(wkt);
        var semicolon = wkt.IndexOf(';', StringComparison.Ordinal);
        var open = wkt.IndexOf('(', StringComparison.Ordinal);
        var close = wkt.LastIndexOf(')');
        if (!wkt.StartsWith("SRID=", StringComparison.OrdinalIgnoreCase) || semicolon < 0 || open < semicolon || close < open)
        {
            throw new FormatException($"'{wkt}' is not a point in the form SRID=n;POINT (x y).");
        }

        var c = CultureInfo.InvariantCulture;
        var srid = int.Parse(wkt.AsSpan(5, semicolon - 5), NumberStyles.Integer, c);
        var coordinates = wkt[(open + 1)..close].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return coordinates.Length switch
        {
            2 => new Neo4jPoint(srid, double.Parse(coordinates[0], c), double.Parse(coordinates[1], c)),
            3 => new Neo4jPoint(srid, double.Parse(coordinates[0], c), double.Parse(coordinates[1], c), double.Parse(coordinates[2], c)),
            _ => throw new FormatException($"'{wkt}' has {coordinates.Length} coordinates; a point has 2 or 3."),
        };
    }

    /// <inheritdoc />
    public override string ToString() => ToWkt();
}
