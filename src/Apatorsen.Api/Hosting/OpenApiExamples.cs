using System.Text.Json.Nodes;
using Apatorsen.Api.Endpoints;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Apatorsen.Api.Hosting;

/// <summary>
/// Gives every query and route parameter an example from the graph, so the Scalar page can send it as is, and numeric
/// ones their type (an int example makes an integer parameter). A route's <c>{id}</c> takes the example its row of
/// the route table gives (<see cref="IdExample"/>).
/// </summary>
internal sealed class OpenApiExamples : IOpenApiOperationTransformer
{
    private static readonly Dictionary<string, object> ByName = new(StringComparer.Ordinal)
    {
        ["q"] = "OGX-427",
        ["label"] = LabelNames.Protein,
        ["type"] = RelationshipTypeNames.Targets,
        ["direction"] = "out",
        ["limit"] = 50,
        ["offset"] = 0,
        ["subject"] = "DRUGBANK:DB06094",
        ["object"] = "UniProtKB:P04792",
        ["subjectLabel"] = LabelNames.Drug,
        ["objectLabel"] = LabelNames.Protein,
        ["from"] = "DRUGBANK:DB06094",
        ["to"] = "GO:0006915",
        ["maxHops"] = 4,
        ["status"] = "COMPLETED",
        ["phase"] = 2,
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var idExample = context.Description.ActionDescriptor.EndpointMetadata.OfType<IdExample>().FirstOrDefault()?.Id;
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            var example = parameter.Name == "id" ? idExample : ByName.GetValueOrDefault(parameter.Name ?? "");
            switch (example)
            {
                case int number:
                    // Numbers bind as text so that InputErrors can name a bad one; the document still says what to send.
                    parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" };
                    parameter.Example = JsonValue.Create(number);
                    break;
                case string text:
                    parameter.Example = JsonValue.Create(text);
                    break;
            }
        }

        return Task.CompletedTask;
    }
}
