using System.Globalization;
using Apatorsen.Api.Problems;
using Apatorsen.Api.Settings;
using Apatorsen.Api.Shaping;
using Apatorsen.Api.Trapi.Matching;
using Apatorsen.Api.Trapi.Planning;
using Apatorsen.Graph.Cypher;
using Apatorsen.Neo4j;
using Microsoft.Extensions.Options;

namespace Apatorsen.Api.Backends.Neo4j;

/// <summary>
/// Answers from Neo4j with the statements of cypher/queries (embedded in Apatorsen.Graph), one statement per question,
/// always in read access mode, with parameters only, under the API's per-query time limit. Each statement anchored on
/// an id also returns the anchor (or null), so existence and label are decided in the same round trip; ordering,
/// ranking and shaping that both backends share happen in C#. TRAPI statements and path searches run under the
/// <see cref="QueryBudget"/>: its time as the request's time limit, its bindings as a LIMIT inside the statement.
/// </summary>
public sealed class Neo4jKnowledgeGraph(Neo4jQueryClient client, IOptions<ApiOptions> options, IOptions<QueryBudgetOptions> budget, TimeProvider time, Neo4jDatasetVersions versions, GraphSchema schema) : IKnowledgeGraph
{
    public const int SearchCandidates = 1000;
    private static readonly TimeSpan MetaLifetime = TimeSpan.FromSeconds(30);

    private (FoundMeta Meta, DateTimeOffset At, string? Key)? _meta;
    private (HeldTerms Terms, DateTimeOffset At)? _heldTerms;

    public string Backend => "neo4j";

    public async Task<long> CountNodesAsync(CancellationToken cancellationToken)
    {
        var (answers, result) = await RunAsync("queries/count-nodes", [], cancellationToken);
        return Convert.ToInt64(answers.Field(answers.Single(result), "nodes"), CultureInfo.InvariantCulture);
    }

    public async Task<string?> CanonicalIdAsync(string id, CancellationToken cancellationToken)
    {
        var (answers, result) = await RunAsync("queries/canonical-id", new() { ["id"] = id }, cancellationToken);
        var matches = result.Rows.Select(row => (Id: (string)answers.Field(row, "id")!, Former: answers.Field(row, "former") is true)).ToArray();
        var former = matches.Where(m => m.Former).ToArray();
        return former.Length == 1 ? former[0].Id : matches.Length == 1 ? matches[0].Id : null;
    }

    public async Task<IReadOnlyList<SearchCandidate>> SearchCandidatesAsync(SearchText text, string? label, CancellationToken cancellationToken)
    {
        var (answers, result) = await RunAsync("queries/search", new()
        {
            ["query"] = LuceneQuery(text),
            ["label"] = label,
            ["candidates"] = SearchCandidates,
        }, cancellationToken);
        return result.Rows
            .Select(row =>
            {
                var node = answers.Node(answers.Field(row, "node"));
                return new SearchCandidate(
                    node.Id, node.Labels, node.Name, PropertyValues.Texts(answers.Field(row, "synonyms")), PropertyValues.Texts(answers.Field(row, "formerIds")));
            })
            .ToArray();
    }

    /// <summary>Every letter-or-digit run of the text as an infix wildcard, all required; nothing else of the input reaches Lucene.</summary>
    public static string LuceneQuery(SearchText text) => string.Join(" AND ", text.Tokens.Take(8).Select(t => $"*{t}*"));

    public Task<Lookup<FoundEntity>> GetEntityAsync(string id, CancellationToken cancellationToken) =>
        AnchoredAsync("queries/entity", id, [], new() { ["id"] = id }, (answers, row, node) =>
        {
            var counts = answers.List(row, "counts")
                .Select(c => answers.Tuple(c, 3, "a relationship count"))
                .Select(c => new RelationshipCount((string)c[0]!, (string)c[1]!, Convert.ToInt32(c[2], CultureInfo.InvariantCulture)))
                .OrderBy(c => c.Type, StringComparer.Ordinal)
                .ThenBy(c => c.Direction, StringComparer.Ordinal)
                .ToArray();
            return new FoundEntity(node, answers.Map(answers.Field(row, "properties"), "the properties"), counts);
        }, cancellationToken);

