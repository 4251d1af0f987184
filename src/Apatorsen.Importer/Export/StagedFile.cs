namespace Apatorsen.Importer.Export;

/// <summary>
/// An output file written under a hidden temporary name beside its final one, and renamed into place only when complete:
/// a failed or interrupted export leaves no half-written file.
/// </summary>
internal sealed class StagedFile : IDisposable
{
    private readonly FileStream _stream;
    private bool _closed;
    private bool _placed;

    public StagedFile(string directory, string name)
    {
        Name = name;
        FinalPath = Path.Combine(directory, name);
        TemporaryPath = Path.Combine(directory, $".{name}.{Guid.NewGuid():N}{TemporarySuffix}");
        _stream = new FileStream(TemporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
    }

    private const string TemporarySuffix = ".tmp";

    private static readonly System.Buffers.SearchValues<char> LowercaseHexDigits = System.Buffers.SearchValues.Create("0123456789abcdef");

    public string Name { get; }

    public string FinalPath { get; }

    public string TemporaryPath { get; }

    public long Length { get; private set; }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        _stream.Write(bytes);
        Length += bytes.Length;
    }

    /// <summary>Writes everything to the disk (not only to the operating system's cache), so that the rename publishes whole contents.</summary>
    public void Close()
    {
        _stream.Flush(flushToDisk: true);
        _stream.Dispose();
        _closed = true;
    }

    /// <summary>Renames the closed file to its final name, replacing a file of that name.</summary>
    public void Place()
    {
        if (!_closed)
        {
            throw new InvalidOperationException($"{Name} is placed before it is closed.");
        }

        File.Move(TemporaryPath, FinalPath, overwrite: true);
        _placed = true;
    }

    /// <summary>
    /// Removes the temporary files of <paramref name="name"/> that an export killed outright (SIGKILL, a power cut) left
    /// in <paramref name="directory"/>, recognised by the exact name this class gives them. A file that another export
    /// still writes is left alone: that export holds it open exclusively, which the attempt to open it here detects.
    /// </summary>
    /// <returns>The bytes of each file removed.</returns>
    public static IReadOnlyList<long> RemoveLeftovers(string directory, string name)
    {
        var removed = new List<long>();
        foreach (var path in Directory.EnumerateFiles(directory, $".{name}.*{TemporarySuffix}"))
        {
            if (!IsTemporaryNameOf(Path.GetFileName(path), name))
            {
                continue;
            }

            try
            {
                // Deleted when closed, so no other export can open the file between the check and the removal.
                using var stale = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None, bufferSize: 1, FileOptions.DeleteOnClose);
                removed.Add(stale.Length);
            }
            catch (IOException)
            {
                // In use, or gone already.
            }
        }

        return removed;
    }

    // ".{name}.{32 lowercase hex digits}.tmp", as the constructor names them (a Guid formatted "N").
    private static bool IsTemporaryNameOf(string fileName, string name)
    {
        var prefix = $".{name}.";
        if (fileName.Length != prefix.Length + 32 + TemporarySuffix.Length
            || !fileName.StartsWith(prefix, StringComparison.Ordinal) || !fileName.EndsWith(TemporarySuffix, StringComparison.Ordinal))
        {
            return false;
        }

        return !fileName.AsSpan(prefix.Length, 32).ContainsAnyExcept(LowercaseHexDigits);
    }

    public void Dispose()
    {
        _stream.Dispose();
        if (!_placed)
        {
            File.Delete(TemporaryPath);
        }
    }
}
