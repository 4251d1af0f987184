using System.ComponentModel.DataAnnotations;

namespace Apatorsen.Api.Settings;

/// <summary>Settings of the API itself, bound from the <c>Api</c> section.</summary>
public sealed class ApiOptions : IValidatableObject
{
    public const string SectionName = "Api";

    /// <summary>The shortest key POST /api/cypher accepts: long enough that guessing it is hopeless.</summary>
    public const int MinCypherApiKeyLength = 32;

    /// <summary>The key POST /api/cypher requires in X-Api-Key; the endpoint is off while it is unset or empty.</summary>
    public string? CypherApiKey { get; set; }

    /// <summary>How long one of the API's own graph queries may run before the answer is 504.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00", ErrorMessage = "Api:QueryTimeout must be between 10 ms and 5 minutes.")]
    public TimeSpan QueryTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a POST /api/cypher statement may run before the answer is 504.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00", ErrorMessage = "Api:CypherTimeout must be between 10 ms and 5 minutes.")]
    public TimeSpan CypherTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Keep whole GET /api answers in memory. The embedded graph never changes while the process runs; on Neo4j the
    /// answers are kept under the graph's dataset versions, read at most every <see cref="DatasetVersionCheckInterval"/>,
    /// so that an import shows within that time.
    /// </summary>
    public bool CacheResponses { get; set; } = true;

    /// <summary>
    /// Neo4j backend: how long the dataset versions read from the graph's (:Dataset) nodes are trusted before they are
    /// read again (one small statement); kept answers of an older version are then no longer served. Zero reads them
    /// on every request.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "Api:DatasetVersionCheckInterval must be between 0 and 1 hour.")]
    public TimeSpan DatasetVersionCheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The most bytes the response cache holds (answers, their headers and keys); the oldest make room. The TRAPI answer cache has a budget of the same size.</summary>
    [Range(64 * 1024, 1L << 30, ErrorMessage = "Api:ResponseCacheSizeLimit must be between 65536 and 1073741824 bytes.")]
    public long ResponseCacheSizeLimit { get; set; } = 4L << 20;

    /// <summary>
    /// Embedded backend: once the server listens, ask each main question once over its own loopback address, and say
    /// ready only after that, so that the first user request costs what a later one does (the first call of a route
    /// pays for compiling it).
    /// </summary>
    public bool WarmUp { get; set; } = true;

    /// <summary>The most rows POST /api/cypher returns; the answer says when more were cut off.</summary>
    [Range(1, 100_000, ErrorMessage = "Api:CypherRowCap must be between 1 and 100000.")]
    public int CypherRowCap { get; set; } = 1000;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrEmpty(CypherApiKey))
        {
            yield break;
        }

        if (CypherApiKey.Length < MinCypherApiKeyLength || string.IsNullOrWhiteSpace(CypherApiKey))
        {
            yield return new ValidationResult(
                $"Api:CypherApiKey must be at least {MinCypherApiKeyLength} characters and not blank (it has {CypherApiKey.Length}), for example the output of `openssl rand -base64 33`; leave it unset to turn POST /api/cypher off.",
                [nameof(CypherApiKey)]);
        }
    }
}

/// <summary>Settings of the embedded graph, bound from the <c>Graph</c> section.</summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";

    /// <summary>The dataset directory; relative paths are below the app's directory. <see cref="DataDirectories"/> replaces it when given.</summary>
    [Required(ErrorMessage = "Graph:DataDirectory is required.")]
    public string DataDirectory { get; set; } = "data/apatorsen";

    /// <summary>Several dataset directories served as one graph, each a dataset named after its folder; when empty, <see cref="DataDirectory"/> alone.</summary>
    public IList<string> DataDirectories { get; set; } = [];

    /// <summary>The directories to serve, as full paths.</summary>
    public IReadOnlyList<string> ResolvedDataDirectories =>
        (DataDirectories.Count > 0 ? DataDirectories : [DataDirectory]).Select(d => Path.GetFullPath(d, AppContext.BaseDirectory)).ToArray();
}