    public Task<Lookup<Page<SeenRelationship>>> GetRelationshipsAsync(string id, RelationshipFilter filter, PageRequest page, CancellationToken cancellationToken) =>
        AnchoredAsync("queries/entity-relationships", id, [], new()
        {
            ["id"] = id,
            ["type"] = filter.Type,
            ["direction"] = filter.Direction.ToString().ToLowerInvariant(),
            ["label"] = filter.Label,
            ["offset"] = page.Offset,
            ["limit"] = page.Limit,
        }, (answers, row, node) => answers.Page(row, page, item =>
        {
            var (subject, type, properties, obj) = answers.Relationship(item);
            var outgoing = subject.Id == node.Id;
            return new SeenRelationship(outgoing ? "out" : "in", new StoredRelationship(type, subject.Id, obj.Id, properties), outgoing ? obj : subject);
        }), cancellationToken);

    public async Task<Lookup<Page<FoundRelationship>>> FindStatementsAsync(StatementQuery query, PageRequest page, CancellationToken cancellationToken)
    {
        var name = query switch
        {
            { SubjectId: not null } => "queries/statements-by-subject",
            { ObjectId: not null } => "queries/statements-by-object",
            _ => "queries/statements-by-type",
        };
        var parameters = new Dictionary<string, object?>
        {
            ["type"] = query.Type,
            ["subjectLabel"] = query.SubjectLabel,
            ["objectLabel"] = query.ObjectLabel,
            ["offset"] = page.Offset,
            ["limit"] = page.Limit,
        };
        if (query.SubjectId is not null)
        {
            parameters["subject"] = query.SubjectId;
        }

        if (query.SubjectId is not null || query.ObjectId is not null)
        {
            parameters["object"] = query.ObjectId;
        }

        var (answers, result) = await RunAsync(name, parameters, cancellationToken);
        var row = answers.Single(result);
        var anchors = new[] { (Id: query.SubjectId, Field: "subject"), (Id: query.ObjectId, Field: "object") }
            .Where(a => a.Id is not null)
            .Select(a => (a.Id!, answers.OptionalNode(answers.Field(row, a.Field))));
        return Anchor.CheckAll(anchors, () => answers.Page(row, page, answers.Statement));
    }

    public async Task<Lookup<FoundPaths>> FindPathsAsync(string fromId, string toId, int maxHops, int limit, CancellationToken cancellationToken)
    {
        var maxBindings = budget.Value.MaxBindings;
        var (answers, result) = await RunBudgetedAsync("queries/paths", CypherCatalog.Get("queries/paths"), new() { ["from"] = fromId, ["to"] = toId, ["maxHops"] = maxHops, ["maxBindings"] = maxBindings }, cancellationToken);
        var row = answers.Single(result);
        if (answers.List(row, "paths").Count > maxBindings)
        {
            throw new QueryBudgetExceededException(QueryBudgetExceededException.Bindings, $"it found more than {maxBindings} paths to order (QueryBudget:MaxBindings)");
        }

        var (from, to) = (answers.OptionalNode(answers.Field(row, "from")), answers.OptionalNode(answers.Field(row, "to")));
        return Anchor.CheckAll([(fromId, from), (toId, to)], () =>
        {
            var paths = answers.List(row, "paths").Select(value =>
            {
                var (nodes, relationships) = answers.Path(value);
                return new FoundPath(nodes, relationships);
            });
            return new FoundPaths(from!, to!, GraphOrdering.Order(paths).Take(limit).ToArray());
        });
    }

    public Task<Lookup<FoundMechanism>> GetMechanismAsync(string drugId, CancellationToken cancellationToken) =>
        AnchoredAsync("queries/mechanism", drugId, [LabelNames.Drug], new() { ["id"] = drugId }, (answers, row, drug) =>
            new FoundMechanism(drug, answers.List(row, "chains").Select(chain =>
            {
                var (nodes, relationships) = answers.Path(chain);
                var refs = nodes.DistinctBy(n => n.Id).ToDictionary(n => n.Id, n => n.Ref, StringComparer.Ordinal);
                return (IReadOnlyList<FoundRelationship>)relationships
                    .Select(r => new FoundRelationship(refs[r.StartId], r, refs[r.EndId]))
                    .ToArray();
            }).ToArray()), cancellationToken);

