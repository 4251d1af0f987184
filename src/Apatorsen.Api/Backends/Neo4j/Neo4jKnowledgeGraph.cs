using Apatorsen.Api.Contracts;
using Apatorsen.Api.Graph;
using Apatorsen.Api.Hosting;
using Apatorsen.Api.Problems;
using Apatorsen.Graph.Cypher;
using Apatorsen.Neo4j;
using Microsoft.Extensions.Options;
using static Apatorsen.Api.Backends.Neo4j.Neo4jValues;
using static Apatorsen.Api.Graph.PropertyValues;

namespace Apatorsen.Api.Backends.Neo4j;

/// <summary>
/// Answers from Neo4j with the statements of cypher/queries (embedded in Apatorsen.Graph), always in read access
/// mode, with parameters only, under the API's per-query time limit. Ordering and ranking that both backends share
/// happen in C#.
/// </summary>
public sealed class Neo4jKnowledgeGraph(Neo4jQueryClient client, IOptions<ApiOptions> options, TimeProvider time) : IKnowledgeGraph
{
    public const int SearchCandidates = 1000;
    private static readonly TimeSpan MetaLifetime = TimeSpan.FromSeconds(30);

    private (MetaResponse Meta, DateTimeOffset At)? _meta;

    public string Backend => "neo4j";

    public async Task<long> CountNodesAsync(CancellationToken cancellationToken)
    {
        var result = await RunAsync("queries/count-nodes", [], cancellationToken);
        return result.Rows.Count == 0 ? 0 : result.Rows[0].Get<long>("nodes");
    }

    public async Task<IReadOnlyDictionary<string, NodeRef>> ResolveAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var result = await RunAsync("queries/resolve", new() { ["ids"] = ids.ToArray() }, cancellationToken);
        return result.Rows
            .Select(row => new NodeRef(row.Get<string>("id")!, DomainProperties.Labels(Texts(row["labels"])), row.Get<string>("name") ?? ""))
            .ToDictionary(n => n.Id, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<SearchCandidate>> SearchCandidatesAsync(SearchText text, string? label, CancellationToken cancellationToken)
    {
        var result = await RunAsync("queries/search", new()
        {
            ["query"] = LuceneQuery(text),
            ["label"] = label,
            ["candidates"] = SearchCandidates,
        }, cancellationToken);
        return result.Rows
            .Select(row => new SearchCandidate(row.Get<string>("id")!, DomainProperties.Labels(Texts(row["labels"])), row.Get<string>("name") ?? "", Texts(row["synonyms"])))
            .ToArray();
    }

    /// <summary>Every letter-or-digit run of the text as an infix wildcard, all required; nothing else of the input reaches Lucene.</summary>
    public static string LuceneQuery(SearchText text) => string.Join(" AND ", text.Tokens.Take(8).Select(t => $"*{t}*"));

    public async Task<EntityResponse> GetEntityAsync(string id, CancellationToken cancellationToken)
    {
        var row = Single(await RunAsync("queries/entity", new() { ["id"] = id }, cancellationToken));
        var counts = Maps(row["counts"])
            .Select(c => new RelationshipCount(c.Text("type") ?? "", c.Text("direction") ?? "", (int)(c.WholeNumber("count") ?? 0)))
            .OrderBy(c => c.Type, StringComparer.Ordinal)
            .ThenBy(c => c.Direction, StringComparer.Ordinal)
            .ToArray();
        return new EntityResponse(
            row.Get<string>("id")!,
            DomainProperties.Labels(Texts(row["labels"])),
            row.Get<string>("name") ?? "",
            DomainProperties.OfNode(Map(row["properties"])),
            counts);
    }

    public async Task<Page<RelationshipItem>> GetRelationshipsAsync(string id, RelationshipFilter filter, CancellationToken cancellationToken)
    {
        var row = Single(await RunAsync("queries/entity-relationships", new()
        {
            ["id"] = id,
            ["type"] = filter.Type,
            ["direction"] = filter.Direction.ToString().ToLowerInvariant(),
            ["label"] = filter.Label,
            ["offset"] = filter.Offset,
            ["limit"] = filter.Limit,
        }, cancellationToken));
        var items = Maps(row["items"]).Select(item =>
        {
            var properties = Map(item.GetValueOrDefault("properties"));
            return new RelationshipItem(
                item.Text("type") ?? "",
                item.Text("direction") ?? "",
                DomainProperties.OfRelationship(properties),
                Sources(properties),
                Node(item.GetValueOrDefault("node")));
        });
        return new Page<RelationshipItem>(items.ToArray(), row.Get<int>("total"), filter.Limit, filter.Offset);
    }

    public async Task<Page<StatementItem>> FindStatementsAsync(StatementQuery query, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["type"] = query.Type,
            ["subjectLabel"] = query.SubjectLabel,
            ["objectLabel"] = query.ObjectLabel,
            ["offset"] = query.Offset,
            ["limit"] = query.Limit,
        };
        string name;
        if (query.SubjectId is not null || query.ObjectId is not null)
        {
            name = query.SubjectId is not null ? "queries/statements-by-subject" : "queries/statements-by-object";
            parameters["subject"] = query.SubjectId;
            parameters["object"] = query.ObjectId;
        }
        else
        {
            name = "queries/statements-by-type";
        }

        var row = Single(await RunAsync(name, parameters, cancellationToken));
        return new Page<StatementItem>(Maps(row["items"]).Select(Statement).ToArray(), row.Get<int>("total"), query.Limit, query.Offset);
    }

