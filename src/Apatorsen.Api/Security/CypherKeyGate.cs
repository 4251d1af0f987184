using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Apatorsen.Api.Problems;
using Apatorsen.Api.Settings;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Apatorsen.Api.Security;

/// <summary>
/// Decides from the headers alone, before the body is read, whether a POST /api/cypher request may go on: 501 while
/// the endpoint is off, 401 for a missing or wrong key, 429 once a client has sent more than
/// <see cref="FailuresPerWindow"/> wrong keys within a <see cref="Window"/>. Only wrong keys are counted, per client
/// address, with ASP.NET Core's fixed-window rate limiter: wrong keys 1 to 10 get 401 and the right key still passes
/// after them; the 11th gets 429, and so does every request of that client, right key included, until the window
/// ends (else 429 and 200 would still tell a guess right from wrong). Other clients are not affected.
/// </summary>
public sealed class CypherKeyGate : IDisposable
{
    public const string ApiKeyHeader = "X-Api-Key";
    public const int FailuresPerWindow = 10;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly byte[]? _expectedHash;
    private readonly PartitionedRateLimiter<string> _failures = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            // One permit more than the allowance: the wrong key that takes the last one is the first too many.
            PermitLimit = FailuresPerWindow + 1,
            Window = Window,
            QueueLimit = 0,
        }));

    public CypherKeyGate(IOptions<ApiOptions> options)
    {
        var key = options.Value.CypherApiKey;
        _expectedHash = string.IsNullOrEmpty(key) ? null : Hash(key);
    }

    /// <summary>The answer that ends the request, or null when it may read its body and go on.</summary>
    public ProblemHttpResult? Refuse(HttpContext context)
    {
        if (_expectedHash is null)
        {
            return ApiProblems.NotImplemented("POST /api/cypher is turned off; the operator enables it by setting Api:CypherApiKey.");
        }

        var client = ClientOf(context.Connection.RemoteIpAddress);
        using (var standing = _failures.AttemptAcquire(client, permitCount: 0))
        {
            if (!standing.IsAcquired)
            {
                return TooManyFailures(context, standing);
            }
        }

        var key = context.Request.Headers[ApiKeyHeader];
        if (key.Count == 1 && CryptographicOperations.FixedTimeEquals(Hash(key.ToString()), _expectedHash))
        {
            return null;
        }

        using var failure = _failures.AttemptAcquire(client);
        if (!failure.IsAcquired)
        {
            return TooManyFailures(context, failure);
        }

        using var after = _failures.AttemptAcquire(client, permitCount: 0);
        return after.IsAcquired
            ? ApiProblems.Unauthorized($"Send the API key in the {ApiKeyHeader} header.")
            : TooManyFailures(context, after);
    }

    public void Dispose() => _failures.Dispose();

    // Hashing first makes the comparison's length independent of the key's.
    private static byte[] Hash(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));

    // One IPv6 subscriber usually holds a whole /64, so that is one client; IPv4 clients are their address.
    private static string ClientOf(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private static ProblemHttpResult TooManyFailures(HttpContext context, RateLimitLease lease)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            detail: $"More than {FailuresPerWindow} wrong API keys from this client within {Window.TotalSeconds:0} s; try again in {seconds} s.",
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many wrong API keys.");
    }
}
