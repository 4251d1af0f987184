using System.Text.RegularExpressions;

namespace Apatorsen.Importer;

/// <summary>
/// Names of datasets in one graph: a letter or digit, then letters, digits, '.', '_' or '-', at most 100 characters.
/// No '@', which separates name and version in a node's <c>datasetVersions</c>.
/// </summary>
internal static partial class DatasetNames
{
    public const string Accepts = "a letter or digit, then letters, digits, '.', '_' or '-' (at most 100 characters)";

    public static bool IsValid(string? name) => name is not null && Pattern().IsMatch(name);

    /// <summary>The default name of the dataset in <paramref name="directory"/>: the folder's name.</summary>
    public static string FromDirectory(string directory) =>
        Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
