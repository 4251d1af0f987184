using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Apatorsen.Graph.Biolink;

/// <summary>
/// The facts of the pinned Biolink Model release that the graph relies on: classes with their is_a and mixins,
/// predicates and other slots with domain, range, inverse and symmetry, association classes with the ends,
/// predicates and qualifiers they allow, enums and the prefix map. Read from biolink-model-4.4.4.json, a table
/// written by tools/biolink-facts from the model's own YAML (names as Biolink spells them in CURIEs, without the
/// <c>biolink:</c> prefix).
/// </summary>
public sealed class BiolinkModel
{
    public const string Prefix = "biolink:";

    private readonly FrozenDictionary<string, IReadOnlyList<string>> _ancestors;
    private readonly FrozenDictionary<string, IReadOnlyList<string>> _descendants;
    private readonly FrozenDictionary<string, IReadOnlyList<string>> _slotDescendants;

    private static readonly JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private BiolinkModel(Table table)
    {
        Version = table.Version;
        Classes = table.Classes.ToFrozenDictionary(StringComparer.Ordinal);
        Slots = table.Slots.ToFrozenDictionary(StringComparer.Ordinal);
        Enums = table.Enums.ToFrozenDictionary(StringComparer.Ordinal);
        PrefixMap = table.PrefixMap.ToFrozenDictionary(StringComparer.Ordinal);
        _ancestors = Classes.Keys.ToFrozenDictionary(c => c, c => (IReadOnlyList<string>)Closure(c, name => Parents(Classes.GetValueOrDefault(name))), StringComparer.Ordinal);
        _descendants = Invert(_ancestors);
        var slotAncestors = Slots.Keys.ToFrozenDictionary(s => s, s => (IReadOnlyList<string>)Closure(s, name => Parents(Slots.GetValueOrDefault(name))), StringComparer.Ordinal);
        _slotDescendants = Invert(slotAncestors);
    }

    /// <summary>The model the table was written from, loaded once.</summary>
    public static BiolinkModel Instance { get; } = Load();

    /// <summary>The release, e.g. 4.4.4.</summary>
    public string Version { get; }

    public FrozenDictionary<string, BiolinkClass> Classes { get; }

    public FrozenDictionary<string, BiolinkSlot> Slots { get; }

    public FrozenDictionary<string, BiolinkValueSet> Enums { get; }

    /// <summary>Every CURIE prefix of the release's JSON-LD context, with its expansion.</summary>
    public FrozenDictionary<string, string> PrefixMap { get; }

    /// <summary>A name without its <c>biolink:</c> prefix, as the table keys it.</summary>
    public static string Local(string curie) => curie.StartsWith(Prefix, StringComparison.Ordinal) ? curie[Prefix.Length..] : curie;

    /// <summary>The class itself and every class it is, through is_a and mixins, transitively.</summary>
    public IReadOnlyList<string> Ancestors(string className) => _ancestors.GetValueOrDefault(Local(className)) ?? [];

    /// <summary>The class itself and every class that is it, through is_a and mixins, transitively.</summary>
    public IReadOnlyList<string> Descendants(string className) => _descendants.GetValueOrDefault(Local(className)) ?? [];

    /// <summary>Whether a domain or range <paramref name="range"/> admits instances of <paramref name="className"/>.</summary>
    public bool Admits(string range, string className) => Ancestors(className).Contains(Local(range), StringComparer.Ordinal);

    /// <summary>Whether <paramref name="curie"/> (biolink:…) names a class of the model.</summary>
    public bool IsCategory(string curie) =>
        curie.StartsWith(Prefix, StringComparison.Ordinal) && Classes.ContainsKey(Local(curie));

    /// <summary>Whether <paramref name="curie"/> (biolink:…) names a predicate of the model.</summary>
    public bool IsPredicate(string curie) =>
        curie.StartsWith(Prefix, StringComparison.Ordinal) && Slots.TryGetValue(Local(curie), out var slot) && slot.Predicate;

