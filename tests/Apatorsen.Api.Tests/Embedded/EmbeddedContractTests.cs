using Apatorsen.Api.Tests.Contract;

namespace Apatorsen.Api.Tests.Embedded;

/// <summary>The contract on the embedded backend, one API instance for the whole class.</summary>
public sealed class EmbeddedContractTests(EmbeddedApiFactory factory) : ApiContractTests, IClassFixture<EmbeddedApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    protected override HttpClient Client => _client;
}
