using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Apatorsen.Graph.Schema;

/// <summary>A property a node label or relationship type may carry; <paramref name="Indexed"/> asks for a lookup index.</summary>
public sealed record PropertyDefinition(string Name, PropertyType Type, bool Required, string Description, bool Indexed = false)
{
    /// <summary>The only values the property (or each element of an array property) may take: a Biolink enum, the knowledge sources the graph names.</summary>
    public IReadOnlyList<string>? AllowedValues { get; init; }

    /// <summary>A property that must be present whenever this one is (Biolink: effect_type needs effect_size).</summary>
    public string? Requires { get; init; }
}

/// <summary>
/// One accepted identifier form: a CURIE prefix and the pattern its local part must match.
/// </summary>
public sealed record IdRule(string Prefix, string LocalPattern, string Example, string Authority)
{
    private readonly Regex _local = new($"^(?:{LocalPattern})$", RegexOptions.CultureInvariant);

    public bool Matches(string id) =>
        id.Length > Prefix.Length + 1
        && id.StartsWith(Prefix, StringComparison.Ordinal)
        && id[Prefix.Length] == ':'
        && _local.IsMatch(id.AsSpan(Prefix.Length + 1));
}

/// <summary>A node label: its Biolink category, identifier rules and properties.</summary>
public sealed record NodeLabelDefinition(
    string Label,
    string BiolinkCategory,
    string Description,
    IReadOnlyList<IdRule> IdRules,
    IReadOnlyList<PropertyDefinition> Properties)
{
    private readonly FrozenDictionary<string, PropertyDefinition> _byName = Properties.ToFrozenDictionary(p => p.Name, StringComparer.Ordinal);

    public PropertyDefinition? FindProperty(string name) => _byName.GetValueOrDefault(name);

    public bool AcceptsId(string id) => IdRules.Any(rule => rule.Matches(id));
}

/// <summary>
/// A relationship type: the labels it may connect, its Biolink predicate (with qualifiers where Biolink
/// expresses the meaning through qualifiers rather than a predicate of its own) and its properties.
/// </summary>
public sealed record RelationshipTypeDefinition(
    string Type,
    string Description,
    IReadOnlyList<string> StartLabels,
    IReadOnlyList<string> EndLabels,
    BiolinkMapping Biolink,
    IReadOnlyList<PropertyDefinition> Properties,
    MechanismRole? Mechanism = null)
{
    private readonly FrozenDictionary<string, PropertyDefinition> _byName = Properties.ToFrozenDictionary(p => p.Name, StringComparer.Ordinal);
    private readonly FrozenSet<string> _starts = StartLabels.ToFrozenSet(StringComparer.Ordinal);
    private readonly FrozenSet<string> _ends = EndLabels.ToFrozenSet(StringComparer.Ordinal);

    public PropertyDefinition? FindProperty(string name) => _byName.GetValueOrDefault(name);

    public bool Allows(string startLabel, string endLabel) => _starts.Contains(startLabel) && _ends.Contains(endLabel);
}

/// <summary>
/// How a relationship type takes part in a drug's mechanism chain (<see cref="MechanismChains"/>): whether it may only
/// be a chain's first step, whether it raises (+1) or lowers (-1) what it reaches, and the effect in words.
/// </summary>
public sealed record MechanismRole(bool FirstStepOnly, int Sign, string Effect);

/// <summary>
/// How a relationship type is said in Biolink: its <paramref name="Predicate"/>, the <paramref name="Association"/>
/// class its statements are instances of, and the qualifiers every one of them carries. <paramref name="Inverse"/> is
/// true where the graph stores the statement the other way round from the canonical predicate (TRANSCRIBED_TO runs
/// gene → transcript; Biolink says transcript transcribed_from gene): exports then swap subject and object.
/// <paramref name="Note"/> says why, where the predicate is related_to or the fit is not exact.
/// </summary>
public sealed record BiolinkMapping(
    string Predicate,
    string Association,
    IReadOnlyDictionary<string, string> Qualifiers,
    bool Inverse = false,
    string? Note = null)
{
    public static BiolinkMapping Of(string predicate, string association = "biolink:Association", string? note = null) =>
        new(predicate, association, new Dictionary<string, string>(), Note: note);
}
