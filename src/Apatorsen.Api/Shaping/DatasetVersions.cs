using System.Security.Cryptography;
using System.Text;

namespace Apatorsen.Api.Shaping;

/// <summary>
/// What names the graph's content as a whole, the same way on every backend: the one dataset's version, or, when the
/// graph holds several, a hash of their names and versions; and the key answers are cached under.
/// </summary>
public static class DatasetVersions
{
    /// <summary>The graph's version: the one dataset's own version, or 16 hex digits of SHA-256 over "name@version" lines in name order.</summary>
    public static string Combined(IReadOnlyCollection<DatasetMeta> datasets)
    {
        if (datasets.Count == 1)
        {
            return datasets.First().Version;
        }

        var lines = string.Concat(datasets.OrderBy(d => d.Name, StringComparer.Ordinal).Select(d => $"{d.Name}@{d.Version}\n"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(lines)))[..16];
    }

    /// <summary>"name@version" of each dataset in name order, one a line: equal keys, equal graph (as far as imports tell).</summary>
    public static string Key(IEnumerable<(string Name, string Version)> datasets) =>
        string.Join('\n', datasets.OrderBy(d => d.Name, StringComparer.Ordinal).Select(d => $"{d.Name}@{d.Version}"));
}
