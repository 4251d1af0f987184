using Apatorsen.Graph.Biolink;

namespace Apatorsen.Api.Trapi.Input;

/// <summary>What this TRAPI service is and the limits it declares (docs/trapi.md, the OpenAPI document's info.x-trapi).</summary>
public static class TrapiLimits
{
    public const string SchemaVersion = "1.5.0";

    /// <summary>This graph's infores: the resource of every Analysis and the primary source of what is curated here.</summary>
    public const string Infores = KnowledgeSources.ThisGraph;

    /// <summary>Results per answer when the query gives no <c>limit</c>.</summary>
    public const int DefaultResults = 100;

    /// <summary>The largest <c>limit</c> a query may ask for.</summary>
    public const int MaxResults = 1000;

    /// <summary>The most ids one query node may list (x-trapi batch_size_limit); more is a 413.</summary>
    public const int BatchSizeLimit = 100;

    /// <summary>The largest request body read; more is a 413.</summary>
    public const int MaxRequestBytes = 256 * 1024;

    /// <summary>The most edges a query graph may have (so five nodes: the shapes in cypher/trapi/shapes cover them all).</summary>
    public const int MaxEdges = 4;

    /// <summary>Requests per minute per client (x-trapi rate_limit): none.</summary>
    public const int RateLimit = -1;

    public static string BiolinkVersion => BiolinkModel.Instance.Version;
}
