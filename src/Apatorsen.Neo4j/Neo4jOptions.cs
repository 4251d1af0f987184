using System.ComponentModel.DataAnnotations;

namespace Apatorsen.Neo4j;

/// <summary>
/// Settings for <see cref="Neo4jQueryClient"/>, bound from the <c>Neo4j</c> configuration section
/// (so <c>Neo4j__Uri</c>, <c>Neo4j__Password</c>, ... work as environment variables).
/// Authentication is either basic (<see cref="User"/> and <see cref="Password"/>) or bearer
/// (<see cref="BearerToken"/>), or none when the server has authentication disabled.
/// </summary>
public sealed class Neo4jOptions : IValidatableObject
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Neo4j";

    /// <summary>The server's HTTP address, for example <c>http://localhost:7474</c>.</summary>
    [Required(ErrorMessage = "Neo4j:Uri is required: the HTTP address of the Neo4j server, for example http://localhost:7474.")]
    public Uri? Uri { get; set; }

    /// <summary>The database every statement runs against.</summary>
    [Required(ErrorMessage = "Neo4j:Database is required.")]
    [RegularExpression("^[A-Za-z0-9][A-Za-z0-9._-]*$", ErrorMessage = "Neo4j:Database must be a database name such as 'neo4j'.")]
    public string Database { get; set; } = "neo4j";

    /// <summary>User name for basic authentication.</summary>
    public string? User { get; set; }

    /// <summary>Password for basic authentication. Never logged.</summary>
    public string? Password { get; set; }

    /// <summary>Bearer token (for example an SSO access token), sent as given. Never logged.</summary>
    public string? BearerToken { get; set; }

    /// <summary>How long one HTTP request (send and read the answer) may take before <see cref="Neo4jTimeoutException"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00", ErrorMessage = "Neo4j:RequestTimeout must be between 1 ms and 1 hour.")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt for transient errors and connection failures (0 turns retrying off).</summary>
    [Range(0, 20, ErrorMessage = "Neo4j:MaxRetryAttempts must be between 0 and 20.")]
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>The first retry's delay; later ones grow exponentially, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "Neo4j:RetryBaseDelay must be between 0 and 1 minute.")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest delay between two attempts.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00", ErrorMessage = "Neo4j:RetryMaxDelay must be between 0 and 5 minutes.")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The typed JSON media type sent as both <c>Accept</c> and <c>Content-Type</c>. The default works on every
    /// server with the Query API; <see cref="Neo4jMediaTypes.TypedJsonVersion11"/> needs Neo4j 2025.11 or later
    /// (docs-query-api changelog.adoc, typed-json.adoc).
    /// </summary>
    [AllowedValues(Neo4jMediaTypes.TypedJson, Neo4jMediaTypes.TypedJsonVersion10, Neo4jMediaTypes.TypedJsonVersion11,
        ErrorMessage = "Neo4j:TypedJsonMediaType must be application/vnd.neo4j.query, application/vnd.neo4j.query.v1.0 or application/vnd.neo4j.query.v1.1.")]
    public string TypedJsonMediaType { get; set; } = Neo4jMediaTypes.TypedJson;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Uri is { } uri)
        {
            if (!uri.IsAbsoluteUri || (uri.Scheme != System.Uri.UriSchemeHttp && uri.Scheme != System.Uri.UriSchemeHttps))
            {
                yield return new ValidationResult(
                    "Neo4j:Uri must be an absolute http or https address such as http://localhost:7474 (the Query API is served over HTTP, not bolt).",
                    [nameof(Uri)]);
            }
            else if (!string.IsNullOrEmpty(uri.UserInfo))
            {
                yield return new ValidationResult(
                    "Neo4j:Uri must not carry credentials; set Neo4j:User and Neo4j:Password instead.",
                    [nameof(Uri)]);
            }
        }

        var hasBasic = !string.IsNullOrEmpty(User) || !string.IsNullOrEmpty(Password);
        if (hasBasic && !string.IsNullOrEmpty(BearerToken))
        {
            yield return new ValidationResult(
                "Neo4j: set either User and Password (basic) or BearerToken, not both.",
                [nameof(User), nameof(BearerToken)]);
        }
        else if (hasBasic && (string.IsNullOrEmpty(User) || string.IsNullOrEmpty(Password)))
        {
            yield return new ValidationResult(
                "Neo4j:User and Neo4j:Password must be set together for basic authentication.",
                [nameof(User), nameof(Password)]);
        }

        if (RetryMaxDelay < RetryBaseDelay)
        {
            yield return new ValidationResult(
                "Neo4j:RetryMaxDelay must not be shorter than Neo4j:RetryBaseDelay.",
                [nameof(RetryMaxDelay)]);
        }
    }
}
