using System.Text.RegularExpressions;

namespace Apatorsen.IntegrationTests.Infrastructure;

/// <summary>
/// docker-compose.yml cannot be run here (no Docker engine), so what can drift is checked as text: the Neo4j image
/// the tests start must be the one compose starts, and the Browser must be pointed at what the guide says.
/// </summary>
public sealed partial class ComposeFileTests
{
    private static readonly string Compose = File.ReadAllText(RepositoryRoot.Combine("docker-compose.yml")).ReplaceLineEndings("\n");
    private static readonly string EnvExample = File.ReadAllText(RepositoryRoot.Combine(".env.example")).ReplaceLineEndings("\n");

    [Fact]
    public void ComposeDefault_EnvExample_AndTestConstant_NameTheSameNeo4jImage()
    {
        var composeDefault = ComposeImageDefault().Match(Compose);
        var envExample = EnvExampleImage().Match(EnvExample);

        Assert.True(composeDefault.Success, "docker-compose.yml: the neo4j service's image must read image: ${NEO4J_IMAGE:-<tag>}.");
        Assert.True(envExample.Success, ".env.example: expected a line NEO4J_IMAGE=<tag>.");
        Assert.Equal(Neo4jImage.Default, composeDefault.Groups["image"].Value);
        Assert.Equal(Neo4jImage.Default, envExample.Groups["image"].Value);
    }

    [Fact]
    public void Neo4jImage_IsAnExactCommunityTag_OfThe526LtsOrANewerRelease()
    {
        var tag = ExactTag().Match(Neo4jImage.Default);

        Assert.True(tag.Success, $"'{Neo4jImage.Default}' is not an exact tag of the official image (neo4j:<major>.<minor>.<patch>[-variant]): a moving tag would let compose and the tests drift apart.");
        var major = int.Parse(tag.Groups["major"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var minor = int.Parse(tag.Groups["minor"].Value, System.Globalization.CultureInfo.InvariantCulture);
        // The Query API is on by default from 5.25; 5.26 is the LTS; calendar versions (2025.x, 2026.x) follow it.
        Assert.True((major == 5 && minor >= 26) || major >= 2025, $"'{Neo4jImage.Default}' is older than Neo4j 5.26.");
        Assert.DoesNotContain("enterprise", Neo4jImage.Default, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_PlaysTheGuide_AndLoadsTheStyle_FromTheAddressesTheGuideGives()
    {
        var postConnect = Setting("NEO4J_browser_post__connect__cmd");
        var allowlist = Setting("NEO4J_browser_remote__content__hostname__whitelist");
        var guide = File.ReadAllText(RepositoryRoot.Combine("cypher", "browser", "guide.html"));

        Assert.Equal(new[] { "style " + StyleUrl, "play " + GuideUrl }, postConnect.Split(';', StringSplitOptions.TrimEntries));
        Assert.Contains("localhost", allowlist.Split(','));
        Assert.Contains(":style " + StyleUrl, guide, StringComparison.Ordinal);
        Assert.Contains(":play " + GuideUrl, guide, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_TakesThePasswordOnlyFromTheEnvironment_AndStopsWithAMessageWithoutIt()
    {
        var uses = PasswordUse().Matches(Compose).Select(m => m.Value).ToArray();

        Assert.NotEmpty(uses);
        Assert.All(uses, use => Assert.StartsWith("${NEO4J_PASSWORD:?", use, StringComparison.Ordinal));
        Assert.Matches(@"(?m)^NEO4J_PASSWORD=$", EnvExample);
    }

    private const string GuideUrl = "http://localhost:8080/browser/guide";
    private const string StyleUrl = "http://localhost:8080/browser/style.grass";

    private static string Setting(string name)
    {
        var match = Regex.Match(Compose, $@"(?m)^\s*{Regex.Escape(name)}:\s*(?<value>.+?)\s*$");
        Assert.True(match.Success, $"docker-compose.yml sets no {name}.");
        return match.Groups["value"].Value.Trim('"');
    }

    [Fact]
    public void BulkLoad_RunsTheServersImage_OnItsVolume_WithTheArgumentsTheImporterWrote_ForTheFilesItValidated()
    {
        var images = AnyNeo4jImage().Matches(Compose).Select(m => m.Groups["image"].Value).Distinct().ToList();
        Assert.Equal([Neo4jImage.Default], images);
        var plan = Service("bulk-plan");
        var load = Service("bulk-load");
        var finish = Service("bulk-finish");
        Assert.Contains("profiles: [\"bulk\"]", plan, StringComparison.Ordinal);
        Assert.Contains("profiles: [\"bulk\"]", load, StringComparison.Ordinal);
        Assert.Contains("\"--arguments-file\", \"/plan/neo4j-admin.args\"", plan, StringComparison.Ordinal);
        Assert.Contains("\"neo4j-admin\", \"database\", \"import\", \"full\", \"neo4j\", \"@/plan/neo4j-admin.args\"", load, StringComparison.Ordinal);
        Assert.Contains("- neo4j-data:/data", load, StringComparison.Ordinal);
        // neo4j-admin reads the files at the paths the importer wrote: the same mount, named as --files-root.
        const string data = "${APATORSEN_DATA:-./data/apatorsen}:/import/dataset:ro";
        Assert.All(new[] { plan, load, finish }, service => Assert.Contains(data, service, StringComparison.Ordinal));
        Assert.Contains("\"--files-root\", \"/import/dataset\"", plan, StringComparison.Ordinal);
        Assert.Contains("\"finish\", \"--data\", \"/import/dataset\", \"--dataset\", \"${APATORSEN_DATASET:-apatorsen}\"", finish, StringComparison.Ordinal);
    }

    // A service's block: from its name to the next service (or the volumes).
    private static string Service(string name)
    {
        var start = Compose.IndexOf($"\n  {name}:\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docker-compose.yml has no service {name}.");
        var next = Regex.Match(Compose[(start + name.Length + 5)..], @"\n  [a-z][a-z0-9-]*:\n|\nvolumes:");
        return Compose.Substring(start, name.Length + 5 + (next.Success ? next.Index : Compose.Length - start - name.Length - 5));
    }

    [GeneratedRegex(@"\$\{NEO4J_IMAGE:-(?<image>[^}]+)\}")]
    private static partial Regex AnyNeo4jImage();

    [GeneratedRegex(@"(?m)^\s*image:\s*\$\{NEO4J_IMAGE:-(?<image>[^}]+)\}\s*$")]
    private static partial Regex ComposeImageDefault();

    [GeneratedRegex(@"(?m)^NEO4J_IMAGE=(?<image>\S+)\s*$")]
    private static partial Regex EnvExampleImage();

    [GeneratedRegex(@"^neo4j:(?<major>\d+)\.(?<minor>\d+)\.(?<patch>\d+)(-[a-z0-9]+)*$")]
    private static partial Regex ExactTag();

    [GeneratedRegex(@"\$\{NEO4J_PASSWORD[^}]*\}")]
    private static partial Regex PasswordUse();
}
