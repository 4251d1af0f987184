namespace Apatorsen.Graph.Dataset;

/// <summary>Finds the CSV files of a dataset directory in a stable order.</summary>
public static class DatasetDirectory
{
    public static IReadOnlyList<string> FindFiles(string directory, ProblemCollector problems)
    {
        if (!Directory.Exists(directory))
        {
            problems.Add(directory, 0, null, "the dataset directory does not exist");
            return [];
        }

        var files = Directory.EnumerateFiles(directory, "*.csv", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (files.Length == 0)
        {
            problems.Add(directory, 0, null, "the dataset directory holds no .csv files");
        }

        return files;
    }
}