    /// <summary>Whether <paramref name="curie"/> (biolink:…) names a qualifier of the model.</summary>
    public bool IsQualifier(string curie) =>
        curie.StartsWith(Prefix, StringComparison.Ordinal) && Slots.TryGetValue(Local(curie), out var slot) && slot.Qualifier;

    /// <summary>The slot itself and every slot below it, through is_a and mixins (for a predicate: its narrower predicates).</summary>
    public IReadOnlyList<string> SlotDescendants(string slot) => _slotDescendants.GetValueOrDefault(Local(slot)) ?? [];

    private static BiolinkModel Load()
    {
        using var stream = typeof(BiolinkModel).Assembly.GetManifestResourceStream("biolink/biolink-model.json")
            ?? throw new InvalidOperationException("The Biolink Model table is not embedded in Apatorsen.Graph.");
        return new BiolinkModel(JsonSerializer.Deserialize<Table>(stream, SnakeCase)
            ?? throw new InvalidOperationException("The Biolink Model table is empty."));
    }

    private static IEnumerable<string> Parents(BiolinkElement? element) =>
        element is null ? [] : element.Mixins.Prepend(element.IsA).OfType<string>();

    private static List<string> Closure(string start, Func<string, IEnumerable<string>> parents)
    {
        var seen = new List<string> { start };
        for (var i = 0; i < seen.Count; i++)
        {
            seen.AddRange(parents(seen[i]).Where(p => !seen.Contains(p, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal));
        }

        return seen;
    }

    private static FrozenDictionary<string, IReadOnlyList<string>> Invert(FrozenDictionary<string, IReadOnlyList<string>> ancestors) =>
        ancestors.SelectMany(a => a.Value.Select(ancestor => (Ancestor: ancestor, Descendant: a.Key)))
            .GroupBy(p => p.Ancestor, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(p => p.Descendant).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

    private sealed record Table(
        string Version,
        Dictionary<string, BiolinkClass> Classes,
        Dictionary<string, BiolinkSlot> Slots,
        Dictionary<string, BiolinkValueSet> Enums,
        Dictionary<string, string> PrefixMap);
}

/// <summary>What classes and slots share: a single is_a parent and mixins, and whether abstract or a mixin.</summary>
public abstract record BiolinkElement
{
    public string? IsA { get; init; }

    public IReadOnlyList<string> Mixins { get; init; } = [];

    public bool Abstract { get; init; }

    public bool Mixin { get; init; }

    public bool Deprecated { get; init; }
}

/// <summary>A class; association classes also say which ends, predicates and qualifiers they allow.</summary>
public sealed record BiolinkClass : BiolinkElement
{
    public IReadOnlyList<string> IdPrefixes { get; init; } = [];

    public string? SubjectRange { get; init; }

    public string? ObjectRange { get; init; }

    /// <summary>The predicates an association allows; null when it does not bound them.</summary>
    public IReadOnlyList<string>? PredicateValues { get; init; }

    public IReadOnlyDictionary<string, BiolinkQualifier> Qualifiers { get; init; } = new Dictionary<string, BiolinkQualifier>();

    [JsonIgnore]
    public bool IsConcrete => !Abstract && !Mixin;
}

/// <summary>A qualifier an association allows: its range (an enum, a class or a type) and, for qualified_predicate, its bound.</summary>
public sealed record BiolinkQualifier(string Range, string? SubpropertyOf);

/// <summary>A slot; predicates are the slots below related_to.</summary>
public sealed record BiolinkSlot : BiolinkElement
{
    public bool Predicate { get; init; }

    public bool Qualifier { get; init; }

    public string? Domain { get; init; }

    public string? Range { get; init; }

    public bool Multivalued { get; init; }

    public bool Symmetric { get; init; }

    public string? Inverse { get; init; }

    public bool Canonical { get; init; }
}

/// <summary>An enum's permissible values, with the parent of each value that has one.</summary>
public sealed record BiolinkValueSet
{
    public IReadOnlyList<string> Values { get; init; } = [];

    public IReadOnlyDictionary<string, string> Parents { get; init; } = new Dictionary<string, string>();
}
