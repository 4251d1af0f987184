using Apatorsen.Api.Browser;
using Apatorsen.Api.Endpoints;
using Apatorsen.Api.Explorer;
using Apatorsen.Api.Health;
using Apatorsen.Api.Hosting;
using Apatorsen.Api.Input;
using Apatorsen.Api.Trapi;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
builder.AddApiPlumbing();
if (!builder.TryAddKnowledgeGraph(Console.Error, ApatorsenSchema.Instance))
{
    return 2;
}

var app = builder.Build();
app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCors();
app.UseSingleValuedQuery();
app.UseResponseCache();

app.MapOpenApi();
app.MapScalarApiReference(options => options.DisableDefaultFonts()).AddEndpointFilter(SecurityHeaders.ScalarPageFilter);
app.MapHealth();

app.MapGraphApi()
    .MapCypher()
    .MapBrowser()
    .MapExplorer()
    .MapTrapi();

app.Run();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
