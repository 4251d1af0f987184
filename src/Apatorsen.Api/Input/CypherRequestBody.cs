using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Apatorsen.Api.Input;

/// <summary>
/// Reads the body of POST /api/cypher, at most <see cref="MaxBytes"/> of it (a statement needs far less), once the
/// request has passed the key check: a body over the cap is refused without being read to its end.
/// </summary>
public static class CypherRequestBody
{
    public const int MaxBytes = 64 * 1024;

    /// <summary>
    /// For a request refused before its body was read: Kestrel closes the connection instead of reading and
    /// discarding the rest of the body after the answer.
    /// </summary>
    public static void LeaveUnread(HttpContext context)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = 0;
        }
    }

    /// <summary>The request, or the problem that answers it instead (413, 415 or 400).</summary>
    public static async Task<(CypherRequest? Request, ProblemHttpResult? Problem)> ReadAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (!request.HasJsonContentType())
        {
            return (null, TypedResults.Problem(
                detail: "Send the body as application/json: {\"statement\": \"...\", \"parameters\": {...}}.",
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "The body is not JSON."));
        }

        if (request.ContentLength > MaxBytes)
        {
            return (null, TooLarge());
        }

        // Kestrel then refuses the rest of an oversized body itself instead of draining it after the answer.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBytes;
        }

        var buffer = new byte[MaxBytes + 1];
        var length = 0;
        try
        {
            int read;
            while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
            {
                length += read;
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge());
        }

        if (length > MaxBytes)
        {
            return (null, TooLarge());
        }

        var json = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            return JsonSerializer.Deserialize<CypherRequest>(buffer.AsSpan(0, length), json) is { } body
                ? (body, null)
                : (null, NotAnObject());
        }
        catch (JsonException ex)
        {
            return (null, NotAnObject(ex.Message));
        }
    }

    private static ProblemHttpResult TooLarge() =>
        TypedResults.Problem(
            detail: $"The body of POST /api/cypher may be at most {MaxBytes / 1024} KB.",
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "The body is too large.");

    private static ProblemHttpResult NotAnObject(string? why = null) =>
        TypedResults.Problem(
            detail: "The body must be a JSON object {\"statement\": \"...\", \"parameters\": {...}}" + (why is null ? "." : $": {why}"),
            statusCode: StatusCodes.Status400BadRequest,
            title: "The request is not valid.");
}
