namespace Apatorsen.IntegrationTests;

/// <summary>
/// The test classes that need a Neo4j share one <see cref="Neo4jFixture"/> and, being one collection, never run in
/// parallel with each other: they read counts that another class's writes would change.
/// </summary>
[CollectionDefinition(Name)]
public sealed class Neo4jCollectionDefinition : ICollectionFixture<Neo4jFixture>
{
    public const string Name = "Neo4j";
}