    public async Task<IReadOnlyList<GraphPath>> FindPathsAsync(string fromId, string toId, int maxHops, int limit, CancellationToken cancellationToken)
    {
        var result = await RunAsync("queries/paths", new() { ["from"] = fromId, ["to"] = toId, ["maxHops"] = maxHops }, cancellationToken);
        var paths = result.Rows.Select(row =>
        {
            var relationships = Maps(row["relationships"])
                .Select(r => new PathRelationship(r.Text("type") ?? "", r.Text("start") ?? "", r.Text("end") ?? "", r.Texts("sources")))
                .ToArray();
            return new GraphPath(relationships.Length, List(row["nodes"]).Select(Node).ToArray(), relationships);
        });
        return GraphOrdering.Order(paths).Take(limit).ToArray();
    }

    public async Task<IReadOnlyList<IReadOnlyList<MechanismStep>>> GetMechanismChainsAsync(string drugId, CancellationToken cancellationToken)
    {
        var result = await RunAsync("queries/mechanism", new() { ["id"] = drugId }, cancellationToken);
        return result.Rows
            .Select(row => (IReadOnlyList<MechanismStep>)Maps(row["steps"]).Select(step =>
            {
                var type = step.Text("type") ?? "";
                var properties = Map(step.GetValueOrDefault("properties"));
                return new MechanismStep(
                    type,
                    MechanismRules.Effect(type),
                    Node(step.GetValueOrDefault("from")),
                    Node(step.GetValueOrDefault("to")),
                    properties.Text("description"),
                    MechanismRules.StepProperties(DomainProperties.OfRelationship(properties)),
                    Sources(properties));
            }).ToArray())
            .ToArray();
    }

    public async Task<IReadOnlyList<TrialSummary>> GetTrialsAsync(TrialAnchor anchor, string id, CancellationToken cancellationToken)
    {
        var name = anchor == TrialAnchor.Drug ? "queries/trials-for-drug" : "queries/trials-for-indication";
        var result = await RunAsync(name, new() { ["id"] = id }, cancellationToken);
        return GraphOrdering.Order(result.Rows.Select(row => new TrialSummary(
            row.Get<string>("id")!,
            row.Get<string>("nctId"),
            row.Get<string>("name") ?? "",
            row.Get<string>("acronym"),
            row.Get<long?>("phase"),
            row.Get<long?>("enrollment"),
            Texts(row["design"]),
            List(row["indications"]).Select(Node).OrderBy(n => n.Id, StringComparer.Ordinal).ToArray(),
            SortedDistinct(Texts(row["sources"])))));
    }

    public async Task<TrialResponse> GetTrialAsync(string id, CancellationToken cancellationToken)
    {
        var row = Single(await RunAsync("queries/trial", new() { ["id"] = id }, cancellationToken));
        return Neo4jTrials.Read(row);
    }

    public async Task<PublicationResponse> GetPublicationAsync(string id, int limit, int offset, CancellationToken cancellationToken)
    {
        var row = Single(await RunAsync("queries/publication", new() { ["id"] = id, ["offset"] = offset, ["limit"] = limit }, cancellationToken));
        return new PublicationResponse(
            row.Get<string>("id")!,
            DomainProperties.Labels(Texts(row["labels"])),
            row.Get<string>("name") ?? "",
            DomainProperties.OfNode(Map(row["properties"])),
            Maps(row["items"]).Select(Statement).ToArray(),
            row.Get<int>("total"));
    }

    // Counting every label and pattern scans the graph, so the answer is kept for a short while.
    public async Task<MetaResponse> GetMetaAsync(CancellationToken cancellationToken)
    {
        if (_meta is { } cached && time.GetUtcNow() - cached.At < MetaLifetime)
        {
            return cached.Meta;
        }

        // Concurrent refreshes may both run; they compute the same answer.
        var labels = await RunAsync("queries/meta-labels", [], cancellationToken);
        var patterns = await RunAsync("queries/meta-patterns", [], cancellationToken);
        var version = await RunAsync("queries/meta-version", [], cancellationToken);
        var meta = MetaBuilder.Build(
            Backend,
            version.Rows.Count > 0 ? version.Rows[0].Get<string>("version") ?? "" : "",
            labels.Rows.ToDictionary(r => r.Get<string>("label")!, r => r.Get<int>("count"), StringComparer.Ordinal),
            patterns.Rows.ToDictionary(r => (r.Get<string>("startLabel")!, r.Get<string>("type")!, r.Get<string>("endLabel")!), r => r.Get<int>("count")));
        _meta = (meta, time.GetUtcNow());
        return meta;
    }

    private static QueryRow Single(QueryResult result) =>
        result.Rows.Count > 0 ? result.Rows[0] : throw new InvalidOperationException("The query returned no row for an anchor that exists.");

    private async Task<QueryResult> RunAsync(string name, Dictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var limit = options.Value.QueryTimeout;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        try
        {
            return await client.RunAsync(CypherCatalog.Get(name), parameters, AccessMode.Read, timeout.Token);
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new GraphTimeoutException(limit, ex);
        }
    }
}
