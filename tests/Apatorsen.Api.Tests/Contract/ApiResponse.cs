using System.Net;
using System.Text.Json;

namespace Apatorsen.Api.Tests.Contract;

/// <summary>An answer of the API: status, content type and the body parsed as JSON (or its text).</summary>
public sealed class ApiResponse
{
    private ApiResponse(HttpResponseMessage message, string body)
    {
        Message = message;
        Body = body;
        Json = body.Length > 0 && (ContentType?.Contains("json", StringComparison.Ordinal) ?? false)
            ? JsonDocument.Parse(body).RootElement.Clone()
            : default;
    }

    public HttpResponseMessage Message { get; }

    public HttpStatusCode Status => Message.StatusCode;

    public string? ContentType => Message.Content.Headers.ContentType?.MediaType;

    public string Body { get; }

    public JsonElement Json { get; }

    public static async Task<ApiResponse> GetAsync(HttpClient client, string url)
    {
        var message = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        return new ApiResponse(message, await message.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    public static async Task<ApiResponse> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        var message = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return new ApiResponse(message, await message.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Asserts a 200 with a JSON body, showing the body when it is not.</summary>
    public JsonElement Ok()
    {
        Assert.True(Status == HttpStatusCode.OK, $"Expected 200, got {(int)Status}: {Body}");
        Assert.Equal("application/json", ContentType);
        return Json;
    }

    /// <summary>Asserts a ProblemDetails answer with the status, and returns it.</summary>
    public JsonElement Problem(HttpStatusCode status)
    {
        Assert.True(Status == status, $"Expected {(int)status}, got {(int)Status}: {Body}");
        Assert.Equal("application/problem+json", ContentType);
        Assert.Equal((int)status, Json.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(Json.GetProperty("title").GetString()));
        return Json;
    }
}

internal static class JsonElements
{
    public static IEnumerable<JsonElement> Items(this JsonElement element, string property = "items") =>
        element.GetProperty(property).EnumerateArray();

    public static string Str(this JsonElement element, string property) => element.GetProperty(property).GetString()!;

    public static string[] Strings(this JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray().Select(e => e.GetString()!).ToArray();

    /// <summary>The publications of a relationship's provenance.</summary>
    public static string[] Publications(this JsonElement relationship) => relationship.GetProperty("provenance").Strings("publications");
}
