namespace Apatorsen.Testing;

/// <summary>Finds files of the repository from a test's output directory. Compiled into every test project (Directory.Build.props).</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Apatorsen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Apatorsen.sln above {AppContext.BaseDirectory}.");
    }
}
