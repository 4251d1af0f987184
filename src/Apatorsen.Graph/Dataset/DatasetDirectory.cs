using System.IO.Enumeration;

namespace Apatorsen.Graph.Dataset;

/// <summary>
/// Finds the CSV files of a dataset directory in a stable order. Only files that can be read safely are returned:
/// an entry that would fail or hang when opened (a dangling link, a pipe, a device, an unreadable directory) or that
/// is named like a dataset file but is a directory is reported as a problem naming its path, and never opened.
/// </summary>
public static class DatasetDirectory
{
    public static IReadOnlyList<string> FindFiles(string directory, ProblemCollector problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (File.Exists(directory))
        {
            problems.Add(directory, 0, null, "is a file, not a dataset directory");
            return [];
        }

        if (!Directory.Exists(directory))
        {
            problems.Add(directory, 0, null, "the dataset directory does not exist");
            return [];
        }

        var files = new List<string>();
        var reported = problems.Problems.Count + problems.Dropped;
        Walk(directory, new DirectoryInfo(directory), files, problems);
        if (files.Count == 0 && problems.Problems.Count + problems.Dropped == reported)
        {
            problems.Add(directory, 0, null, "the dataset directory holds no .csv files");
        }

        return files;
    }

    private static void Walk(string root, DirectoryInfo current, List<string> files, ProblemCollector problems)
    {
        FileSystemInfo[] entries;
        try
        {
            entries = [.. current.EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(PathFor(root, current.FullName), 0, null, $"cannot be read: {Reason(e)}");
            return;
        }

        foreach (var entry in entries)
        {
            switch (entry)
            {
                case DirectoryInfo { LinkTarget: { } target }:
                    // Following links to directories can loop (a link to a parent) and read files from anywhere.
                    problems.Add(PathFor(root, entry.FullName), 0, null, $"is a symbolic link to the directory {target}, which is not followed; put the files themselves in the dataset directory");
                    break;
                case DirectoryInfo when IsCsvName(entry.Name):
                    // Walking into it would pass over what was meant as a dataset file silently when it is empty.
                    problems.Add(PathFor(root, entry.FullName), 0, null, "is a directory, not a file; a dataset file named *.csv must be a regular file");
                    break;
                case DirectoryInfo subdirectory:
                    Walk(root, subdirectory, files, problems);
                    break;
                case FileInfo file when IsCsvName(file.Name):
                    if (CheckReadable(file) is { } problem)
                    {
                        problems.Add(PathFor(root, file.FullName), 0, null, problem);
                    }
                    else
                    {
                        files.Add(file.FullName);
                    }

                    break;
            }
        }
    }

    private static bool IsCsvName(string name) => FileSystemName.MatchesSimpleExpression("*.csv", name, ignoreCase: OperatingSystem.IsWindows());

    /// <summary>Why the file must not be opened, or null when it is a non-empty regular file (or a link to one).</summary>
    private static string? CheckReadable(FileInfo file)
    {
        var target = file;
        if (file.LinkTarget is { } link)
        {
            try
            {
                target = (FileInfo?)file.ResolveLinkTarget(returnFinalTarget: true) ?? file;
            }
            catch (IOException e)
            {
                return $"is a symbolic link to {link}, which cannot be followed: {e.Message}";
            }

            if (!target.Exists)
            {
                return $"is a symbolic link to {link}, which does not exist";
            }
        }

        // Pipes, sockets and devices have no size; opening a pipe would wait for a writer forever. An empty regular
        // file has no header row either, so none of them is opened.
        return target.Length == 0
            ? "is empty or not a regular file (a pipe, socket or device); a dataset file needs at least a header row"
            : null;
    }

    private static string PathFor(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        return relative == "." ? root : relative.Replace('\\', '/');
    }

    internal static string Reason(Exception e) => e is UnauthorizedAccessException ? "permission denied" : e.Message;
}
