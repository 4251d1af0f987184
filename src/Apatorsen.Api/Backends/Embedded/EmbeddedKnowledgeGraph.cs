using System.Collections.Concurrent;
using Apatorsen.Api.Shaping;
using Apatorsen.Api.Trapi.Matching;
using Apatorsen.Api.Trapi.Planning;
using Microsoft.Extensions.Options;

namespace Apatorsen.Api.Backends.Embedded;

/// <summary>
/// Answers every question from the <see cref="EmbeddedGraph"/> in memory; nothing here waits, so the tasks are completed
/// ones. TRAPI walks and path searches run under the request's <see cref="QueryBudget"/>.
/// </summary>
public sealed class EmbeddedKnowledgeGraph(EmbeddedGraph graph, GraphSchema schema, EmbeddedDatasets datasets, IOptions<QueryBudgetOptions> budget, TimeProvider time) : IKnowledgeGraph
{
    private readonly Lazy<FoundMeta> _meta = new(() => EmbeddedMeta.Count(graph, datasets));
    private readonly Lazy<HeldTerms> _heldTerms = new(() => EmbeddedMeta.HeldTerms(graph, schema));
    private readonly MechanismRules _mechanismRules = new(schema);
    private readonly EmbeddedSearchIndex _search = new(graph.NodeList);
    private readonly EmbeddedQueryGraph _queryGraphs = new(graph);
    private readonly ConcurrentDictionary<string, FoundMechanism> _mechanisms = new(StringComparer.Ordinal);

    public string Backend => "embedded";

    public Task<long> CountNodesAsync(CancellationToken cancellationToken) => Task.FromResult((long)graph.NodeList.Count);

    public Task<string?> CanonicalIdAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(graph.Aliases.GetValueOrDefault(id));

    public Task<IReadOnlyList<SearchCandidate>> SearchCandidatesAsync(SearchText text, string? label, CancellationToken cancellationToken) =>
        Task.FromResult(_search.Candidates(text, label));

    public Task<Lookup<FoundEntity>> GetEntityAsync(string id, CancellationToken cancellationToken) =>
        Answer(id, [], node => new FoundEntity(node.Ref, node.Stored.Properties, Counts(node)));

    public Task<Lookup<Page<SeenRelationship>>> GetRelationshipsAsync(string id, RelationshipFilter filter, PageRequest page, CancellationToken cancellationToken) =>
        Answer(id, [], node =>
        {
            IEnumerable<SeenRelationship> items = [];
            if (filter.Direction != RelationshipDirection.In)
            {
                items = items.Concat(node.Outgoing.Select(r => new SeenRelationship("out", r.Stored, r.End.Ref)));
            }

            if (filter.Direction != RelationshipDirection.Out)
            {
                items = items.Concat(node.Incoming.Select(r => new SeenRelationship("in", r.Stored, r.Start.Ref)));
            }

            return page.Of(GraphOrdering.Order(items.Where(i =>
                    (filter.Type is null || i.Relationship.Type == filter.Type) && (filter.Label is null || i.Other.Labels.Contains(filter.Label))))
                .ToArray());
        });

    public Task<Lookup<Page<FoundRelationship>>> FindStatementsAsync(StatementQuery query, PageRequest page, CancellationToken cancellationToken)
    {
        var anchors = new[] { query.SubjectId, query.ObjectId }.OfType<string>().Select(id => (id, Find(id)?.Ref));
        return Task.FromResult(Anchor.CheckAll(anchors, () =>
        {
            IEnumerable<EmbeddedRelationship> candidates = query switch
            {
                { SubjectId: { } subject } => graph.Nodes[subject].Outgoing,
                { ObjectId: { } obj } => graph.Nodes[obj].Incoming,
                _ => graph.Relationships,
            };
            return page.Of(GraphOrdering.Order(candidates
                    .Where(r => (query.Type is null || r.Type == query.Type)
                        && (query.SubjectId is null || r.Start.Id == query.SubjectId)
                        && (query.ObjectId is null || r.End.Id == query.ObjectId)
                        && (query.SubjectLabel is null || r.Start.Label == query.SubjectLabel)
                        && (query.ObjectLabel is null || r.End.Label == query.ObjectLabel))
                    .Select(Found))
                .ToArray());
        }));
    }

    public Task<Lookup<FoundPaths>> FindPathsAsync(string fromId, string toId, int maxHops, int limit, CancellationToken cancellationToken)
    {
        var (from, to) = (Find(fromId), Find(toId));
        return Task.FromResult(Anchor.CheckAll([(fromId, from?.Ref), (toId, to?.Ref)], () =>
            new FoundPaths(from!.Ref, to!.Ref, EmbeddedPaths.Find(from, to, maxHops, limit, Budget(cancellationToken)))));
    }

    // The graph never changes, so each drug's chains are walked once; the same found chains also let the shaping
    // above remember their answer (MechanismRules.Answer).
    public Task<Lookup<FoundMechanism>> GetMechanismAsync(string drugId, CancellationToken cancellationToken) =>
        Answer(drugId, [LabelNames.Drug], drug => _mechanisms.GetOrAdd(drugId, _ => new FoundMechanism(drug.Ref, EmbeddedMechanism.Walk(drug, _mechanismRules))));

