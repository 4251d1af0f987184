using System.Collections.Concurrent;
using Apatorsen.Api.Contracts;
using Apatorsen.Api.Graph;

namespace Apatorsen.Api.Backends.Embedded;

/// <summary>Answers every question from the <see cref="EmbeddedGraph"/> in memory; nothing here waits, so the tasks are completed ones.</summary>
public sealed class EmbeddedKnowledgeGraph(EmbeddedGraph graph) : IKnowledgeGraph
{
    private readonly Lazy<MetaResponse> _meta = new(() => EmbeddedMeta.Build(graph));
    private readonly EmbeddedSearchIndex _search = new(graph.NodeList);
    private readonly ConcurrentDictionary<string, IReadOnlyList<IReadOnlyList<MechanismStep>>> _mechanisms = new(StringComparer.Ordinal);

    public string Backend => "embedded";

    public Task<long> CountNodesAsync(CancellationToken cancellationToken) => Task.FromResult((long)graph.NodeList.Count);

    public Task<IReadOnlyDictionary<string, NodeRef>> ResolveAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, NodeRef>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (graph.Nodes.TryGetValue(id, out var node))
            {
                found[id] = node.Ref;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, NodeRef>>(found);
    }

    public Task<IReadOnlyList<SearchCandidate>> SearchCandidatesAsync(SearchText text, string? label, CancellationToken cancellationToken) =>
        Task.FromResult(_search.Candidates(text, label));

    public Task<EntityResponse> GetEntityAsync(string id, CancellationToken cancellationToken)
    {
        var node = graph.Nodes[id];
        var counts = node.Outgoing.GroupBy(r => (r.Type, Direction: "out"))
            .Concat(node.Incoming.GroupBy(r => (r.Type, Direction: "in")))
            .Select(g => new RelationshipCount(g.Key.Type, g.Key.Direction, g.Count()))
            .OrderBy(c => c.Type, StringComparer.Ordinal)
            .ThenBy(c => c.Direction, StringComparer.Ordinal)
            .ToArray();
        return Task.FromResult(new EntityResponse(node.Id, node.Ref.Labels, node.Name, node.Properties, counts));
    }

    public Task<Page<RelationshipItem>> GetRelationshipsAsync(string id, RelationshipFilter filter, CancellationToken cancellationToken)
    {
        var node = graph.Nodes[id];
        IEnumerable<RelationshipItem> items = [];
        if (filter.Direction != RelationshipDirection.In)
        {
            items = items.Concat(node.Outgoing.Select(r => Item(r, "out", r.End)));
        }

        if (filter.Direction != RelationshipDirection.Out)
        {
            items = items.Concat(node.Incoming.Select(r => Item(r, "in", r.Start)));
        }

        var all = GraphOrdering.Order(items.Where(i =>
                (filter.Type is null || i.Type == filter.Type) && (filter.Label is null || i.Node.Labels.Contains(filter.Label))))
            .ToArray();
        return Task.FromResult(new Page<RelationshipItem>(all.Skip(filter.Offset).Take(filter.Limit).ToArray(), all.Length, filter.Limit, filter.Offset));
    }

    public Task<Page<StatementItem>> FindStatementsAsync(StatementQuery query, CancellationToken cancellationToken)
    {
        IEnumerable<EmbeddedRelationship> candidates = query switch
        {
            { SubjectId: { } subject } => graph.Nodes[subject].Outgoing,
            { ObjectId: { } obj } => graph.Nodes[obj].Incoming,
            _ => graph.Relationships,
        };
        var all = GraphOrdering.Order(candidates
                .Where(r => (query.Type is null || r.Type == query.Type)
                    && (query.SubjectId is null || r.Start.Id == query.SubjectId)
                    && (query.ObjectId is null || r.End.Id == query.ObjectId)
                    && (query.SubjectLabel is null || r.Start.Label == query.SubjectLabel)
                    && (query.ObjectLabel is null || r.End.Label == query.ObjectLabel))
                .Select(Statement))
            .ToArray();
        return Task.FromResult(new Page<StatementItem>(all.Skip(query.Offset).Take(query.Limit).ToArray(), all.Length, query.Limit, query.Offset));
    }

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(string fromId, string toId, int maxHops, int limit, CancellationToken cancellationToken) =>
        Task.FromResult(EmbeddedPaths.Find(graph.Nodes[fromId], graph.Nodes[toId], maxHops, limit));

    // The graph never changes, so each drug's chains are walked once.
    public Task<IReadOnlyList<IReadOnlyList<MechanismStep>>> GetMechanismChainsAsync(string drugId, CancellationToken cancellationToken) =>
        Task.FromResult(_mechanisms.GetOrAdd(drugId, WalkMechanism));

