using Apatorsen.Api.Contracts;

namespace Apatorsen.Api.Graph;

/// <summary>
/// The questions the API asks of the graph. Two implementations give the same answers: the embedded in-memory
/// graph and Neo4j. Ids passed in are canonical and validated; "unknown id" and "wrong label" are decided by the
/// endpoints through <see cref="ResolveAsync"/>, so the methods may assume their anchors exist.
/// </summary>
public interface IKnowledgeGraph
{
    /// <summary>"embedded" or "neo4j".</summary>
    string Backend { get; }

    /// <summary>How many nodes the graph holds; throws when the backend cannot be reached.</summary>
    Task<long> CountNodesAsync(CancellationToken cancellationToken);

    /// <summary>The nodes among <paramref name="ids"/> that exist, by id.</summary>
    Task<IReadOnlyDictionary<string, NodeRef>> ResolveAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>Nodes that may match the text (a superset of the real matches); the ranking is shared.</summary>
    Task<IReadOnlyList<SearchCandidate>> SearchCandidatesAsync(SearchText text, string? label, CancellationToken cancellationToken);

    Task<EntityResponse> GetEntityAsync(string id, CancellationToken cancellationToken);

    Task<Page<RelationshipItem>> GetRelationshipsAsync(string id, RelationshipFilter filter, CancellationToken cancellationToken);

    Task<Page<StatementItem>> FindStatementsAsync(StatementQuery query, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> paths without repeated nodes, in either direction, shortest first.</summary>
    Task<IReadOnlyList<GraphPath>> FindPathsAsync(string fromId, string toId, int maxHops, int limit, CancellationToken cancellationToken);

    /// <summary>The raw chains of <see cref="MechanismRules"/>; ordering and net effects are shared.</summary>
    Task<IReadOnlyList<IReadOnlyList<MechanismStep>>> GetMechanismChainsAsync(string drugId, CancellationToken cancellationToken);

    /// <summary>Trials that test the drug (TESTS), or study the indication or a narrower one (STUDIES, SUBCLASS_OF).</summary>
    Task<IReadOnlyList<TrialSummary>> GetTrialsAsync(TrialAnchor anchor, string id, CancellationToken cancellationToken);

    Task<TrialResponse> GetTrialAsync(string id, CancellationToken cancellationToken);

    Task<PublicationResponse> GetPublicationAsync(string id, int limit, int offset, CancellationToken cancellationToken);

    Task<MetaResponse> GetMetaAsync(CancellationToken cancellationToken);
}

public enum TrialAnchor
{
    Drug,
    Indication,
}

/// <summary>Filters of GET /api/entities/{id}/relationships; null means any.</summary>
public sealed record RelationshipFilter(string? Type, RelationshipDirection Direction, string? Label, int Limit, int Offset);

public enum RelationshipDirection
{
    Both,
    Out,
    In,
}

/// <summary>A one-hop question: any of subject, type and object may be open (at least one is given).</summary>
public sealed record StatementQuery(string? SubjectId, string? Type, string? ObjectId, string? SubjectLabel, string? ObjectLabel, int Limit, int Offset);

/// <summary>A node that may match a search, with the texts searched.</summary>
public sealed record SearchCandidate(string Id, IReadOnlyList<string> Labels, string Name, IReadOnlyList<string> Synonyms);
