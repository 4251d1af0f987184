using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Apatorsen.Importer.Export;

/// <summary>A JSON Lines file: one compact JSON object per line, each encoded into a reused buffer and then written.</summary>
internal sealed class JsonLinesFile : IDisposable
{
    // Relaxed escaping keeps µ, ≥ and quotes in names readable; JSON needs no HTML-safe escapes. Control characters are still escaped.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 12);
    private readonly Utf8JsonWriter _json;

    public JsonLinesFile(string directory, string name)
    {
        File = new StagedFile(directory, name);
        _json = new Utf8JsonWriter(_buffer, Options);
    }

    public StagedFile File { get; }

    public long Lines { get; private set; }

    /// <summary>Starts a line's object; write its properties to the writer returned, then call <see cref="EndLine"/>.</summary>
    public Utf8JsonWriter StartLine()
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        _json.WriteStartObject();
        return _json;
    }

    public void EndLine()
    {
        _json.WriteEndObject();
        _json.Flush();
        _buffer.Write("\n"u8);
        File.Write(_buffer.WrittenSpan);
        Lines++;
    }

    public void Dispose()
    {
        _json.Dispose();
        File.Dispose();
    }
}