    public Task<Lookup<Page<FoundTrial>>> GetTrialsAsync(TrialAnchor anchor, string id, TrialFilter filter, PageRequest page, CancellationToken cancellationToken) =>
        AnchoredAsync(
            anchor == TrialAnchor.Drug ? "queries/trials-for-drug" : "queries/trials-for-indication",
            id,
            [anchor == TrialAnchor.Drug ? LabelNames.Drug : LabelNames.Indication],
            new() { ["id"] = id, ["status"] = filter.Status, ["phase"] = filter.Phase, ["offset"] = page.Offset, ["limit"] = page.Limit },
            (answers, row, _) => answers.Page(row, page, value =>
            {
                var item = answers.Tuple(value, 3, "a trial");
                return new FoundTrial(answers.Stored(item[0]), answers.AsList(item[1], "a trial's indications").Select(answers.Node).ToArray(), PropertyValues.Texts(item[2]));
            }),
            cancellationToken);

    public Task<Lookup<Page<FoundAdverseEvent>>> GetAdverseEventsAsync(string drugId, PageRequest page, CancellationToken cancellationToken) =>
        AnchoredAsync("queries/adverse-events", drugId, [LabelNames.Drug], new() { ["id"] = drugId, ["offset"] = page.Offset, ["limit"] = page.Limit }, (answers, row, _) =>
            answers.Page(row, page, value =>
            {
                var item = answers.Tuple(value, 4, "an adverse event report");
                var (trial, arm, adverseEvent) = (answers.Node(item[0]), answers.Node(item[1]), answers.Node(item[2]));
                var reported = new StoredRelationship(RelationshipTypeNames.HadAdverseEvent, arm.Id, adverseEvent.Id, answers.Map(item[3], "a report's properties"));
                return new FoundAdverseEvent(trial, arm, adverseEvent, reported);
            }), cancellationToken);

    public Task<Lookup<TrialNeighbourhood>> GetTrialAsync(string id, CancellationToken cancellationToken) =>
        AnchoredAsync("queries/trial", id, [LabelNames.ClinicalTrial], new() { ["id"] = id }, (answers, row, trial) =>
        {
            var nodes = answers.List(row, "nodes").Select(n => (Node: n as Neo4jNode, Stored: answers.Stored(n))).ToArray();
            var idByElement = nodes.DistinctBy(n => n.Node!.ElementId).ToDictionary(n => n.Node!.ElementId, n => n.Stored.Id, StringComparer.Ordinal);
            var relationships = answers.List(row, "relationships").Select(r => answers.Stored(r, idByElement));
            var neighbourhood = new Subgraph(nodes.Select(n => n.Stored), relationships);
            return new TrialNeighbourhood(neighbourhood.Node(trial.Id), neighbourhood);
        }, cancellationToken);

    public Task<Lookup<FoundPublication>> GetPublicationAsync(string id, PageRequest page, CancellationToken cancellationToken) =>
        AnchoredAsync("queries/publication", id, Citable.Labels, new() { ["id"] = id, ["offset"] = page.Offset, ["limit"] = page.Limit }, (answers, row, node) =>
            new FoundPublication(node, answers.Map(answers.Field(row, "properties"), "the properties"), answers.Page(row, page, answers.Statement)), cancellationToken);

    // Counting every label and pattern scans the graph, so the answer is kept: while the dataset versions stay the
    // same when the graph has them (and answers are kept at all), else for a short while.
    public async Task<FoundMeta> GetMetaAsync(CancellationToken cancellationToken)
    {
        var key = options.Value.CacheResponses ? await versions.CacheKeyAsync(cancellationToken) : null;
        if (_meta is { } cached && (key is not null ? cached.Key == key : cached.Key is null && time.GetUtcNow() - cached.At < MetaLifetime))
        {
            return cached.Meta;
        }

        // Concurrent refreshes may both run; they compute the same answer.
        var (answers, result) = await RunAsync("queries/meta", [], cancellationToken);
        var row = answers.Single(result);
        var labels = answers.List(row, "labels").Select(l => answers.Tuple(l, 2, "a label count"))
            .ToDictionary(l => (string)l[0]!, l => Count(l[1]), StringComparer.Ordinal);
        var patterns = answers.List(row, "patterns").Select(p => answers.Tuple(p, 4, "a pattern count"))
            .ToDictionary(p => ((string)p[0]!, (string)p[1]!, (string)p[2]!), p => Count(p[3]));
        var datasets = answers.List(row, "datasets").Select(d => Neo4jDatasetVersions.Read(answers, d)).ToArray();
        var nodeVersions = PropertyValues.Texts(answers.Field(row, "versions"));
        var version = datasets.Length > 0 ? DatasetVersions.Combined(datasets) : nodeVersions.Count > 0 ? nodeVersions[0] : "";
        var meta = new FoundMeta(version, labels, patterns, datasets);
        _meta = (meta, time.GetUtcNow(), key);
        return meta;

        static int Count(object? count) => Convert.ToInt32(count, CultureInfo.InvariantCulture);
    }

