using System.Text;
using Apatorsen.Graph.Schema;
using nietras.SeparatedValues;

namespace Apatorsen.Graph.Dataset;

/// <summary>
/// Streams the records of one dataset file, converting typed cells and reporting every row-level
/// problem (field count, unknown label or type, missing or mistyped property, bad encoding, control characters).
/// Cross-row rules (duplicate ids, dangling endpoints, sources) are the validator's.
/// </summary>
public sealed class DatasetFileReader : IDisposable
{
    // Strict UTF-8 so that a file in another encoding is reported instead of silently mangled.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // The reader (Sep) holds at most this many characters of one row; a longer row throws NotSupportedException.
    private const int ReaderRowLimit = 16_777_216;

    private readonly GraphSchema _schema;
    private readonly ProblemCollector _problems;
    private readonly StreamReader? _text;
    private readonly SepReader? _csv;
    private readonly Exception? _openFailure;
    private readonly string _fullPath;
    private bool _finished;
    private bool _failed;

    // Where the next row starts: the row a reading failure belongs to.
    private long _nextRowLine = 1;

    // Opens the file; a failure to open is kept and reported by the first read, as one of the file's problems.
    private DatasetFileReader(string directory, string fullPath, GraphSchema schema, ProblemCollector problems)
    {
        _fullPath = fullPath;
        RelativePath = Path.GetRelativePath(directory, fullPath).Replace('\\', '/');
        _schema = schema;
        _problems = problems;
        try
        {
            _text = new StreamReader(fullPath, StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
            _csv = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(_text);
        }
        catch (Exception e) when (IsReadingFailure(e))
        {
            // Sep fills its first buffer while opening; what went wrong there is reported by TryMoveNext.
            _openFailure = e;
        }
    }

    /// <summary>The path relative to the dataset directory, with forward slashes, as used in problem reports.</summary>
    public string RelativePath { get; }

    public CsvHeader? Header { get; private set; }

    /// <summary>Opens a file and parses its header; the result's <see cref="Header"/> is null when the header is unusable.</summary>
    public static DatasetFileReader Open(string directory, string fullPath, GraphSchema schema, ProblemCollector problems)
    {
        var reader = new DatasetFileReader(directory, fullPath, schema, problems);
        reader.ReadHeader();
        return reader;
    }

    private void ReadHeader()
    {
        if (!TryMoveNext())
        {
            if (!_failed)
            {
                _problems.Add(RelativePath, 0, null, "the file is empty: expected a header row");
            }

            return;
        }

        var row = _csv!.Current;
        var names = new string[row.ColCount];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = row[i].ToString();
        }

        if (names.Length > 0)
        {
            // neo4j-admin tolerates a UTF-8 byte order mark; so do we.
            names[0] = names[0].TrimStart('\uFEFF');
        }

        Header = CsvHeader.Parse(names, _schema, RelativePath, _problems);
    }

    /// <summary>Moves to the next row; when the file cannot be read further, reports why once and ends the file.</summary>
    private long? _unclosedQuoteLine;

