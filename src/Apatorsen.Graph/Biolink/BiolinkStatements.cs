using System.Collections.Frozen;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Graph.Biolink;

/// <summary>
/// A stored relationship said as a Biolink statement: subject, predicate and object (swapped from the stored
/// direction where the type maps to the inverse of its predicate), and every qualifier — those the type fixes and
/// those the relationship carries as properties named after the qualifier slot.
/// </summary>
public sealed record BiolinkStatement(string Id, string Subject, string Predicate, string ObjectId, IReadOnlyDictionary<string, string> Qualifiers);

/// <summary>
/// A node property as an export writes it: under the Biolink slot it fills (<see cref="IsBiolink"/>), with the value as
/// that slot takes it, or under its own name, unchanged, where Biolink has no slot for it.
/// </summary>
public readonly record struct NodeSlotValue(string Slot, object Value)
{
    public bool IsBiolink => BiolinkModel.Instance.Slots.ContainsKey(Slot);
}

/// <summary>
/// The one place where the graph's labels and relationships become Biolink categories and statements, for every
/// export (KGX, TRAPI): everything it says comes from the schema's mapping and the model's facts.
/// </summary>
public static class BiolinkStatements
{
    /// <summary>The categories of a node of <paramref name="label"/>: its class, most specific first.</summary>
    public static IReadOnlyList<string> Categories(NodeLabelDefinition label) => [label.BiolinkCategory];

    // Node properties that fill a Biolink slot of another name. The others keep their names: either they are named after
    // their slot already (id, name, description, symbol, taxon, url) or Biolink has no slot for them (camelCase names).
    // A trial's registry fields are the slots Biolink models on ClinicalTrials.gov's, with the values it writes.
    private static readonly FrozenDictionary<string, string> RenamedNodeSlots = new Dictionary<string, string>
    {
        [PropertyNames.Synonyms] = "synonym",
        [PropertyNames.Xrefs] = "xref",
        [PropertyNames.Phase] = "clinical_trial_phase",
        [PropertyNames.OverallStatus] = "clinical_trial_overall_status",
        [PropertyNames.RegisteredEnrollment] = "clinical_trial_enrollment",
        [PropertyNames.RegisteredEnrollmentType] = "clinical_trial_enrollment_type",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// A node property as a Biolink slot: <c>synonyms</c> → <c>synonym</c>, <c>xrefs</c> → <c>xref</c>, a trial's <c>phase</c> 2 →
    /// <c>clinical_trial_phase</c> <c>clinical_trial_phase_2</c> (ResearchPhaseEnum; a phase the enum lacks is its parent value,
    /// <c>clinical_trial_phase</c>); a property Biolink has no slot for keeps its name and value.
    /// </summary>
    public static NodeSlotValue NodeSlot(string propertyName, object value)
    {
        if (!RenamedNodeSlots.TryGetValue(propertyName, out var slot))
        {
            return new NodeSlotValue(propertyName, value);
        }

        return propertyName == PropertyNames.Phase && value is long phase
            ? new NodeSlotValue(slot, ResearchPhase(phase))
            : new NodeSlotValue(slot, value);
    }

    private static string ResearchPhase(long phase)
    {
        var value = string.Create(CultureInfo.InvariantCulture, $"clinical_trial_phase_{phase}");
        return BiolinkModel.Instance.Enums["ResearchPhaseEnum"].Values.Contains(value, StringComparer.Ordinal) ? value : "clinical_trial_phase";
    }

    /// <summary>Whether a relationship property carries a Biolink qualifier (it is named after a qualifier slot).</summary>
    public static bool IsQualifier(string propertyName) =>
        BiolinkModel.Instance.Slots.TryGetValue(propertyName, out var slot) && slot.Qualifier;

    public static BiolinkStatement Of(RelationshipTypeDefinition type, string startId, string endId, IReadOnlyDictionary<string, object?> properties)
    {
        var qualifiers = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in type.Biolink.Qualifiers)
        {
            qualifiers[name] = value;
        }

        foreach (var (name, value) in properties)
        {
            if (value is string text && IsQualifier(name))
            {
                qualifiers[name] = text;
            }
        }

        var (subject, obj) = type.Biolink.Inverse ? (endId, startId) : (startId, endId);
        return new BiolinkStatement(EdgeId(startId, type.Type, endId), subject, type.Biolink.Predicate, obj, qualifiers);
    }

    /// <summary>
    /// A stable id for a stored relationship: the graph holds at most one relationship of a type between two nodes,
    /// so the triple names it. The same triple gives the same id in every export and every run.
    /// </summary>
    public static string EdgeId(string startId, string type, string endId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{startId}\n{type}\n{endId}"));
        return $"{ApatorsenSchema.ProjectPrefix}:edge-{Convert.ToHexStringLower(hash.AsSpan(0, 10))}";
    }
}
