using Apatorsen.Api.Shaping;
using Apatorsen.Api.Trapi.Matching;
using Apatorsen.Api.Trapi.Planning;

namespace Apatorsen.Api.Backends;

/// <summary>
/// The questions the API asks of the graph. Two implementations give the same answers: the embedded in-memory graph
/// and Neo4j. Ids passed in are canonical and validated. A question about a node answers with a <see cref="Lookup{T}"/>,
/// which says whether the node exists and has the label the question needs, in the same round trip as the answer.
/// </summary>
public interface IKnowledgeGraph
{
    /// <summary>"embedded" or "neo4j".</summary>
    string Backend { get; }

    /// <summary>How many nodes the graph holds; throws when the backend cannot be reached.</summary>
    Task<long> CountNodesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The id of the node that <paramref name="id"/> names without being its id: one of its former ids, or a
    /// cross-reference no other node has. Null when there is none. Asked only for ids no node has.
    /// </summary>
    Task<string?> CanonicalIdAsync(string id, CancellationToken cancellationToken);

    /// <summary>Nodes that may match the text (a superset of the real matches); the ranking is shared.</summary>
    Task<IReadOnlyList<SearchCandidate>> SearchCandidatesAsync(SearchText text, string? label, CancellationToken cancellationToken);

    Task<Lookup<FoundEntity>> GetEntityAsync(string id, CancellationToken cancellationToken);

    Task<Lookup<Page<SeenRelationship>>> GetRelationshipsAsync(string id, RelationshipFilter filter, PageRequest page, CancellationToken cancellationToken);

    /// <summary>A one-hop question; the lookup fails on the first of its ids (subject, then object) that is unknown.</summary>
    Task<Lookup<Page<FoundRelationship>>> FindStatementsAsync(StatementQuery query, PageRequest page, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> paths without repeated nodes, in either direction, shortest first (<see cref="GraphOrdering"/>).</summary>
    Task<Lookup<FoundPaths>> FindPathsAsync(string fromId, string toId, int maxHops, int limit, CancellationToken cancellationToken);

    /// <summary>The drug's mechanism chains, found under the shared <see cref="Shaping.MechanismRules"/>.</summary>
    Task<Lookup<FoundMechanism>> GetMechanismAsync(string drugId, CancellationToken cancellationToken);

    /// <summary>Trials that test the drug (TESTS), or study the indication or a narrower one (STUDIES, SUBCLASS_OF), by phase.</summary>
    Task<Lookup<Page<FoundTrial>>> GetTrialsAsync(TrialAnchor anchor, string id, TrialFilter filter, PageRequest page, CancellationToken cancellationToken);

    /// <summary>The adverse events reported in the arms that give the drug, with trial and arm, by event name.</summary>
    Task<Lookup<Page<FoundAdverseEvent>>> GetAdverseEventsAsync(string drugId, PageRequest page, CancellationToken cancellationToken);

    Task<Lookup<TrialNeighbourhood>> GetTrialAsync(string id, CancellationToken cancellationToken);

    Task<Lookup<FoundPublication>> GetPublicationAsync(string id, PageRequest page, CancellationToken cancellationToken);

    /// <summary>What the graph holds, counted; <see cref="MetaBuilder"/> makes /api/meta of it.</summary>
    Task<FoundMeta> GetMetaAsync(CancellationToken cancellationToken);

    /// <summary>The id prefixes and qualifier values the data uses, for the TRAPI meta knowledge graph.</summary>
    Task<HeldTerms> GetHeldTermsAsync(CancellationToken cancellationToken);

    /// <summary>The results of a TRAPI query graph, walked by the plan both backends share (src/Apatorsen.Api/Trapi).</summary>
    Task<QueryGraphMatches> MatchQueryGraphAsync(QueryPlan plan, PageRequest page, CancellationToken cancellationToken);
}
