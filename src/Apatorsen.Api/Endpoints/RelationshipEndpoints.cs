using System.ComponentModel;
using Apatorsen.Api.Contracts;
using Apatorsen.Api.Graph;
using Apatorsen.Api.Input;
using Apatorsen.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Apatorsen.Api.Endpoints;

public static class RelationshipEndpoints
{
    public static IEndpointRouteBuilder MapRelationships(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/relationships").WithTags("Relationships").WithGraphProblems()
            .MapGet("", FindAsync)
            .WithName("FindRelationships")
            .WithSummary("One-hop questions: who does what to whom")
            .WithDescription("Relationships subject -[type]-> object, where any of subject, type and object may be left open, but at least one of them is given; subjectLabel and objectLabel narrow the open ends. Each item carries the subject, the object (node), the properties and the sources.");
        return app;
    }

    public static async Task<Results<Ok<Page<StatementItem>>, ValidationProblem, ProblemHttpResult>> FindAsync(
        [Description("The subject's CURIE, e.g. apatorsen:apatorsen.")] string? subject,
        [Description("The relationship type, e.g. TARGETS.")] string? type,
        [FromQuery(Name = "object")][Description("The object's CURIE, e.g. UniProtKB:P04792.")] string? objectId,
        [Description("Only subjects with this label.")] string? subjectLabel,
        [Description("Only objects with this label.")] string? objectLabel,
        [Description("Page size (1-500, default 50).")] int? limit,
        [Description("How many items to skip (default 0).")] int? offset,
        IKnowledgeGraph graph,
        CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var s = errors.OptionalId("subject", subject);
        var o = errors.OptionalId("object", objectId);
        var t = errors.Type("type", type);
        var sl = errors.Label("subjectLabel", subjectLabel);
        var ol = errors.Label("objectLabel", objectLabel);
        var pageSize = errors.Limit(limit);
        var skip = errors.Offset(offset);
        if (string.IsNullOrWhiteSpace(subject) && string.IsNullOrWhiteSpace(objectId) && string.IsNullOrWhiteSpace(type))
        {
            errors.Add("subject", "Give at least one of subject, type and object.");
        }

        if (errors.Any)
        {
            return errors.Problem();
        }

        var ids = new[] { s, o }.OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        if (ids.Length > 0)
        {
            var found = await graph.ResolveAsync(ids, cancellationToken);
            if (ids.FirstOrDefault(id => !found.ContainsKey(id)) is { } missing)
            {
                return ApiProblems.NotFound(missing);
            }
        }

        return TypedResults.Ok(await graph.FindStatementsAsync(new StatementQuery(s, t, o, sl, ol, pageSize, skip), cancellationToken));
    }
}
