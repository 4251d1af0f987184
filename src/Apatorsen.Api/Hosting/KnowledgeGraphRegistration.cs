using Apatorsen.Api.Backends;
using Apatorsen.Api.Backends.Embedded;
using Apatorsen.Api.Backends.Neo4j;
using Apatorsen.Api.Browser;
using Apatorsen.Api.Health;
using Apatorsen.Api.Problems;
using Apatorsen.Api.Security;
using Apatorsen.Api.Settings;
using Apatorsen.Api.Shaping;
using Apatorsen.Graph.Dataset;
using Apatorsen.Neo4j;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Apatorsen.Api.Hosting;

public static class KnowledgeGraphRegistration
{
    /// <summary>
    /// Registers the graph backend: Neo4j when Neo4j:Uri is configured, else the embedded graph, loaded and validated
    /// from Graph:DataDirectories (or Graph:DataDirectory) here, before the host is built. A broken dataset is an expected failure: its problems
    /// go to <paramref name="error"/> as the importer prints them, and the API does not start.
    /// </summary>
    public static bool TryAddKnowledgeGraph(this WebApplicationBuilder builder, TextWriter error, GraphSchema schema)
    {
        try
        {
            builder.AddKnowledgeGraph(schema);
            return true;
        }
        catch (InvalidDatasetException invalid)
        {
            error.WriteLine($"error: {invalid.Message}");
            return false;
        }
        catch (DatasetConflictException conflict)
        {
            error.WriteLine($"error: {conflict.Message}");
            return false;
        }
    }

    /// <summary>
    /// Registers the backend with <paramref name="schema"/>, which every part of the API then receives from here:
    /// backends, input checks, shaping and the TRAPI routes read no schema of their own.
    /// </summary>
    public static WebApplicationBuilder AddKnowledgeGraph(this WebApplicationBuilder builder, GraphSchema schema)
    {
        var services = builder.Services;
        services.AddSingleton(schema);
        services.AddSingleton(new MechanismRules(schema));
        services.AddSingleton<Trapi.TrapiTerms>();
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<QueryBudgetOptions>().BindConfiguration(QueryBudgetOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        if (!string.IsNullOrWhiteSpace(builder.Configuration[$"{Neo4jOptions.SectionName}:Uri"]))
        {
            services.AddNeo4jClient();
            services.AddSingleton<Neo4jDatasetVersions>();
            services.AddSingleton<IGraphVersion>(sp => sp.GetRequiredService<Neo4jDatasetVersions>());
            services.AddSingleton<IKnowledgeGraph, Neo4jKnowledgeGraph>();
            services.AddSingleton<Neo4jCypherConsole>();
        }
        else
        {
            services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
            var graphOptions = builder.Configuration.GetSection(GraphOptions.SectionName).Get<GraphOptions>() ?? new GraphOptions();
            if (graphOptions.DataDirectories.Count == 0 && string.IsNullOrWhiteSpace(graphOptions.DataDirectory))
            {
                // Left to the options validation, which names the setting when the host starts.
                services.AddSingleton(sp => EmbeddedDatasets.Load(sp.GetRequiredService<IOptions<GraphOptions>>().Value.ResolvedDataDirectories, schema));
            }
            else
            {
                services.AddSingleton(EmbeddedDatasets.Load(graphOptions.ResolvedDataDirectories, schema));
            }

            services.AddSingleton(sp => sp.GetRequiredService<EmbeddedDatasets>().Graph);
            services.AddSingleton<IGraphVersion, EmbeddedGraphVersion>();
            services.AddSingleton<IKnowledgeGraph, EmbeddedKnowledgeGraph>();
            services.AddSingleton<WarmUpProgress>();
            services.AddHostedService<EmbeddedGraphWarmUp>();
        }

        services.AddHealthChecks().AddCheck<GraphHealthCheck>("graph", tags: ["ready"]);
        return builder;
    }

    public static WebApplicationBuilder AddApiPlumbing(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddProblemDetails();
        services.AddSingleton<CypherKeyGate>();
        services.AddExceptionHandler<GraphExceptionHandler>();
        // A query value that does not bind (limit=abc) or a body that is not JSON then reaches GraphExceptionHandler,
        // which names the parameter in the 400's detail instead of answering with an empty problem.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddResponseCache();
        services.AddCors(cors => cors.AddPolicy(BrowserEndpoints.CorsPolicy, policy => policy
            .WithOrigins(BrowserEndpoints.Origins)
            .WithMethods(HttpMethods.Get)
            .WithHeaders("Cache-Control", "Pragma")));
        services.AddOpenApi(options => options.AddOperationTransformer<OpenApiExamples>().AddDocumentTransformer<Trapi.TrapiOpenApi>().AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Apatorsen knowledge graph API";
            document.Info.Description = "Questions about apatorsen (OGX-427): its mechanism through Hsp27, its trials, arms and outcomes, and the publications behind every statement. Errors are application/problem+json.";
            return Task.CompletedTask;
        }));
        return builder;
    }
}
