using Apatorsen.Api.Browser;
using Apatorsen.Api.Endpoints;
using Apatorsen.Api.Health;
using Apatorsen.Api.Hosting;
using Apatorsen.Api.Input;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
builder.AddApiPlumbing();
builder.AddKnowledgeGraph();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCors();
app.UseSingleValuedQuery();
app.UseEmbeddedResponseCache();

app.MapOpenApi();
app.MapScalarApiReference();
app.MapHealth();

app.MapSearch()
    .MapEntities()
    .MapRelationships()
    .MapPaths()
    .MapDrugs()
    .MapTrials()
    .MapPublications()
    .MapMeta()
    .MapCypher()
    .MapBrowser();

app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