    private IReadOnlyList<IReadOnlyList<MechanismStep>> WalkMechanism(string drugId)
    {
        var chains = new List<IReadOnlyList<MechanismStep>>();
        var path = new List<EmbeddedRelationship>();
        var visited = new HashSet<EmbeddedNode>();
        var drug = graph.Nodes[drugId];
        visited.Add(drug);
        Walk(drug);
        return chains;

        void Walk(EmbeddedNode node)
        {
            foreach (var relationship in node.Outgoing)
            {
                var allowed = path.Count == 0 ? MechanismRules.Types : MechanismRules.ContinuingTypes;
                if (!allowed.Contains(relationship.Type) || visited.Contains(relationship.End))
                {
                    continue;
                }

                path.Add(relationship);
                visited.Add(relationship.End);
                var end = relationship.End;
                var continues = MechanismRules.PassThroughLabels.Contains(end.Label)
                    && end.Outgoing.Any(r => MechanismRules.ContinuingTypes.Contains(r.Type));
                if (!continues)
                {
                    chains.Add(path.Select(Step).ToArray());
                }
                else if (path.Count < MechanismRules.MaxSteps)
                {
                    Walk(end);
                }

                visited.Remove(relationship.End);
                path.RemoveAt(path.Count - 1);
            }
        }
    }

    public Task<IReadOnlyList<TrialSummary>> GetTrialsAsync(TrialAnchor anchor, string id, CancellationToken cancellationToken)
    {
        var node = graph.Nodes[id];
        IEnumerable<EmbeddedRelationship> links;
        if (anchor == TrialAnchor.Drug)
        {
            links = node.Incoming.Where(r => r.Type == "TESTS" && r.Start.Label == "ClinicalTrial");
        }
        else
        {
            var indications = Narrower(node);
            links = indications.SelectMany(i => i.Incoming).Where(r => r.Type == "STUDIES" && r.Start.Label == "ClinicalTrial");
        }

        var trials = links.GroupBy(r => r.Start)
            .Select(g => Summary(g.Key, g.SelectMany(r => r.Sources)))
            .ToArray();
        return Task.FromResult(GraphOrdering.Order(trials));
    }

    public Task<TrialResponse> GetTrialAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(EmbeddedTrials.Detail(graph.Nodes[id]));

    public Task<PublicationResponse> GetPublicationAsync(string id, int limit, int offset, CancellationToken cancellationToken)
    {
        var node = graph.Nodes[id];
        var supports = GraphOrdering.Order(graph.Relationships.Where(r => r.Sources.Contains(id)).Select(Statement)).ToArray();
        return Task.FromResult(new PublicationResponse(
            node.Id, node.Ref.Labels, node.Name, node.Properties, supports.Skip(offset).Take(limit).ToArray(), supports.Length));
    }

    public Task<MetaResponse> GetMetaAsync(CancellationToken cancellationToken) => Task.FromResult(_meta.Value);

    internal static TrialSummary Summary(EmbeddedNode trial, IEnumerable<string> sources) => new(
        trial.Id,
        trial.Text("nctId"),
        trial.Name,
        trial.Text("acronym"),
        trial.WholeNumber("phase"),
        trial.WholeNumber("enrollment"),
        trial.Texts("design"),
        trial.Outgoing.Where(r => r.Type == "STUDIES").Select(r => r.End.Ref).OrderBy(n => n.Id, StringComparer.Ordinal).ToArray(),
        sources.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray());

    // The indication and every narrower one (SUBCLASS_OF pointing at it), at most six levels down.
    private static HashSet<EmbeddedNode> Narrower(EmbeddedNode indication)
    {
        var found = new HashSet<EmbeddedNode> { indication };
        var frontier = new List<EmbeddedNode> { indication };
        for (var depth = 0; depth < 6 && frontier.Count > 0; depth++)
        {
            frontier = frontier.SelectMany(n => n.Incoming)
                .Where(r => r.Type == "SUBCLASS_OF" && found.Add(r.Start))
                .Select(r => r.Start)
                .ToList();
        }

        return found;
    }

    private static RelationshipItem Item(EmbeddedRelationship r, string direction, EmbeddedNode other) =>
        new(r.Type, direction, r.Properties, r.Sources, other.Ref);

    internal static StatementItem Statement(EmbeddedRelationship r) =>
        new(r.Start.Ref, r.Type, "out", r.Properties, r.Sources, r.End.Ref);

    private static MechanismStep Step(EmbeddedRelationship r) =>
        new(r.Type, MechanismRules.Effect(r.Type), r.Start.Ref, r.End.Ref, r.Text("description"), MechanismRules.StepProperties(r.Properties), r.Sources);
}
