namespace Apatorsen.IntegrationTests.Neo4jServer;

/// <summary>A copy of a dataset without every line that mentions one id: the node and its relationships.</summary>
internal sealed class DatasetCopy : IDisposable
{
    public DatasetCopy(string source, string removedId)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*.csv", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.WriteAllLines(target, File.ReadAllLines(file).Where(line => !line.Contains(removedId, StringComparison.Ordinal)));
        }
    }

    public string Path { get; } = Directory.CreateTempSubdirectory("apatorsen-copy-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
