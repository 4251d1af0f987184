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
/// The one place where the graph's labels and relationships become Biolink categories and statements, for every
/// export (KGX, TRAPI): everything it says comes from the schema's mapping and the model's facts.
/// </summary>
public static class BiolinkStatements
{
    /// <summary>The categories of a node of <paramref name="label"/>: its class, most specific first.</summary>
    public static IReadOnlyList<string> Categories(NodeLabelDefinition label) => [label.BiolinkCategory];

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
