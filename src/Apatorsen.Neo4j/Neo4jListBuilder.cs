using System.Buffers;
using System.Text.Json;
using Apatorsen.Neo4j.Protocol;

namespace Apatorsen.Neo4j;

/// <summary>
/// A parameter value already encoded as typed JSON, written into a request as it is. Made by
/// <see cref="Neo4jListBuilder"/>.
/// </summary>
public sealed class Neo4jEncodedValue
{
    internal Neo4jEncodedValue(ReadOnlyMemory<byte> utf8Json) => Utf8Json = utf8Json;

    internal ReadOnlyMemory<byte> Utf8Json { get; }

    /// <summary>The encoded size in bytes.</summary>
    public int Length => Utf8Json.Length;
}

/// <summary>
/// Builds a list parameter by encoding each item to typed JSON as it is added. A large batch (the importer's
/// <c>$rows</c>) is then held as bytes instead of as thousands of live objects, which the garbage collector would
/// otherwise have to promote and trace until the batch is sent.
/// </summary>
public sealed class Neo4jListBuilder : IDisposable
{
    private readonly string _parameterName;
    private readonly ArrayBufferWriter<byte> _buffer;
    private readonly Utf8JsonWriter _writer;

    /// <param name="parameterName">The parameter the list is for; named in the message when an item cannot be encoded.</param>
    /// <param name="initialCapacity">Initial buffer size in bytes.</param>
    public Neo4jListBuilder(string parameterName, int initialCapacity = 64 * 1024)
    {
        _parameterName = parameterName;
        _buffer = new ArrayBufferWriter<byte>(initialCapacity);
        _writer = new Utf8JsonWriter(_buffer, QueryRequestBody.WriterOptions);
        Start();
    }

    /// <summary>Items added since the list was started.</summary>
    public int Count { get; private set; }

    /// <summary>Encodes one item: any value a parameter may hold.</summary>
    /// <exception cref="ArgumentException">
    /// The item has a type with no Cypher equivalent; the message names where. The list holds a partial item then:
    /// <see cref="Clear"/> it before adding more.
    /// </exception>
    public void Add(object? item)
    {
        try
        {
            TypedValueWriter.Write(_writer, item, depth: 1);
        }
        catch (TypedValueWriter.UnsupportedValueException ex)
        {
            throw new ArgumentException(ex.MessageFor($"{_parameterName}[{Count}]"), nameof(item), ex);
        }

        Count++;
    }

    /// <summary>Returns the list of the items added so far and starts a new, empty one.</summary>
    public Neo4jEncodedValue Complete()
    {
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.Flush();
        var value = new Neo4jEncodedValue(_buffer.WrittenSpan.ToArray());
        Clear();
        return value;
    }

    /// <summary>Drops the items added so far and starts a new, empty list, keeping the buffer.</summary>
    public void Clear()
    {
        _writer.Reset();
        _buffer.ResetWrittenCount();
        Count = 0;
        Start();
    }

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();

    private void Start()
    {
        _writer.WriteStartObject();
        _writer.WriteString("$type", "List");
        _writer.WriteStartArray("_value");
    }
}
