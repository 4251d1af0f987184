namespace Apatorsen.IntegrationTests;

/// <summary>
/// The Neo4j image the tests start when they run Neo4j themselves. The same tag is the default of
/// <c>docker-compose.yml</c> and <c>.env.example</c>; <see cref="Infrastructure.ComposeFileTests"/> fails when they differ.
/// </summary>
public static class Neo4jImage
{
    /// <summary>
    /// Neo4j 5.26 LTS, community edition. 5.26.31 is built on Debian trixie (its wget is what the compose health check
    /// runs) and on UBI 10 (the <c>-ubi10</c> tags); there is no bullseye build of it any more.
    /// </summary>
    public const string Default = "neo4j:5.26.31-community";

    /// <summary>The environment variable that overrides <see cref="Default"/>, as it does for docker compose.</summary>
    public const string Variable = "NEO4J_IMAGE";

    /// <summary>The image to run: <c>NEO4J_IMAGE</c> when set (to try another Neo4j release), else <see cref="Default"/>.</summary>
    public static string Configured =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } image ? image : Default;
}
