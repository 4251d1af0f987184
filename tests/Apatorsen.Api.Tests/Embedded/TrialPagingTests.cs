using System.Globalization;
using System.Text;
using Apatorsen.Api.Tests.Contract;

namespace Apatorsen.Api.Tests.Embedded;

/// <summary>Trial lists are paged in the backend like every other collection, so their total is never cut short.</summary>
public sealed class TrialPagingTests : IAsyncLifetime
{
    private const int Trials = 620;
    private const string Curated = "infores:apatorsen-kg,apatorsen:pub-a,knowledge_assertion,manual_agent";
    private readonly string _directory = Directory.CreateTempSubdirectory("apatorsen-trials-").FullName;
    private EmbeddedApiFactory? _factory;

    public ValueTask InitializeAsync()
    {
        WriteDataset(_directory);
        _factory = new EmbeddedApiFactory { Settings = new Dictionary<string, string?> { ["Graph:DataDirectory"] = _directory } };
        return ValueTask.CompletedTask;
    }

    [Theory]
    [InlineData("/api/drugs/apatorsen:drug-a/trials")]
    [InlineData("/api/indications/apatorsen:disease-a/trials")]
    public async Task TrialList_BeyondFiveHundred_CountsEveryTrial_AndPagesThemInOrder(string route)
    {
        var client = _factory!.CreateClient();

        var first = (await ApiResponse.GetAsync(client, route + "?limit=500")).Ok();
        var last = (await ApiResponse.GetAsync(client, route + "?limit=500&offset=600")).Ok();

        Assert.Equal(Trials, first.GetProperty("total").GetInt32());
        Assert.Equal(500, first.Items().Count());
        Assert.Equal(Trials, last.GetProperty("total").GetInt32());
        Assert.Equal(Enumerable.Range(600, Trials - 600).Select(TrialId), last.Items().Select(t => t.Str("id")));
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }

    private static string TrialId(int i) => "apatorsen:trial-" + i.ToString("D4", CultureInfo.InvariantCulture);

    private static void WriteDataset(string directory)
    {
        var nodes = Directory.CreateDirectory(Path.Combine(directory, "nodes")).FullName;
        var relationships = Directory.CreateDirectory(Path.Combine(directory, "relationships")).FullName;
        File.WriteAllText(Path.Combine(nodes, "publications.csv"), "id:ID,:LABEL,name,title\napatorsen:pub-a,Publication,A,A source\n");
        File.WriteAllText(Path.Combine(nodes, "drugs.csv"), "id:ID,:LABEL,name\napatorsen:drug-a,Drug,drug A\n");
        File.WriteAllText(Path.Combine(nodes, "indications.csv"), "id:ID,:LABEL,name\napatorsen:disease-a,Indication,disease A\n");
        var trials = new StringBuilder("id:ID,:LABEL,name,phase:int\n");
        var links = new StringBuilder(":START_ID,:END_ID,:TYPE,primary_knowledge_source,publications:string[],knowledge_level,agent_type\n");
        for (var i = 0; i < Trials; i++)
        {
            trials.Append(CultureInfo.InvariantCulture, $"{TrialId(i)},ClinicalTrial,Trial {i},2\n");
            links.Append(CultureInfo.InvariantCulture, $"{TrialId(i)},apatorsen:drug-a,TESTS,{Curated}\n");
            links.Append(CultureInfo.InvariantCulture, $"{TrialId(i)},apatorsen:disease-a,STUDIES,{Curated}\n");
        }

        File.WriteAllText(Path.Combine(nodes, "clinical_trials.csv"), trials.ToString());
        File.WriteAllText(Path.Combine(relationships, "trials.csv"), links.ToString());
    }
}
