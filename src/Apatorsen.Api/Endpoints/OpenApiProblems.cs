namespace Apatorsen.Api.Endpoints;

/// <summary>Declares in the OpenAPI document the ProblemDetails answers every graph endpoint may give.</summary>
internal static class OpenApiProblems
{
    public static TBuilder WithGraphProblems<TBuilder>(this TBuilder builder, bool notFound = true)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.ProducesValidationProblem();
        if (notFound)
        {
            builder.ProducesProblem(StatusCodes.Status404NotFound);
        }

        builder.ProducesProblem(StatusCodes.Status502BadGateway);
        builder.ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        builder.ProducesProblem(StatusCodes.Status504GatewayTimeout);
        return builder;
    }
}
