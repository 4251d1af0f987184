using Apatorsen.Graph.Biolink;
using Apatorsen.Graph.Dataset;

namespace Apatorsen.Importer.Export;

/// <summary>
/// The CURIE prefixes an export has written, for its metadata's prefix map; a value that is not a CURIE, or whose
/// prefix has no known expansion, is a problem at the row that holds it (reported once per prefix).
/// </summary>
internal sealed class PrefixUsage
{
    private readonly ProblemCollector _problems;
    private readonly SortedDictionary<string, string> _used = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _seen = new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);

    /// <summary>Starts with <paramref name="alwaysUsed"/>: the prefixes every export writes (categories, edge ids, knowledge sources).</summary>
    public PrefixUsage(ProblemCollector problems, params string[] alwaysUsed)
    {
        _problems = problems;
        foreach (var prefix in alwaysUsed)
        {
            Add(prefix);
        }
    }

    /// <summary>Every prefix written, with its expansion, in ordinal order.</summary>
    public IReadOnlyDictionary<string, string> Used => _used;

    /// <summary>Notes the prefix of <paramref name="curie"/>, the value of <paramref name="property"/> at a row of the dataset.</summary>
    public void Note(string curie, string property, string file, long line)
    {
        var colon = curie.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            _problems.Add(file, line, null, $"'{property}' value {EchoedText.Quote(curie)} is not a CURIE (prefix:local id), which a KGX export needs there");
            return;
        }

        // The common case, a prefix already seen, allocates nothing.
        if (_seen.Contains(curie.AsSpan(0, colon)))
        {
            return;
        }

        var prefix = curie[..colon];
        if (KgxPrefixes.TryExpand(prefix, out _))
        {
            Add(prefix);
        }
        else if (_reported.Add(prefix))
        {
            _problems.Add(file, line, null,
                $"'{property}' value {EchoedText.Quote(curie)} has the prefix {EchoedText.Quote(prefix)}, which neither Biolink {BiolinkModel.Instance.Version}'s " +
                "prefix map nor the export's own (docs/kgx.md) expands; the KGX metadata must give every prefix the export uses an IRI");
        }
    }

    private void Add(string prefix)
    {
        KgxPrefixes.TryExpand(prefix, out var expansion);
        _used[prefix] = expansion;
        _seen.Set.Add(prefix);
    }
}
