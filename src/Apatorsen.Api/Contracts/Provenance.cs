namespace Apatorsen.Api.Contracts;

/// <summary>
/// Where a relationship comes from and what supports it, kept apart as Biolink keeps them: the resource that asserts
/// it (an infores CURIE), those that passed it on, the publications that are its evidence, how it was arrived at
/// (Biolink knowledge level) and by what kind of agent.
/// </summary>
public sealed record Provenance(
    string PrimaryKnowledgeSource,
    IReadOnlyList<string> AggregatorKnowledgeSources,
    IReadOnlyList<string> Publications,
    string KnowledgeLevel,
    string AgentType);
