namespace Apatorsen.Graph.Dataset;

/// <summary>Locates the first byte that is not valid UTF-8; used only once a decoder has already failed.</summary>
internal static class Utf8Check
{
    /// <summary>The line and field (counting commas outside quotes, as the CSV reader does) of the first invalid byte, and its offset.</summary>
    public static (long Line, int Column, long Offset) FirstInvalidByte(string path)
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

        long line = 1;
        var column = 1;
        var quoted = false;
        foreach (var b in bytes.AsSpan(0, (int)offset))
        {
            switch (b)
            {
                case (byte)'\n':
                    line++;
                    column = quoted ? column : 1;
                    break;
                case (byte)'"':
                    // An escaped quote ("") toggles twice, which leaves the state as it was.
                    quoted = !quoted;
                    break;
                case (byte)',' when !quoted:
                    column++;
                    break;
            }
        }

        return (line, column, offset);
    }
}
