using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Apatorsen.Neo4j.Protocol;

/// <summary>
/// Sends one Query API request and turns every kind of answer into a result or a <see cref="Neo4jException"/>:
/// typed JSON both ways, the Authorization header, the per-request timeout, the <c>errors</c> body (202 or, since
/// Neo4j 2025.11, other statuses), 401, and connection failures. No retries here.
/// </summary>
internal sealed class QueryApiTransport
{
    public const string ClusterAffinityHeader = "neo4j-cluster-affinity";

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly Neo4jOptions _options;
    private readonly ILogger _logger;
    private readonly string _endpoint;
    private readonly AuthenticationHeaderValue? _authorization;

    public QueryApiTransport(IHttpClientFactory httpClientFactory, Neo4jOptions options, ILogger logger)
    {
        _httpClientFactory = httpClientFactory;
        _options = options;
        _logger = logger;
        Server = WithoutCredentials(options.Uri!);
        _endpoint = $"{Server.AbsoluteUri.TrimEnd('/')}/db/{Uri.EscapeDataString(options.Database)}/query/v2";
        _authorization = CreateAuthorization(options);
    }

    /// <summary>The server's address, safe to show: no user info, query or fragment.</summary>
    public Uri Server { get; }

    public async Task<QueryApiResponse> SendAsync(QueryApiCall call, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        var started = Stopwatch.GetTimestamp();
        HttpStatusCode status;
        byte[] body;
        string? affinity;
        try
        {
            using var request = CreateRequest(call);
            using var response = await _httpClientFactory.CreateClient(Neo4jQueryClient.HttpClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            status = response.StatusCode;
            affinity = response.Headers.TryGetValues(ClusterAffinityHeader, out var values) ? values.FirstOrDefault() : null;
            body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
        }
        catch (OperationCanceledException ex)
        {
            // Report the caller's own token, as .NET APIs do, rather than the linked timeout token.
            cancellationToken.ThrowIfCancellationRequested();
            throw new Neo4jTimeoutException(call.Operation, _options.RequestTimeout, ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            throw new Neo4jUnavailableException(Server, attempts: 1, ex.Message, ex);
        }

        if (_logger.IsEnabled(LogLevel.Debug))
        {
            _logger.LogDebug(
                "Neo4j {Operation} answered HTTP {Status} in {ElapsedMs:0.0} ms (statement of {StatementLength} chars: {StatementHead})",
                call.Operation, (int)status, Stopwatch.GetElapsedTime(started).TotalMilliseconds, call.Statement?.Length ?? 0, Head(call.Statement));
        }

        return Interpret(call, status, body, affinity);
    }

    private HttpRequestMessage CreateRequest(QueryApiCall call)
    {
        var request = new HttpRequestMessage(call.Method, _endpoint + call.PathSuffix);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(_options.TypedJsonMediaType));
        request.Headers.Authorization = _authorization;
        if (call.ClusterAffinity is not null)
        {
            request.Headers.TryAddWithoutValidation(ClusterAffinityHeader, call.ClusterAffinity);
        }

        if (call.Body is not null)
        {
            request.Content = new ByteArrayContent(call.Body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(_options.TypedJsonMediaType);
        }

        return request;
    }

    private QueryApiResponse Interpret(QueryApiCall call, HttpStatusCode status, byte[] body, string? affinity)
    {
        using var document = TryParse(body);
        var error = document is null ? null : QueryApiResponseReader.ReadFirstError(document.RootElement);

        if (status == HttpStatusCode.Unauthorized)
        {
            throw new Neo4jAuthenticationException(
                $"Neo4j at {Server} refused the credentials ({DescribeCredentials()}; HTTP 401){(error is null ? "." : $": {error.Code}: {error.Message}")}",
                error?.Code,
                error?.Message);
        }

        if (error is not null)
        {
            throw ServerErrorMapper.ToException(error, call.TransactionId);
        }

        if (status is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout)
        {
            throw new Neo4jUnavailableException(Server, attempts: 1, $"HTTP {(int)status} {status}", innerException: null);
        }

        if ((int)status is < 200 or > 299)
        {
            throw new Neo4jProtocolException(
                $"Neo4j {call.Operation} at {Server} answered HTTP {(int)status} {status} without a Query API error; is Neo4j:Uri the server's HTTP address and Neo4j:Database right?");
        }

        if (document is null && body.Length > 0)
        {
            throw new Neo4jProtocolException($"Neo4j {call.Operation} at {Server} answered HTTP {(int)status} with a body that is not JSON.");
        }

        if (document is null)
        {
            return new QueryApiResponse(QueryApiResponseReader.Read(EmptyObject()).Result, null, affinity);
        }

        var (result, transaction) = QueryApiResponseReader.Read(document.RootElement);
        return new QueryApiResponse(result, transaction, affinity);
    }

    private string DescribeCredentials() =>
        !string.IsNullOrEmpty(_options.BearerToken) ? "bearer token"
        : !string.IsNullOrEmpty(_options.User) ? $"basic authentication as user '{_options.User}'"
        : "no credentials configured";

    private static JsonDocument? TryParse(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonElement EmptyObject()
    {
        using var empty = JsonDocument.Parse("{}");
        return empty.RootElement.Clone();
    }

    private static AuthenticationHeaderValue? CreateAuthorization(Neo4jOptions options)
    {
        // authentication-authorization.adoc: Basic is base64(user:password) in UTF-8. The page also shows the bearer
        // token base64-encoded, but SSO tokens (JWTs) are sent as issued, as RFC 6750 and Neo4j's own examples do.
        if (!string.IsNullOrEmpty(options.BearerToken))
        {
            return new AuthenticationHeaderValue("Bearer", options.BearerToken);
        }

        return string.IsNullOrEmpty(options.User)
            ? null
            : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
    }

    private static Uri WithoutCredentials(Uri uri) =>
        new UriBuilder(uri) { UserName = "", Password = "", Query = "", Fragment = "" }.Uri;

    private static string Head(string? statement)
    {
        if (statement is null)
        {
            return "";
        }

        var oneLine = string.Join(' ', statement.Split((char[]?)null, 12, StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= 60 ? oneLine : oneLine[..60] + "...";
    }
}
