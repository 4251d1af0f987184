using Apatorsen.Api.Tests.Contract;

namespace Apatorsen.Api.Tests.Embedded;

/// <summary>The two-dataset contract on the embedded backend serving both directories (Graph:DataDirectories).</summary>
public sealed class EmbeddedTwoDatasetContractTests(EmbeddedTwoDatasetContractTests.Fixture fixture)
    : TwoDatasetContractTests, IClassFixture<EmbeddedTwoDatasetContractTests.Fixture>
{
    private readonly HttpClient _client = fixture.Api.CreateClient();

    protected override HttpClient Client => _client;

    public sealed class Fixture : IDisposable
    {
        private readonly TwoDatasets _datasets = new();

        public Fixture() => Api = new EmbeddedApiFactory
        {
            Settings = new Dictionary<string, string?>
            {
                ["Graph:DataDirectories:0"] = _datasets.AlphaDirectory,
                ["Graph:DataDirectories:1"] = _datasets.BetaDirectory,
            },
        };

        public EmbeddedApiFactory Api { get; }

        public void Dispose()
        {
            Api.Dispose();
            _datasets.Dispose();
        }
    }
}
