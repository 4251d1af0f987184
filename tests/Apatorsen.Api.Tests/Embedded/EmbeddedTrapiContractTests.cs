using Apatorsen.Api.Tests.Trapi;

namespace Apatorsen.Api.Tests.Embedded;

/// <summary>The TRAPI contract on the embedded backend.</summary>
public sealed class EmbeddedTrapiContractTests(EmbeddedApiFactory factory) : TrapiContractTests, IClassFixture<EmbeddedApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    protected override HttpClient Client => _client;
}