    // Like the counts, scanned and kept for a short while.
    public async Task<HeldTerms> GetHeldTermsAsync(CancellationToken cancellationToken)
    {
        if (_heldTerms is { } cached && time.GetUtcNow() - cached.At < MetaLifetime)
        {
            return cached.Terms;
        }

        var (answers, result) = await RunAsync("queries/held-terms", new() { ["qualifiers"] = HeldTerms.QualifierProperties(schema) }, cancellationToken);
        var row = answers.Single(result);
        var terms = new HeldTerms(
            answers.List(row, "prefixes").Select(p => answers.Tuple(p, 2, "a label's id prefix")).Select(p => new HeldPrefix((string)p[0]!, (string)p[1]!)).ToArray(),
            answers.List(row, "qualifierValues").Select(q => answers.Tuple(q, 5, "a qualifier value"))
                .Where(q => q[4] is string)
                .Select(q => new HeldQualifierValue((string)q[0]!, (string)q[1]!, (string)q[2]!, (string)q[3]!, (string)q[4]!)).ToArray());
        _heldTerms = (terms, time.GetUtcNow());
        return terms;
    }

    /// <summary>One statement per query graph, rendered by <see cref="CypherQueryGraph"/> from cypher/trapi/fragments.</summary>
    public async Task<QueryGraphMatches> MatchQueryGraphAsync(QueryPlan plan, PageRequest page, CancellationToken cancellationToken)
    {
        var maxBindings = budget.Value.MaxBindings;
        var (answers, result) = await RunBudgetedAsync(CypherQueryGraph.Name(plan.Shape), CypherQueryGraph.Statement(plan.Shape), CypherQueryGraph.Parameters(plan, page, maxBindings), cancellationToken);
        return Neo4jQueryGraphAnswer.Read(answers, result, plan, maxBindings);
    }

    // The budget's time bounds the statement (never longer than Api:QueryTimeout); past it the request is cut, as on the
    // embedded backend. The server is not told: the Query API's maxExecutionTime is new in Neo4j 2026.04 (docs/trapi.md).
    private async Task<(Neo4jAnswers Answers, QueryResult Result)> RunBudgetedAsync(string name, string statement, Dictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var limit = budget.Value.MaxDuration < options.Value.QueryTimeout ? budget.Value.MaxDuration : options.Value.QueryTimeout;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        try
        {
            return (new Neo4jAnswers(name, schema), await client.RunAsync(statement, parameters, AccessMode.Read, timeout.Token));
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw QueryBudgetExceededException.Time(limit);
        }
    }

    private async Task<Lookup<T>> AnchoredAsync<T>(
        string query, string id, IReadOnlyCollection<string> labels, Dictionary<string, object?> parameters, Func<Neo4jAnswers, QueryRow, NodeRef, T> answer, CancellationToken cancellationToken)
    {
        var (answers, result) = await RunAsync(query, parameters, cancellationToken);
        var row = answers.Single(result);
        return Anchor.Check(id, answers.OptionalNode(answers.Field(row, "anchor")), labels, node => answer(answers, row, node));
    }

    private Task<(Neo4jAnswers Answers, QueryResult Result)> RunAsync(string name, Dictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        RunAsync(name, CypherCatalog.Get(name), parameters, cancellationToken);

    private async Task<(Neo4jAnswers Answers, QueryResult Result)> RunAsync(string name, string statement, Dictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var limit = options.Value.QueryTimeout;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        try
        {
            return (new Neo4jAnswers(name, schema), await client.RunAsync(statement, parameters, AccessMode.Read, timeout.Token));
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new GraphTimeoutException(limit, ex);
        }
    }
}
