namespace Apatorsen.Importer.Tests;

internal sealed class TemporaryDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("apatorsen-importer-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

/// <summary>A copy of the shipped dataset that a test may break.</summary>
internal static class ShippedDataCopy
{
    public static TemporaryDirectory Create()
    {
        var copy = new TemporaryDirectory();
        foreach (var file in Directory.EnumerateFiles(ImporterRun.ShippedData, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy.Path, Path.GetRelativePath(ImporterRun.ShippedData, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }
}
