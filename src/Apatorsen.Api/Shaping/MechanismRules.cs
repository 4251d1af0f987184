using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Apatorsen.Api.Shaping;

/// <summary>
/// The API's side of <see cref="MechanismChains"/>: which types may start or continue a chain, how each step reads,
/// and how chains are ordered and given their net effect. Both backends build their steps and answers here.
/// </summary>
public sealed class MechanismRules
{
    public const int MaxSteps = MechanismChains.MaxSteps;

    private readonly FrozenDictionary<string, MechanismRole> _roles;
    private readonly ConditionalWeakTable<FoundMechanism, MechanismResponse> _answers = [];

    public MechanismRules(GraphSchema schema)
    {
        _roles = schema.RelationshipTypes
            .Where(t => t.Mechanism is not null)
            .ToFrozenDictionary(t => t.Type, t => t.Mechanism!, StringComparer.Ordinal);
        Types = _roles.Keys.ToFrozenSet(StringComparer.Ordinal);
        ContinuingTypes = _roles.Where(r => !r.Value.FirstStepOnly).Select(r => r.Key).ToFrozenSet(StringComparer.Ordinal);
    }

    public FrozenSet<string> Types { get; }

    /// <summary>Types that continue a chain past its first step.</summary>
    public FrozenSet<string> ContinuingTypes { get; }

    public static readonly FrozenSet<string> PassThroughLabels = MechanismChains.PassThroughLabels.ToFrozenSet(StringComparer.Ordinal);

    public MechanismResponse Answer(FoundMechanism found) => _answers.GetValue(found, f => Answer(f.Drug, f.Chains.Select(chain => chain.Select(Step).ToArray())));

    // One step of a chain, from a found relationship's type, ends and properties.
    private MechanismStep Step(FoundRelationship found)
    {
        var (type, properties) = (found.Relationship.Type, found.Relationship.Properties);
        var domain = DomainProperties.OfRelationship(properties);
        var withoutDescription = domain.ContainsKey(PropertyNames.Description)
            ? new SortedDictionary<string, object>(domain.Where(p => p.Key != PropertyNames.Description).ToDictionary(), StringComparer.Ordinal)
            : domain;
        return new MechanismStep(type, _roles[type].Effect, found.Start, found.End, properties.Text(PropertyNames.Description), withoutDescription, Evidence.Of(properties));
    }

    private MechanismResponse Answer(NodeRef drug, IEnumerable<IReadOnlyList<MechanismStep>> chains) =>
        new(drug, chains
            .Select(steps => new MechanismChain(
                steps[^1].To,
                steps.Aggregate(1, (sign, step) => sign * _roles[step.Type].Sign) > 0 ? "increases" : "decreases",
                steps))
            .OrderBy(c => c.Steps.Count)
            .ThenBy(c => c.End.Id, StringComparer.Ordinal)
            .ThenBy(c => string.Join('|', c.Steps.Select(s => s.Type + ">" + s.To.Id)), StringComparer.Ordinal)
            .ToArray());
}
