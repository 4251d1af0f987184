using System.Globalization;
using Apatorsen.Neo4j;
using Microsoft.Extensions.Configuration;

namespace Apatorsen.Importer;

/// <summary>
/// The importer's one configuration, from which <see cref="Neo4jOptions"/> is bound: from lowest to highest
/// precedence, the importer's defaults, the <c>NEO4J_*</c> aliases, the environment (<c>Neo4j__Uri</c>, ...) and
/// the command-line options. It can say where a setting came from, for messages.
/// </summary>
internal sealed class ImporterConfiguration
{
    /// <summary>The short variable names of Neo4j's own images and tools, read as keys of the Neo4j section.</summary>
    public static readonly IReadOnlyList<(string Variable, string Key)> Aliases =
    [
        ("NEO4J_URI", Key(nameof(Neo4jOptions.Uri))),
        ("NEO4J_USER", Key(nameof(Neo4jOptions.User))),
        ("NEO4J_PASSWORD", Key(nameof(Neo4jOptions.Password))),
    ];

    private static readonly Dictionary<string, string?> Defaults = new(StringComparer.OrdinalIgnoreCase)
    {
        [Key(nameof(Neo4jOptions.RequestTimeout))] = ImportSettings.DefaultRequestTimeout.ToString("c", CultureInfo.InvariantCulture),
    };

    private readonly Dictionary<string, string?> _environment;
    private readonly Dictionary<string, string?> _aliased;
    private readonly IReadOnlyDictionary<string, string> _switches;
    private readonly IReadOnlyDictionary<string, string?> _commandLine;

    /// <param name="environment">The environment variables, by name.</param>
    /// <param name="switches">The command-line option that sets each configuration key (--uri for Neo4j:Uri).</param>
    /// <param name="commandLine">The values of the mapped options given on this command line, by configuration key.</param>
    public ImporterConfiguration(
        IReadOnlyDictionary<string, string?> environment, IReadOnlyDictionary<string, string> switches, IReadOnlyDictionary<string, string?> commandLine)
    {
        _environment = environment.ToDictionary(p => p.Key.Replace("__", ":", StringComparison.Ordinal), p => p.Value, StringComparer.OrdinalIgnoreCase);
        _switches = switches;
        _commandLine = commandLine;
        var aliases = Aliases.Where(a => !string.IsNullOrEmpty(environment.GetValueOrDefault(a.Variable)))
            .ToDictionary(a => a.Key, a => environment[a.Variable], StringComparer.OrdinalIgnoreCase);
        Root = new ConfigurationBuilder()
            .AddInMemoryCollection(Defaults)
            .AddInMemoryCollection(aliases)
            .AddInMemoryCollection(_environment)
            .AddInMemoryCollection(commandLine)
            .Build();
        _aliased = aliases;
    }

    public IConfigurationRoot Root { get; }

    public static string Key(string property) => $"{Neo4jOptions.SectionName}:{property}";

    /// <summary>True when a Neo4j address is configured anywhere.</summary>
    public bool HasUri => !string.IsNullOrEmpty(Root[Key(nameof(Neo4jOptions.Uri))]);

    /// <summary>Where the value of a key came from (an option or a variable), or null when it is not set.</summary>
    public string? SourceOf(string key)
    {
        if (_commandLine.ContainsKey(key))
        {
            return _switches[key];
        }

        if (_environment.ContainsKey(key))
        {
            return key.Replace(":", "__", StringComparison.Ordinal);
        }

        return _aliased.ContainsKey(key) ? Aliases.First(a => a.Key == key).Variable : null;
    }

    /// <summary>The ways to set a key: its option, if any, its variable and its alias, if any.</summary>
    public string WaysToSet(string key)
    {
        var ways = new List<string>();
        if (_switches.TryGetValue(key, out var option))
        {
            ways.Add($"pass {option}");
        }

        var variables = new[] { key.Replace(":", "__", StringComparison.Ordinal) }
            .Concat(Aliases.Where(a => a.Key == key).Select(a => a.Variable));
        ways.Add($"set {string.Join(" or ", variables)}");
        return string.Join(" or ", ways);
    }
}
