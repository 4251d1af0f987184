namespace Apatorsen.Api.Tests.Contract;

/// <summary>
/// What every backend must answer, from the shipped dataset. Subclasses say how the client reaches the API:
/// the embedded graph here, a real Neo4j in tests/Apatorsen.IntegrationTests/Api. Assertions hold for both, so they
/// avoid what the backends may legitimately order differently (ties among equally long paths beyond the first).
/// </summary>
public abstract partial class ApiContractTests
{
    public const string Apatorsen = "DRUGBANK:DB06094";
    public const string Hsp27 = "UniProtKB:P04792";
    public const string Apoptosis = "GO:0006915";
    public const string Spruce = "CLINICALTRIALS:NCT01829113";
    public const string Cancer = "MONDO:0004992";

    protected abstract HttpClient Client { get; }

    protected Task<ApiResponse> GetAsync(string url) => ApiResponse.GetAsync(Client, url);
}
