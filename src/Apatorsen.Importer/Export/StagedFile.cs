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
        TemporaryPath = Path.Combine(directory, $".{name}.{Guid.NewGuid():N}.tmp");
        _stream = new FileStream(TemporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
    }

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

    public void Dispose()
    {
        _stream.Dispose();
        if (!_placed)
        {
            File.Delete(TemporaryPath);
        }
    }
}
