namespace Apatorsen.Neo4j.Testing;

/// <summary>A decoded typed JSON scalar with no plain .NET counterpart in <see cref="TypedJson.Decode"/> (Date, Duration, Point, ...): its <c>$type</c> and <c>_value</c> text.</summary>
public sealed record TypedValue(string Type, string Value);
