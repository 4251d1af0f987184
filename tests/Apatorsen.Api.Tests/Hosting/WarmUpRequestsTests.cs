using System.Text.Json;
using Apatorsen.Api.Backends.Embedded;
using Apatorsen.Api.Hosting;
using Apatorsen.Api.Tests.Contract;
using Apatorsen.Api.Tests.Embedded;
using Microsoft.Extensions.DependencyInjection;

namespace Apatorsen.Api.Tests.Hosting;

/// <summary>
/// The start-up warm-up's requests, sent here through the app: a route renamed or an input rule tightened breaks these
/// tests, not the warm-up of a deployed API (where a failure is only a warning).
/// </summary>
public sealed class WarmUpRequestsTests : IAsyncLifetime
{
    private readonly string _smallGraph = Directory.CreateTempSubdirectory("apatorsen-warm-up-").FullName;

    public ValueTask InitializeAsync()
    {
        WriteGraphWithoutDrugsOrTrials(_smallGraph);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task OnTheShippedDataset_EveryMainQuestionIsAsked_AndAnsweredWithSuccess()
    {
        await using var api = new EmbeddedApiFactory();

        var requests = WarmUpRequests.For(api.Services.GetRequiredService<EmbeddedGraph>());
        var answers = await SendAllAsync(api.CreateClient(), requests);

        string[] routes =
        [
            @"^/api/search\?q=", @"^/api/entities/[^/]+$", @"^/api/entities/[^/]+/relationships$", @"^/api/relationships\?subject=",
            @"^/api/paths\?from=.+&to=.+&maxHops=\d$", @"^/api/drugs/[^/]+/mechanism$", @"^/api/drugs/[^/]+/trials$",
            @"^/api/drugs/[^/]+/adverse-events$", @"^/api/trials/[^/]+$", @"^/api/indications/[^/]+/trials$", "^/api/meta$", "^/trapi/query$",
        ];
        Assert.All(routes, route => Assert.Contains(requests, r => System.Text.RegularExpressions.Regex.IsMatch(r.Path, route)));
        // Full answers, so that each route's shaping has run: a path, a chain, a trial with arms, TRAPI results.
        Assert.NotEmpty(answers.Single(a => a.Request.Path.StartsWith("/api/paths", StringComparison.Ordinal)).Body.GetProperty("paths").EnumerateArray());
        Assert.NotEmpty(answers.Single(a => a.Request.Path.EndsWith("/mechanism", StringComparison.Ordinal)).Body.GetProperty("chains").EnumerateArray());
        Assert.NotEmpty(answers.Single(a => a.Request.Path.StartsWith("/api/trials/", StringComparison.Ordinal)).Body.GetProperty("arms").EnumerateArray());
        Assert.NotEmpty(answers.Single(a => a.Request.Path == "/trapi/query").Body.GetProperty("message").GetProperty("results").EnumerateArray());
        Assert.NotEmpty(answers.Single(a => a.Request.Path.StartsWith("/api/search", StringComparison.Ordinal)).Body.Items());
    }

    [Fact]
    public async Task OnAGraphWithoutDrugsOrTrials_TheirQuestionsAreLeftOut_AndTheRestAnswerWithSuccess()
    {
        await using var api = new EmbeddedApiFactory { Settings = new Dictionary<string, string?> { ["Graph:DataDirectory"] = _smallGraph } };

        var requests = WarmUpRequests.For(api.Services.GetRequiredService<EmbeddedGraph>());
        var answers = await SendAllAsync(api.CreateClient(), requests);

        Assert.DoesNotContain(requests, r => r.Path.StartsWith("/api/drugs/", StringComparison.Ordinal)
            || r.Path.StartsWith("/api/trials/", StringComparison.Ordinal) || r.Path.StartsWith("/api/indications/", StringComparison.Ordinal));
        // Two hops apart: GO:0000002, the first of the least connected, and GO:0000001 through their shared protein.
        var paths = answers.Single(a => a.Request.Path.StartsWith("/api/paths", StringComparison.Ordinal));
        Assert.Equal("/api/paths?from=GO%3A0000001&to=GO%3A0000002&maxHops=2", paths.Request.Path);
        Assert.Equal(2, Assert.Single(paths.Body.GetProperty("paths").EnumerateArray()).GetProperty("length").GetInt32());
        Assert.Contains(requests, r => r.Path == "/api/entities/GO%3A0000001");
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(_smallGraph, recursive: true);
        return ValueTask.CompletedTask;
    }

    private static async Task<List<(WarmUpRequest Request, JsonElement Body)>> SendAllAsync(HttpClient client, IReadOnlyList<WarmUpRequest> requests)
    {
        var answers = new List<(WarmUpRequest, JsonElement)>();
        foreach (var request in requests)
        {
            using var message = new HttpRequestMessage(request.Method, new Uri(request.Path, UriKind.Relative));
            if (request.JsonBody is not null)
            {
                message.Content = new StringContent(request.JsonBody, System.Text.Encoding.UTF8, "application/json");
            }

            var response = await ApiResponse.SendAsync(client, message);
            Assert.True(response.Message.IsSuccessStatusCode, $"{request} answered {(int)response.Status}: {response.Body}");
            answers.Add((request, response.Json));
        }

        return answers;
    }

    // Two proteins and two processes: GO:1 <- P1, GO:1 <- P2 -> GO:2.
    private static void WriteGraphWithoutDrugsOrTrials(string directory)
    {
        const string Curated = "infores:apatorsen-kg,apatorsen:pub-a,knowledge_assertion,manual_agent";
        var nodes = Directory.CreateDirectory(Path.Combine(directory, "nodes")).FullName;
        var relationships = Directory.CreateDirectory(Path.Combine(directory, "relationships")).FullName;
        File.WriteAllText(Path.Combine(nodes, "publications.csv"), "id:ID,:LABEL,name,title\napatorsen:pub-a,Publication,A,A source\n");
        File.WriteAllText(Path.Combine(nodes, "proteins.csv"), "id:ID,:LABEL,name\nUniProtKB:P00001,Protein,protein 1\nUniProtKB:P00002,Protein,protein 2\n");
        File.WriteAllText(Path.Combine(nodes, "processes.csv"), "id:ID,:LABEL,name\nGO:0000001,BiologicalProcess,process 1\nGO:0000002,BiologicalProcess,process 2\n");
        File.WriteAllText(Path.Combine(relationships, "layers.csv"),
            $":START_ID,:END_ID,:TYPE,primary_knowledge_source,publications:string[],knowledge_level,agent_type\n"
            + $"UniProtKB:P00001,GO:0000001,PROMOTES,{Curated}\nUniProtKB:P00002,GO:0000001,PROMOTES,{Curated}\nUniProtKB:P00002,GO:0000002,INHIBITS,{Curated}\n");
    }
}
