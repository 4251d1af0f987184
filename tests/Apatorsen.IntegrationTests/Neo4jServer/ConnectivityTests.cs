using System.Text.RegularExpressions;
using Apatorsen.Neo4j;

namespace Apatorsen.IntegrationTests.Neo4jServer;

[Collection(Neo4jCollectionDefinition.Name)]
public sealed partial class ConnectivityTests(Neo4jFixture neo4j)
{
    [Fact]
    public async Task QueryApi_RunsAReadQuery_AndReturnsTypedValues()
    {
        neo4j.EnsureAvailable();

        var result = await neo4j.Client.RunAsync(
            "RETURN 1 AS one, 'apatorsen' AS name, [1.5, 2.5] AS values, null AS nothing", null, AccessMode.Read, TestContext.Current.CancellationToken);

        var row = Assert.Single(result.Rows);
        Assert.Equal(["one", "name", "values", "nothing"], result.Fields);
        Assert.Equal(1L, row["one"]);
        Assert.Equal("apatorsen", row["name"]);
        Assert.Equal(new object?[] { 1.5, 2.5 }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(row["values"]));
        Assert.Null(row["nothing"]);
    }

    [Fact]
    public async Task Server_IsNeo4j526OrNewer_AndAContainerRunsThePinnedRelease()
    {
        neo4j.EnsureAvailable();

        var result = await neo4j.Client.RunAsync(
            "CALL dbms.components() YIELD name, versions RETURN name AS name, versions[0] AS version", null, AccessMode.Read, TestContext.Current.CancellationToken);

        var kernel = Assert.Single(result.Rows, row => row.Get<string>("name") == "Neo4j Kernel");
        var version = kernel.Get<string>("version")!;
        var parts = Version().Match(version);
        Assert.True(parts.Success, $"Unexpected Neo4j version '{version}'.");
        var (major, minor) = (int.Parse(parts.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True((major == 5 && minor >= 26) || major >= 2025, $"Neo4j {version} is older than 5.26 ({neo4j.Description}).");
        if (neo4j.Source == Neo4jSource.Container && neo4j.Image == Neo4jImage.Default)
        {
            Assert.StartsWith(ImageVersion().Match(Neo4jImage.Default).Value, version, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"^(\d+)\.(\d+)")]
    private static partial Regex Version();

    [GeneratedRegex(@"(?<=:)\d+\.\d+\.\d+")]
    private static partial Regex ImageVersion();
}
