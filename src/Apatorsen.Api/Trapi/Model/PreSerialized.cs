using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Apatorsen.Api.Trapi.Model;

/// <summary>
/// Writes a knowledge graph node or edge from the JSON it was first written as: the mapping hands out the same
/// instance for the same stored node or relationship of the embedded graph, so each is serialised once.
/// </summary>
internal sealed class PreSerialized<T> : JsonConverter<T>
    where T : class
{
    private static readonly JsonSerializerOptions Plain = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
    private readonly ConditionalWeakTable<T, byte[]> _json = [];

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("TRAPI answers are only written.");

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteRawValue(_json.GetValue(value, v => JsonSerializer.SerializeToUtf8Bytes(v, Plain)), skipInputValidation: true);
}