    private bool TryMoveNext()
    {
        if (_finished)
        {
            return false;
        }

        try
        {
            if (_csv is null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_openFailure!);
            }

            if (_csv.MoveNext())
            {
                var row = _csv.Current;
                _nextRowLine = row.LineNumberToExcl;
                // Only the file's last row can hold a quote that is never closed: the reader runs such a row to the end
                // of the file, which would otherwise turn every following row into part of one value, silently.
                _unclosedQuoteLine = row.LineNumberToExcl - row.LineNumberFrom > 1 && row.Span.Count('"') % 2 == 1 ? row.LineNumberFrom : null;
                return true;
            }

            _finished = true;
            if (_unclosedQuoteLine is { } line)
            {
                _problems.Add(RelativePath, line, null,
                    "a quoted value on this line is never closed, so the reader took every following row of the file into it; " +
                    "close the quote (a quote inside a quoted value is written twice).");
                _failed = true;
            }

            return false;
        }
        catch (Exception e) when (IsReadingFailure(e))
        {
            ReportReadingFailure(e);
            _finished = true;
            _failed = true;
            return false;
        }
    }

    private static bool IsReadingFailure(Exception e) => e is DecoderFallbackException or NotSupportedException or IOException or UnauthorizedAccessException;

    private void ReportReadingFailure(Exception e)
    {
        switch (e)
        {
            case DecoderFallbackException:
                var (line, column, offset) = Utf8Check.FirstInvalidByte(_fullPath);
                _problems.Add(RelativePath, line, column, $"the file is not valid UTF-8 (first invalid byte at offset {offset})");
                break;
            case NotSupportedException:
                _problems.Add(RelativePath, _nextRowLine, null,
                    $"the row starting on this line is longer than {ReaderRowLimit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} characters, the most the CSV reader holds; " +
                    "an unterminated quote (\") is the usual cause. The rest of the file was not read.");
                break;
            default:
                _problems.Add(RelativePath, _nextRowLine == 1 ? 0 : _nextRowLine, null,
                    $"cannot be read{(_nextRowLine == 1 ? "" : " past this line")}: {DatasetDirectory.Reason(e)}");
                break;
        }
    }

    public IEnumerable<NodeRecord> ReadNodes() => ReadRecords(DatasetFileKind.Nodes, ReadNode);

    public IEnumerable<RelationshipRecord> ReadRelationships() => ReadRecords(DatasetFileKind.Relationships, ReadRelationship);

    /// <summary>The file's valid rows, if it holds that kind of record; an invalid row is a problem and is skipped.</summary>
    private IEnumerable<T> ReadRecords<T>(DatasetFileKind kind, RowReader<T> read)
        where T : class
    {
        if (Header is not { } header || header.Kind != kind)
        {
            yield break;
        }

        while (TryMoveNext())
        {
            if (ReadRow(header, read) is { } record)
            {
                yield return record;
            }
        }
    }

    private delegate T? RowReader<T>(SepReader.Row row, CsvHeader header, long line);

    // Outside the iterator, which cannot hold the row (a ref struct) across a yield.
    private T? ReadRow<T>(CsvHeader header, RowReader<T> read)
        where T : class
    {
        var row = _csv!.Current;
        var line = row.LineNumberFrom;
        if (!HasExpectedFieldCount(row, header, line))
        {
            return null;
        }

        // One scan of the whole row; the cells are looked at only when it finds something.
        if (row.Span.ContainsAny(ControlCharacters.Refused))
        {
            ReportControlCharacters(row, header, line);
        }

        return read(row, header, line);
    }

    // Reported, but the record is still read: its id counts for the cross-row checks, as with a mistyped property.
    private void ReportControlCharacters(SepReader.Row row, CsvHeader header, long line)
    {
        for (var i = 0; i < row.ColCount; i++)
        {
            var value = row[i].Span;
            var at = value.IndexOfAny(ControlCharacters.Refused);
            if (at >= 0)
            {
                var column = header.Columns[i];
                Report(line, i, ControlCharacters.Describe(column.PropertyName ?? column.Raw, value, at));
            }
        }
    }

    private NodeRecord? ReadNode(SepReader.Row row, CsvHeader header, long line)
    {
        var id = row[header.IdIndex].ToString();
        var labelName = row[header.LabelIndex].Span;
        var keyOk = CheckKey(id, "id", header.IdIndex, line);
        var label = _schema.FindLabel(labelName);
        if (label is null)
        {
            Report(line, header.LabelIndex, labelName.IsEmpty ? "missing label" : $"unknown label {EchoedText.Quote(labelName)}");
            return null;
        }

        // The id is the first value, then the property columns in order.
        var values = new object?[header.Properties.Count + 1];
        values[0] = id;
        // Property problems are reported but the record is still returned, so that its id counts
        // for the cross-row checks and one bad cell does not cascade into dangling-endpoint reports.
        var count = 1 + ReadProperties(row, header, line, values.AsSpan(1), label.Label, ColumnDefinitions(header, label.Properties));
        var properties = new PropertyMap(NodePropertyNames(header), values, count);
        CheckRequired(line, header, label.Label, label.Properties, properties);
        return keyOk ? new NodeRecord(id, label.Label, properties, RelativePath, line) : null;
    }

    private RelationshipRecord? ReadRelationship(SepReader.Row row, CsvHeader header, long line)
    {
        var start = row[header.StartIdIndex].ToString();
        var end = row[header.EndIdIndex].ToString();
        var typeName = row[header.TypeIndex].Span;
        var keysOk = CheckKey(start, "start id", header.StartIdIndex, line) & CheckKey(end, "end id", header.EndIdIndex, line);
        var type = _schema.FindRelationshipType(typeName);
        if (type is null)
        {
            Report(line, header.TypeIndex, typeName.IsEmpty ? "missing relationship type" : $"unknown relationship type {EchoedText.Quote(typeName)}");
            return null;
        }

        var values = new object?[header.Properties.Count];
        var count = ReadProperties(row, header, line, values, type.Type, ColumnDefinitions(header, type.Properties));
        var properties = new PropertyMap(RelationshipPropertyNames(header), values, count);
        CheckRequired(line, header, type.Type, type.Properties, properties);
        return keysOk ? new RelationshipRecord(start, type.Type, end, properties, RelativePath, line) : null;
    }

    private bool HasExpectedFieldCount(SepReader.Row row, CsvHeader header, long line)
    {
        if (row.ColCount == header.Columns.Count)
        {
            return true;
        }

        // The first field too many, or the first one missing.
        Report(line, Math.Min(row.ColCount, header.Columns.Count), $"expected {header.Columns.Count} fields, found {row.ColCount}");
        return false;
    }

    private bool CheckKey(string value, string what, int index, long line)
    {
        if (value.Length == 0)
        {
            Report(line, index, $"missing {what}");
            return false;
        }

        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            Report(line, index, $"{what} {EchoedText.Quote(value)} has leading or trailing white space");
            return false;
        }

        if (value.Length > GraphSchema.MaxIdLength)
        {
            Report(line, index, $"{what} is {value.Length} characters long, more than the {GraphSchema.MaxIdLength} an id may have: {EchoedText.Quote(value)}");
            return false;
        }

        return true;
    }

    // The property names every row of this file shares: for nodes the id first.
    private string[]? _propertyNames;

    private string[] NodePropertyNames(CsvHeader header) =>
        _propertyNames ??= [GraphSchema.IdProperty, .. header.Properties.Select(c => c.PropertyName!)];

    private string[] RelationshipPropertyNames(CsvHeader header) =>
        _propertyNames ??= header.Properties.Select(c => c.PropertyName!).ToArray();

    // Per label or type (its definition's list of properties), the definition of each property column, or null.
    private readonly Dictionary<IReadOnlyList<PropertyDefinition>, PropertyDefinition?[]> _columnDefinitions = new(ReferenceEqualityComparer.Instance);

    private PropertyDefinition?[] ColumnDefinitions(CsvHeader header, IReadOnlyList<PropertyDefinition> properties)
    {
        if (!_columnDefinitions.TryGetValue(properties, out var definitions))
        {
            _columnDefinitions[properties] = definitions = header.Properties
                .Select(c => properties.FirstOrDefault(p => p.Name == c.PropertyName))
                .ToArray();
        }

        return definitions;
    }

    // One pool of converted values per property column (by position in CsvHeader.Properties).
    private ValuePool<object>[]? _pools;

    /// <summary>Converts the row's property cells into <paramref name="into"/> (by column position); returns how many it holds.</summary>
    private int ReadProperties(
        SepReader.Row row, CsvHeader header, long line, Span<object?> into, string owner, PropertyDefinition?[] definitions)
    {
        var pools = _pools ??= header.Properties.Select(_ => new ValuePool<object>()).ToArray();
        var count = 0;
        for (var i = 0; i < into.Length; i++)
        {
            var column = header.Properties[i];
            var cell = row[column.Index].Span;
            if (cell.IsEmpty)
            {
                continue;
            }

            // A value seen before in this column was converted then; whether it is allowed depends on the row's label or type.
            var pool = pools[i];
            if (!pool.IsFull && pool.TryGet(cell, out var known) && definitions[i] is { } definition
                && (definition.AllowedValues is null || Disallowed(known, definition.AllowedValues) is null))
            {
                into[i] = known;
                count++;
                continue;
            }

            var raw = cell.ToString();
            if (ReadProperty(raw, column, line, owner, definitions[i]) is { } value)
            {
                pool.Add(raw, value);
                into[i] = value;
                count++;
            }
        }

        return count;
    }

    private object? ReadProperty(string cell, HeaderColumn column, long line, string owner, PropertyDefinition? definition)
    {
        var name = column.PropertyName!;
        if (definition is null)
        {
            Report(line, column.Index, $"'{name}' is not a property of {owner}");
            return null;
        }

        if (!ValueParser.TryParse(cell, column.PropertyType, out var value, out var error))
        {
            Report(line, column.Index, $"'{name}' {error}");
            return null;
        }

        if (definition.AllowedValues is { } allowed && Disallowed(value, allowed) is { } wrong)
        {
            Report(line, column.Index, $"'{name}' cannot be {EchoedText.Quote(wrong)}; it is one of {string.Join(", ", allowed)}");
            return null;
        }

        return value;
    }

    private static string? Disallowed(object value, IReadOnlyList<string> allowed) => value switch
    {
        string text => allowed.Contains(text) ? null : text,
        string[] texts => texts.FirstOrDefault(t => !allowed.Contains(t)),
        _ => null,
    };

    private void CheckRequired(
        long line, CsvHeader header, string owner, IReadOnlyList<PropertyDefinition> definitions, PropertyMap properties)
    {
        foreach (var (definition, position, requirementPosition) in RequiredChecks(definitions, properties.Names))
        {
            var present = properties.Has(position);
            if (definition.Required && !present)
            {
                var column = header.Properties.FirstOrDefault(c => c.PropertyName == definition.Name);
                Report(line, column?.Index, column is null
                    ? $"missing required property '{definition.Name}' of {owner} (the file has no '{definition.Name}' column)"
                    : $"missing required property '{definition.Name}' of {owner}");
            }

            if (definition.Requires is { } requirement && present && !properties.Has(requirementPosition))
            {
                var column = header.Properties.FirstOrDefault(c => c.PropertyName == definition.Name);
                Report(line, column?.Index, $"'{definition.Name}' of {owner} needs '{requirement}' beside it");
            }
        }
    }

    private readonly record struct RequiredCheck(PropertyDefinition Definition, int Position, int RequirementPosition);

    // Per label or type, its properties that are required or require another, with their positions among this file's
    // columns, worked out once instead of looking each name up on every row.
    private readonly Dictionary<IReadOnlyList<PropertyDefinition>, RequiredCheck[]> _requiredChecks = new(ReferenceEqualityComparer.Instance);

    private RequiredCheck[] RequiredChecks(IReadOnlyList<PropertyDefinition> definitions, string[] names)
    {
        if (!_requiredChecks.TryGetValue(definitions, out var checks))
        {
            _requiredChecks[definitions] = checks = definitions
                .Where(d => d.Required || d.Requires is not null)
                .Select(d => new RequiredCheck(d, Array.IndexOf(names, d.Name), d.Requires is { } r ? Array.IndexOf(names, r) : -1))
                .ToArray();
        }

        return checks;
    }

    private void Report(long line, int? index, string message) => _problems.Add(RelativePath, line, index + 1, message);

    public void Dispose()
    {
        _csv?.Dispose();
        _text?.Dispose();
    }
}
