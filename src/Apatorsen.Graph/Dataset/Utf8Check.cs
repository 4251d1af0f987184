namespace Apatorsen.Graph.Dataset;

/// <summary>Locates the first byte that is not valid UTF-8; used only once a decoder has already failed.</summary>
internal static class Utf8Check
{
    public static (long Line, long Offset) FirstInvalidByte(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var span = bytes.AsSpan();
        long offset = 0;
        while (!span.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(span, out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                break;
            }

            span = span[consumed..];
            offset += consumed;
        }

        var line = 1 + bytes.AsSpan(0, (int)offset).Count((byte)'\n');
        return (line, offset);
    }
}
