using System.Security.Cryptography;

namespace Apatorsen.Importer.Export;

/// <summary>
/// An output file written under a hidden temporary name beside its final one, and renamed into place only when complete:
/// a failed or interrupted export leaves no half-written file. Its SHA-256 is computed as it is written.
/// </summary>
internal sealed class StagedFile : IDisposable
{
    private readonly FileStream _stream;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
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

    /// <summary>The SHA-256 of the bytes written, in lower-case hex; available once the file is closed.</summary>
    public string? Sha256 { get; private set; }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        _stream.Write(bytes);
        _hash.AppendData(bytes);
        Length += bytes.Length;
    }

    /// <summary>Writes everything to the disk (not only to the operating system's cache), so that the rename publishes whole contents.</summary>
    public void Close()
    {
        _stream.Flush(flushToDisk: true);
        _stream.Dispose();
        Sha256 = Convert.ToHexStringLower(_hash.GetHashAndReset());
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
        _hash.Dispose();
        if (!_placed)
        {
            File.Delete(TemporaryPath);
        }
    }
}
