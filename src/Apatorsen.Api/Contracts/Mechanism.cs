namespace Apatorsen.Api.Contracts;

/// <summary>Answer of GET /api/drugs/{id}/mechanism.</summary>
public sealed record MechanismResponse(NodeRef Drug, IReadOnlyList<MechanismChain> Chains);

/// <summary>
/// One chain from the drug through transcripts and proteins to what it ends on. <paramref name="NetEffect"/> is the
/// product of the steps' signs (increases/translates +1, decreases/targets/binds −1): whether the drug, through this
/// chain, raises or lowers the end.
/// </summary>
public sealed record MechanismChain(NodeRef End, string NetEffect, IReadOnlyList<MechanismStep> Steps);

/// <summary>One step of a chain: a relationship with its effect and its sources.</summary>
public sealed record MechanismStep(
    string Type,
    string Effect,
    NodeRef From,
    NodeRef To,
    string? Description,
    IReadOnlyDictionary<string, object> Properties,
    Provenance Provenance);
