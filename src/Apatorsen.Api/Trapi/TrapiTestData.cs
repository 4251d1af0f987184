namespace Apatorsen.Api.Trapi;

/// <summary>The one-hop examples of trapi-test-data.json (embedded), served at <see cref="TrapiEndpoints.TestDataPath"/>.</summary>
public static class TrapiTestData
{
    public static string Json { get; } = Load();

    private static string Load()
    {
        using var stream = typeof(TrapiTestData).Assembly.GetManifestResourceStream("trapi/test-data.json")
            ?? throw new InvalidOperationException("trapi/test-data.json is not embedded in Apatorsen.Api.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
