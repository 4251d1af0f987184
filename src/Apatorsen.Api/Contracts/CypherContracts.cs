namespace Apatorsen.Api.Contracts;

/// <summary>Body of POST /api/cypher: one read-only statement and its parameters.</summary>
public sealed record CypherRequest(string? Statement, Dictionary<string, System.Text.Json.JsonElement>? Parameters);

/// <summary>Answer of POST /api/cypher: the columns, at most the row cap of rows, and whether more were cut off.</summary>
public sealed record CypherResponse(IReadOnlyList<string> Fields, IReadOnlyList<IReadOnlyList<object?>> Rows, int RowCount, bool Truncated);
