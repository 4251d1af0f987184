using Apatorsen.Graph.Schema;

namespace Apatorsen.Graph.Dataset;

/// <summary>What a column of a dataset file holds.</summary>
public enum ColumnRole
{
    Id,
    Label,
    StartId,
    EndId,
    Type,
    Property,
}

/// <summary>One header column: its role and, for properties, the property name and declared type.</summary>
public sealed record HeaderColumn(int Index, string Raw, ColumnRole Role, string? PropertyName, PropertyType PropertyType);

/// <summary>Whether a file holds nodes or relationships, decided by its header.</summary>
public enum DatasetFileKind
{
    Nodes,
    Relationships,
}

/// <summary>
/// A parsed header in the <c>neo4j-admin database import</c> convention: <c>id:ID</c>, <c>:LABEL</c>,
/// <c>:START_ID</c>, <c>:END_ID</c>, <c>:TYPE</c> and typed property columns such as <c>phase:int</c>.
/// </summary>
public sealed class CsvHeader
{
    private CsvHeader(DatasetFileKind kind, IReadOnlyList<HeaderColumn> columns)
    {
        Kind = kind;
        Columns = columns;
        Properties = columns.Where(c => c.Role == ColumnRole.Property).ToArray();
        IdIndex = IndexOf(ColumnRole.Id);
        LabelIndex = IndexOf(ColumnRole.Label);
        StartIdIndex = IndexOf(ColumnRole.StartId);
        EndIdIndex = IndexOf(ColumnRole.EndId);
        TypeIndex = IndexOf(ColumnRole.Type);
        PublicationsIndex = Properties.FirstOrDefault(c => c.PropertyName == GraphSchema.PublicationsProperty)?.Index ?? -1;
    }

    public DatasetFileKind Kind { get; }

    public IReadOnlyList<HeaderColumn> Columns { get; }

    public IReadOnlyList<HeaderColumn> Properties { get; }

    public int IdIndex { get; }

    public int LabelIndex { get; }

    public int StartIdIndex { get; }

    public int EndIdIndex { get; }

    public int TypeIndex { get; }

    /// <summary>The index of the <c>publications</c> column, or -1.</summary>
    public int PublicationsIndex { get; }

    private int IndexOf(ColumnRole role) => Columns.FirstOrDefault(c => c.Role == role)?.Index ?? -1;

