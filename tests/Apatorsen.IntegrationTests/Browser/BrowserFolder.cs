namespace Apatorsen.IntegrationTests.Browser;

/// <summary>The files of cypher/browser/: the guide, the style sheet and the saved queries.</summary>
internal static class BrowserFolder
{
    public static string Path { get; } = RepositoryRoot.Combine("cypher", "browser");

    public static string Guide => System.IO.Path.Combine(Path, "guide.html");

    public static string StyleSheet => System.IO.Path.Combine(Path, "style.grass");

    public static IReadOnlyList<string> SavedQueries { get; } =
        Directory.EnumerateFiles(Path, "*.cypher", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();

    public static TheoryData<string> SavedQueryNames()
    {
        var names = new TheoryData<string>();
        foreach (var file in SavedQueries)
        {
            names.Add(System.IO.Path.GetRelativePath(Path, file).Replace('\\', '/'));
        }

        return names;
    }

    public static string Read(string file) => File.ReadAllText(file).ReplaceLineEndings("\n");
}
