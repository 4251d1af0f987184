using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Apatorsen.Api.Hosting;

/// <summary>Gives every query and route parameter an example from the graph, so the Scalar page can send it as is, and numeric ones their type.</summary>
internal sealed class OpenApiExamples : IOpenApiOperationTransformer
{
    private static readonly Dictionary<string, string> ByName = new(StringComparer.Ordinal)
    {
        ["q"] = "OGX-427",
        ["label"] = LabelNames.Protein,
        ["type"] = RelationshipTypeNames.Targets,
        ["direction"] = "out",
        ["limit"] = "50",
        ["offset"] = "0",
        ["subject"] = "DRUGBANK:DB06094",
        ["object"] = "UniProtKB:P04792",
        ["subjectLabel"] = LabelNames.Drug,
        ["objectLabel"] = LabelNames.Protein,
        ["from"] = "DRUGBANK:DB06094",
        ["to"] = "GO:0006915",
        ["maxHops"] = "4",
        ["status"] = "COMPLETED",
        ["phase"] = "2",
    };

    private static readonly Dictionary<string, string> IdByRoute = new(StringComparer.Ordinal)
    {
        ["/api/entities/{id}"] = "UniProtKB:P04792",
        ["/api/entities/{id}/relationships"] = "DRUGBANK:DB06094",
        ["/api/drugs/{id}/mechanism"] = "DRUGBANK:DB06094",
        ["/api/drugs/{id}/trials"] = "DRUGBANK:DB06094",
        ["/api/drugs/{id}/adverse-events"] = "DRUGBANK:DB06094",
        ["/api/indications/{id}/trials"] = "MONDO:0004992",
        ["/api/trials/{id}"] = "NCT01829113",
        ["/api/publications/{id}"] = "PMID:31420467",
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var route = "/" + (context.Description.RelativePath ?? "").Split('?')[0];
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            var example = parameter.Name == "id" ? IdByRoute.GetValueOrDefault(route) : ByName.GetValueOrDefault(parameter.Name ?? "");
            if (example is null)
            {
                continue;
            }

            if (int.TryParse(example, out var number))
            {
                // Numbers bind as text so that InputErrors can name a bad one; the document still says what to send.
                parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" };
                parameter.Example = JsonValue.Create(number);
            }
            else
            {
                parameter.Example = JsonValue.Create(example);
            }
        }

        return Task.CompletedTask;
    }
}