    /// <summary>Parses and checks a header against the schema; returns null after reporting every problem found.</summary>
    public static CsvHeader? Parse(IReadOnlyList<string> names, GraphSchema schema, string file, ProblemCollector problems)
    {
        var columns = new List<HeaderColumn>(names.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ok = true;

        void Fail(int index, string message)
        {
            problems.Add(file, 1, index + 1, $"malformed header: {message}");
            ok = false;
        }

        for (var i = 0; i < names.Count; i++)
        {
            var raw = names[i];
            if (raw.Length == 0)
            {
                Fail(i, $"column {i + 1} has no name");
                continue;
            }

            if (!seen.Add(raw))
            {
                Fail(i, $"duplicate column {EchoedText.Quote(raw)}");
                continue;
            }

            var column = ParseColumn(i, raw, out var error);
            if (column is null)
            {
                Fail(i, error!);
                continue;
            }

            columns.Add(column);
        }

        var kind = DecideKind(columns, ok ? problems : new ProblemCollector(), file);
        if (kind is null)
        {
            return null;
        }

        foreach (var column in columns.Where(c => c.Role == ColumnRole.Property))
        {
            var name = column.PropertyName!;
            if (GraphSchema.ReservedProperties.Contains(name))
            {
                Fail(column.Index, $"'{name}' is written by the importer and may not be set by the dataset");
                continue;
            }

            var defined = kind == DatasetFileKind.Nodes
                ? schema.Labels.Select(l => l.FindProperty(name)).OfType<PropertyDefinition>().ToArray()
                : schema.RelationshipTypes.Select(t => t.FindProperty(name)).OfType<PropertyDefinition>().ToArray();
            if (defined.Length == 0)
            {
                var owner = kind == DatasetFileKind.Nodes ? "label" : "relationship type";
                Fail(column.Index, $"'{name}' is not a property of any {owner} in the schema");
                continue;
            }

            var schemaType = defined[0].Type;
            if (schemaType != column.PropertyType)
            {
                Fail(column.Index, $"'{name}' is {schemaType.HeaderName()} in the schema, but the header declares {column.PropertyType.HeaderName()}");
            }
        }

        return ok ? new CsvHeader(kind.Value, columns) : null;
    }

    private static readonly ColumnRole[] NodeKeys = [ColumnRole.Id, ColumnRole.Label];
    private static readonly ColumnRole[] RelationshipKeys = [ColumnRole.StartId, ColumnRole.EndId, ColumnRole.Type];

    /// <summary>Node or relationship file, from the key columns; reports (at the column at fault where there is one) why neither.</summary>
    private static DatasetFileKind? DecideKind(List<HeaderColumn> columns, ProblemCollector problems, string file)
    {
        var keys = columns.Where(c => c.Role != ColumnRole.Property).ToList();
        if (keys.Count == 0)
        {
            problems.Add(file, 1, null,
                "malformed header: a node file needs the columns id:ID and :LABEL, a relationship file :START_ID, :END_ID and :TYPE");
            return null;
        }

        // The first key column says what the file means to be; a key column of the other kind is the one at fault.
        var isNodes = NodeKeys.Contains(keys[0].Role);
        var (own, other) = isNodes ? (NodeKeys, RelationshipKeys) : (RelationshipKeys, NodeKeys);
        var (kindName, otherName) = isNodes ? ("node", "relationship") : ("relationship", "node");
        var stray = keys.FirstOrDefault(c => other.Contains(c.Role));
        if (stray is not null)
        {
            var present = keys.Where(c => own.Contains(c.Role)).Select(c => c.Raw).ToList();
            problems.Add(file, 1, stray.Index + 1,
                $"malformed header: '{stray.Raw}' belongs in a {otherName} file, and this file has the {kindName} column{(present.Count == 1 ? "" : "s")} {string.Join(" and ", present)}");
            return null;
        }

        var missing = own.Where(role => keys.All(c => c.Role != role)).Select(ColumnName).ToList();
        if (missing.Count > 0)
        {
            problems.Add(file, 1, null,
                $"malformed header: a {kindName} file needs the columns {Listed(own.Select(ColumnName).ToList())}; this one has no {string.Join(" or ", missing)}");
            return null;
        }

        return isNodes ? DatasetFileKind.Nodes : DatasetFileKind.Relationships;
    }

    private static string ColumnName(ColumnRole role) => role switch
    {
        ColumnRole.Id => "id:ID",
        ColumnRole.Label => ":LABEL",
        ColumnRole.StartId => ":START_ID",
        ColumnRole.EndId => ":END_ID",
        _ => ":TYPE",
    };

    private static string Listed(List<string> names) =>
        names.Count == 1 ? names[0] : $"{string.Join(", ", names[..^1])} and {names[^1]}";

    private static HeaderColumn? ParseColumn(int index, string raw, out string? error)
    {
        error = null;
        var colon = raw.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return new HeaderColumn(index, raw, ColumnRole.Property, raw, PropertyType.String);
        }

        var name = raw[..colon];
        var suffix = raw[(colon + 1)..];
        switch (suffix)
        {
            case "ID" when name == GraphSchema.IdProperty:
                return new HeaderColumn(index, raw, ColumnRole.Id, GraphSchema.IdProperty, PropertyType.String);
            case "ID":
                error = $"the id column must be 'id:ID', found {EchoedText.Quote(raw)}";
                return null;
            case "LABEL" when name.Length == 0:
                return new HeaderColumn(index, raw, ColumnRole.Label, null, PropertyType.String);
            case "START_ID" when name.Length == 0:
                return new HeaderColumn(index, raw, ColumnRole.StartId, null, PropertyType.String);
            case "END_ID" when name.Length == 0:
                return new HeaderColumn(index, raw, ColumnRole.EndId, null, PropertyType.String);
            case "TYPE" when name.Length == 0:
                return new HeaderColumn(index, raw, ColumnRole.Type, null, PropertyType.String);
        }

        if (name.Length == 0)
        {
            error = $"unsupported column {EchoedText.Quote(raw)}";
            return null;
        }

        if (!PropertyTypes.TryParseHeaderName(suffix, out var type))
        {
            error = $"unknown type {EchoedText.Quote(suffix)} in {EchoedText.Quote(raw)}; expected one of {string.Join(", ", PropertyTypes.HeaderNames)}";
            return null;
        }

        return new HeaderColumn(index, raw, ColumnRole.Property, name, type);
    }
}
