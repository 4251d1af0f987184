using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Apatorsen.IntegrationTests;

/// <summary>The fixture itself, and the Query API as documented, without the project's client in between.</summary>
[Collection(Neo4jCollectionDefinition.Name)]
public sealed class Neo4jFixtureTests(Neo4jFixture neo4j)
{
    [Fact]
    public void WithoutNeo4j_TheSkipReason_SaysWhatIsMissingAndWhatToSet()
    {
        Assert.SkipWhen(neo4j.IsAvailable, $"A Neo4j is available ({neo4j.Description}); there is no skip reason to check.");

        Assert.Equal(Neo4jSource.None, neo4j.Source);
        Assert.Contains(Neo4jFixture.UriVariable, neo4j.SkipReason, StringComparison.Ordinal);
        Assert.Contains("Docker", neo4j.SkipReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryApi_AnswersReturnOne_InPlainJson()
    {
        neo4j.EnsureAvailable();
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{neo4j.HttpUri.AbsoluteUri.TrimEnd('/')}/db/{neo4j.Database}/query/v2")
        {
            Content = new StringContent("""{"statement": "RETURN 1 AS ok", "accessMode": "Read"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (neo4j.User.Length > 0)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{neo4j.User}:{neo4j.Password}")));
        }

        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        // query.adoc: 202 whether or not the statement failed; the data is {fields, values}.
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.False(body.RootElement.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0, body.RootElement.ToString());
        var data = body.RootElement.GetProperty("data");
        Assert.Equal("ok", data.GetProperty("fields")[0].GetString());
        Assert.Equal(1, data.GetProperty("values")[0][0].GetInt32());
    }
}
