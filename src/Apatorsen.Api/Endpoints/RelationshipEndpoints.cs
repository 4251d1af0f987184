using Apatorsen.Api.Backends;
using Apatorsen.Api.Contracts;
using Apatorsen.Api.Input;
using Microsoft.AspNetCore.Http.HttpResults;

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

    public static Task<Results<Ok<Page<StatementItem>>, ValidationProblem, ProblemHttpResult>> FindAsync(
        [AsParameters] StatementsRequest request, IKnowledgeGraph graph, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var query = new StatementQuery(
            errors.OptionalId("subject", request.Subject),
            errors.Type("type", request.Type),
            errors.OptionalId("object", request.ObjectId),
            errors.Label("subjectLabel", request.SubjectLabel),
            errors.Label("objectLabel", request.ObjectLabel));
        var page = errors.Page(request.Limit, request.Offset);
        if (string.IsNullOrWhiteSpace(request.Subject) && string.IsNullOrWhiteSpace(request.ObjectId) && string.IsNullOrWhiteSpace(request.Type))
        {
            errors.Add("subject", "Give at least one of subject, type and object.");
        }

        return Answers.AskAsync(errors, () => graph.FindStatementsAsync(query, page, cancellationToken));
    }
}
