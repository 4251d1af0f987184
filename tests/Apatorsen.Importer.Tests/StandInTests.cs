using Apatorsen.Neo4j.Testing;

namespace Apatorsen.Importer.Tests;

/// <summary>
/// Tests whose importer runs talk to a Query API stub answered by a <see cref="Neo4jStandIn"/>: a fresh stub and
/// stand-in for every test, so no test sees another's graph or requests.
/// </summary>
public abstract class StandInTests(Neo4jStandIn neo4j) : IAsyncLifetime
{
    protected StandInTests()
        : this(new Neo4jStandIn())
    {
    }

    protected Neo4jStandIn Neo4j { get; } = neo4j;

    protected QueryApiStub Stub { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Stub = await QueryApiStub.StartAsync(TestContext.Current.CancellationToken);
        Stub.Responder = Neo4j.Answer;
    }

    public async ValueTask DisposeAsync()
    {
        await Stub.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
