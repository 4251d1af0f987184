using System.Collections.Concurrent;
using System.Collections.Frozen;
using Apatorsen.Graph.Biolink;

namespace Apatorsen.Api.Trapi.Planning;

/// <summary>
/// What a query's Biolink terms mean in this graph: the labels a category finds (its descendants through is_a and
/// mixins), the stored relationship types a predicate finds and in which direction (its descendants; symmetric and
/// inverse predicates in either direction, as Biolink defines them), and which qualifier values a constraint accepts
/// (the value and the values below it).
/// </summary>
public sealed class BiolinkVocabulary(GraphSchema schema)
{
    private static readonly BiolinkModel Model = BiolinkModel.Instance;

    // The model and the schema never change: each term is expanded once (requests name a handful of them).
    private readonly ConcurrentDictionary<string, string[]> _labelsByCategory = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (RelationshipTypeDefinition, bool)[]> _typesByPredicate = new(StringComparer.Ordinal);

    /// <summary>Every label of the schema, for a query node without categories.</summary>
    public IReadOnlyList<string> AllLabels { get; } = schema.Labels.Select(l => l.Label).ToArray();

    /// <summary>The labels whose category is one of <paramref name="categories"/> or below one of them.</summary>
    public IReadOnlyList<string> LabelsOf(IEnumerable<string> categories)
    {
        var wanted = categories.SelectMany(c => _labelsByCategory.GetOrAdd(c, LabelsOfOne)).ToHashSet(StringComparer.Ordinal);
        return AllLabels.Where(wanted.Contains).ToArray();
    }

    private string[] LabelsOfOne(string category)
    {
        var below = Model.Descendants(category).ToHashSet(StringComparer.Ordinal);
        return schema.Labels
            .Where(l => BiolinkStatements.Categories(l).Any(c => below.Contains(BiolinkModel.Local(c))))
            .Select(l => l.Label)
            .ToArray();
    }

    /// <summary>
    /// The stored types that state <paramref name="predicate"/> between a query edge's subject and object, each with
    /// whether the Biolink statement reads in the query edge's direction (subject first) or the other way round.
    /// </summary>
    public IReadOnlyList<(RelationshipTypeDefinition Type, bool SameDirection)> TypesStating(string predicate) =>
        _typesByPredicate.GetOrAdd(predicate, Stating);

    private (RelationshipTypeDefinition, bool)[] Stating(string predicate)
    {
        var forward = Model.SlotDescendants(predicate).ToFrozenSet(StringComparer.Ordinal);
        var reverse = ReverseStating(predicate);
        var found = new List<(RelationshipTypeDefinition, bool)>();
        foreach (var type in schema.RelationshipTypes)
        {
            var own = BiolinkModel.Local(type.Biolink.Predicate);
            if (forward.Contains(own))
            {
                found.Add((type, true));
            }

            if (reverse.Contains(own))
            {
                found.Add((type, false));
            }
        }

        return found.ToArray();
    }

    // A statement "B d A" says "A p B" when d read backwards (d itself if symmetric, else its inverse) is p or below p;
    // also when p is symmetric and d is below p, or when d is below p's inverse.
    private static FrozenSet<string> ReverseStating(string predicate)
    {
        var local = BiolinkModel.Local(predicate);
        var below = Model.SlotDescendants(local).ToHashSet(StringComparer.Ordinal);
        var reverse = new HashSet<string>(StringComparer.Ordinal);
        if (Model.Slots.TryGetValue(local, out var slot))
        {
            if (slot.Symmetric)
            {
                reverse.UnionWith(below);
            }

            if (slot.Inverse is { } inverse)
            {
                reverse.UnionWith(Model.SlotDescendants(inverse));
            }
        }

        foreach (var (name, candidate) in Model.Slots)
        {
            if (candidate.Predicate && Backwards(name, candidate) is { } backwards && below.Contains(backwards))
            {
                reverse.Add(name);
            }
        }

        return reverse.ToFrozenSet(StringComparer.Ordinal);
    }

    private static string? Backwards(string name, BiolinkSlot slot) => slot.Symmetric ? name : slot.Inverse;

    /// <summary>The predicate read the other way round: itself when symmetric, its inverse, or null when Biolink has none.</summary>
    public static string? Inverse(string predicate)
    {
        var local = BiolinkModel.Local(predicate);
        return Model.Slots.TryGetValue(local, out var slot) && Backwards(local, slot) is { } backwards ? BiolinkModel.Prefix + backwards : null;
    }

    /// <summary>
    /// The values of <paramref name="qualifier"/> that satisfy a constraint asking for <paramref name="value"/>: the
    /// value itself and every value below it (an enum's children; for qualified_predicate, the narrower predicates).
    /// </summary>
    public static IReadOnlySet<string> ValuesAtOrBelow(string qualifier, string value)
    {
        var local = BiolinkModel.Local(qualifier);
        if (local == "qualified_predicate")
        {
            return Model.SlotDescendants(value).Select(p => BiolinkModel.Prefix + p).Append(value).ToHashSet(StringComparer.Ordinal);
        }

        var values = new HashSet<string>(StringComparer.Ordinal) { value };
        if (Model.Slots.TryGetValue(local, out var slot) && slot.Range is { } range && Model.Enums.TryGetValue(range, out var valueSet))
        {
            foreach (var candidate in valueSet.Values)
            {
                for (var parent = valueSet.Parents.GetValueOrDefault(candidate); parent is not null; parent = valueSet.Parents.GetValueOrDefault(parent))
                {
                    if (parent == value)
                    {
                        values.Add(candidate);
                        break;
                    }
                }
            }
        }

        return values;
    }
}
