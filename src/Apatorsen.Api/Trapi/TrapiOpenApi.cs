using System.Text.Json.Nodes;
using Apatorsen.Api.Trapi.Input;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Apatorsen.Api.Trapi;

/// <summary>
/// What SmartAPI reads to register this service as a TRAPI knowledge provider: <c>info.x-trapi</c> (TRAPI version,
/// operations, limits, where the test data is) and <c>info.x-translator</c> (this graph's infores, the Biolink
/// version), with the <c>trapi</c> and <c>translator</c> tags those extensions require.
/// </summary>
internal sealed class TrapiOpenApi : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var server = document.Servers?.FirstOrDefault()?.Url?.TrimEnd('/') ?? "";
        document.Info.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        document.Info.Extensions["x-trapi"] = new JsonNodeExtension(new JsonObject
        {
            ["version"] = TrapiLimits.SchemaVersion,
            ["operations"] = new JsonArray("lookup"),
            ["multicuriequery"] = false,
            ["pathfinderquery"] = false,
            ["asyncquery"] = false,
            ["batch_size_limit"] = TrapiLimits.BatchSizeLimit,
            ["rate_limit"] = TrapiLimits.RateLimit,
            ["test_data_location"] = server + TrapiEndpoints.TestDataPath,

            // Not in the x-trapi schema (which allows extra keys): the paging this service adds to the Query.
            ["default_results"] = TrapiLimits.DefaultResults,
            ["max_results"] = TrapiLimits.MaxResults,
            ["max_query_edges"] = TrapiLimits.MaxEdges,
        });
        document.Info.Extensions["x-translator"] = new JsonNodeExtension(new JsonObject
        {
            ["component"] = "KP",
            ["infores"] = TrapiLimits.Infores,
            ["biolink-version"] = TrapiLimits.BiolinkVersion,
        });
        document.Tags ??= new HashSet<OpenApiTag>();
        foreach (var (name, description) in new[] { ("trapi", "Required for SmartAPI validation of x-trapi"), ("translator", "Required for SmartAPI validation of x-translator") })
        {
            if (!document.Tags.Any(t => t.Name == name))
            {
                document.Tags.Add(new OpenApiTag { Name = name, Description = description });
            }
        }

        return Task.CompletedTask;
    }
}
