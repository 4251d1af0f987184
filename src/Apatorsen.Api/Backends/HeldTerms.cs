namespace Apatorsen.Api.Backends;

/// <summary>
/// The terms the graph's data uses, for the TRAPI meta knowledge graph (which lists only what the graph holds): the
/// CURIE prefixes of each label's node ids, and the values each pattern's relationships hold in qualifier properties.
/// </summary>
public sealed record HeldTerms(IReadOnlyList<HeldPrefix> Prefixes, IReadOnlyList<HeldQualifierValue> QualifierValues)
{
    /// <summary>The relationship properties that are Biolink qualifiers, in any type of the schema.</summary>
    public static IReadOnlyList<string> QualifierProperties(GraphSchema schema) => schema.RelationshipTypes
        .SelectMany(t => t.Properties)
        .Select(p => p.Name)
        .Where(Apatorsen.Graph.Biolink.BiolinkStatements.IsQualifier)
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>The prefix of a CURIE: what comes before its first colon.</summary>
    public static string PrefixOf(string id) => id.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 ? id[..colon] : id;
}

public sealed record HeldPrefix(string Label, string Prefix);

public sealed record HeldQualifierValue(string Start, string Type, string End, string Property, string Value);