    public Task<Lookup<Page<FoundTrial>>> GetTrialsAsync(TrialAnchor anchor, string id, TrialFilter filter, PageRequest page, CancellationToken cancellationToken) =>
        Answer(id, [anchor == TrialAnchor.Drug ? LabelNames.Drug : LabelNames.Indication], node =>
        {
            var links = anchor == TrialAnchor.Drug
                ? node.Incoming.Where(r => r.Type == RelationshipTypeNames.Tests && r.Start.Label == LabelNames.ClinicalTrial)
                : Narrower(node).SelectMany(i => i.Incoming).Where(r => r.Type == RelationshipTypeNames.Studies && r.Start.Label == LabelNames.ClinicalTrial);
            var trials = links.GroupBy(r => r.Start)
                .Where(g => (filter.Status is null || g.Key.Stored.Properties.Text(PropertyNames.OverallStatus) == filter.Status)
                    && (filter.Phase is null || g.Key.Stored.Properties.WholeNumber(PropertyNames.Phase) == filter.Phase))
                .Select(g => Found(g.Key, g.SelectMany(r => r.Publications)));
            return page.Of(GraphOrdering.Order(trials));
        });

    public Task<Lookup<Page<FoundAdverseEvent>>> GetAdverseEventsAsync(string drugId, PageRequest page, CancellationToken cancellationToken) =>
        Answer(drugId, [LabelNames.Drug], drug => page.Of(GraphOrdering.Order(drug.Incoming
            .Where(r => r.Type == RelationshipTypeNames.Administers)
            .Select(r => r.Start)
            .Distinct()
            .SelectMany(arm => arm.Incoming.Where(r => r.Type == RelationshipTypeNames.HasArm).Select(r => r.Start).Distinct()
                .SelectMany(trial => arm.Outgoing.Where(r => r.Type == RelationshipTypeNames.HadAdverseEvent)
                    .Select(r => new FoundAdverseEvent(trial.Ref, arm.Ref, r.End.Ref, r.Stored)))))));

    public Task<Lookup<TrialNeighbourhood>> GetTrialAsync(string id, CancellationToken cancellationToken) =>
        Answer(id, [LabelNames.ClinicalTrial], trial => new TrialNeighbourhood(trial.Stored, Neighbourhood(trial)));

    public Task<Lookup<FoundPublication>> GetPublicationAsync(string id, PageRequest page, CancellationToken cancellationToken) =>
        Answer(id, Citable.Labels, node => new FoundPublication(
            node.Ref, node.Stored.Properties, page.Of(GraphOrdering.Order(graph.Relationships.Where(r => r.Publications.Contains(id)).Select(Found)).ToArray())));

    public Task<FoundMeta> GetMetaAsync(CancellationToken cancellationToken) => Task.FromResult(_meta.Value);

    public Task<HeldTerms> GetHeldTermsAsync(CancellationToken cancellationToken) => Task.FromResult(_heldTerms.Value);

    public Task<QueryGraphMatches> MatchQueryGraphAsync(QueryPlan plan, PageRequest page, CancellationToken cancellationToken) =>
        Task.FromResult(_queryGraphs.Match(plan, page, Budget(cancellationToken)));

    private QueryBudget Budget(CancellationToken cancellationToken) => new(budget.Value, time, cancellationToken);

    private EmbeddedNode? Find(string id) => graph.Nodes.GetValueOrDefault(id);

    private Task<Lookup<T>> Answer<T>(string id, IReadOnlyCollection<string> labels, Func<EmbeddedNode, T> answer) =>
        Task.FromResult(Anchor.Check(id, Find(id)?.Ref, labels, _ => answer(graph.Nodes[id])));

    private static RelationshipCount[] Counts(EmbeddedNode node) =>
        node.Outgoing.GroupBy(r => (r.Type, Direction: "out"))
            .Concat(node.Incoming.GroupBy(r => (r.Type, Direction: "in")))
            .Select(g => new RelationshipCount(g.Key.Type, g.Key.Direction, g.Count()))
            .OrderBy(c => c.Type, StringComparer.Ordinal)
            .ThenBy(c => c.Direction, StringComparer.Ordinal)
            .ToArray();

    // The trial's outgoing relationships and those of its arms and outcomes (TrialQuestions.PartLabels).
    private static Subgraph Neighbourhood(EmbeddedNode trial)
    {
        var parts = trial.Outgoing.Select(r => r.End).Where(n => TrialQuestions.PartLabels.Contains(n.Label)).Distinct();
        var relationships = trial.Outgoing.Concat(parts.SelectMany(p => p.Outgoing)).ToArray();
        return new Subgraph(
            relationships.SelectMany(r => new[] { r.Start.Stored, r.End.Stored }).Prepend(trial.Stored),
            relationships.Select(r => r.Stored));
    }

    private static FoundTrial Found(EmbeddedNode trial, IEnumerable<string> publications) =>
        new(trial.Stored, trial.Outgoing.Where(r => r.Type == RelationshipTypeNames.Studies).Select(r => r.End.Ref).ToArray(), publications.ToArray());

    // The indication and every narrower one (SUBCLASS_OF pointing at it), at most TrialQuestions.NarrowerIndicationDepth levels down.
    private static HashSet<EmbeddedNode> Narrower(EmbeddedNode indication)
    {
        var found = new HashSet<EmbeddedNode> { indication };
        var frontier = new List<EmbeddedNode> { indication };
        for (var depth = 0; depth < TrialQuestions.NarrowerIndicationDepth && frontier.Count > 0; depth++)
        {
            frontier = frontier.SelectMany(n => n.Incoming)
                .Where(r => r.Type == RelationshipTypeNames.SubclassOf && found.Add(r.Start))
                .Select(r => r.Start)
                .ToList();
        }

        return found;
    }

    private static FoundRelationship Found(EmbeddedRelationship r) => new(r.Start.Ref, r.Stored, r.End.Ref);
}
