using System.Net.Http.Json;
using System.Text.Json;
using Apatorsen.Api.Endpoints;
using Apatorsen.Api.Hosting;
using Apatorsen.Api.Input;
using Apatorsen.Api.Trapi;
using Apatorsen.Graph.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace Apatorsen.Api.Tests.Embedded;

/// <summary>The API reads the schema it is given, not a global: another instance changes what it answers.</summary>
public sealed class InjectedSchemaTests
{
    // The shipped definitions with the labels in reverse order: another schema instance, which the dataset still fits.
    private static readonly GraphSchema Reversed = new([.. ApatorsenSchema.Instance.Labels.Reverse()], ApatorsenSchema.Instance.RelationshipTypes);

    [Fact]
    public async Task Api_GivenAnotherSchema_ListsItsLabelsInThatSchemasOrder()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Configuration["Graph:DataDirectory"] = Path.Combine(AppContext.BaseDirectory, "data", "apatorsen");
        builder.AddApiPlumbing();
        builder.AddKnowledgeGraph(Reversed);
        await using var app = builder.Build();
        app.MapGraphApi();
        app.MapTrapi();
        await app.StartAsync(TestContext.Current.CancellationToken);

        var meta = await app.GetTestClient().GetFromJsonAsync<JsonElement>("/api/meta", TestContext.Current.CancellationToken);

        var labels = meta.GetProperty("labels").EnumerateArray().Select(l => l.GetProperty("label").GetString()).ToArray();
        Assert.Equal(Reversed.Labels.Select(l => l.Label), labels);
        Assert.NotEqual(ApatorsenSchema.Instance.Labels.Select(l => l.Label), labels);
    }

    [Fact]
    public void InputChecks_KnowOnlyTheLabelsOfTheSchemaTheyAreGiven()
    {
        var withoutDrugs = new GraphSchema(
            [.. ApatorsenSchema.Instance.Labels.Where(l => l.Label != LabelNames.Drug)], []);
        var errors = new InputErrors();

        Assert.Equal(LabelNames.Drug, errors.Label("label", "drug", ApatorsenSchema.Instance));
        Assert.False(errors.Any);
        Assert.Null(errors.Label("label", "drug", withoutDrugs));
        Assert.True(errors.Any);
    }
}
