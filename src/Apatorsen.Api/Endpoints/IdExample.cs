namespace Apatorsen.Api.Endpoints;

/// <summary>Route metadata: the node the OpenAPI document offers as the example of the route's <c>{id}</c>, one that answers.</summary>
internal sealed record IdExample(string Id);
