using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using DotNet.Testcontainers.Volumes;

namespace Apatorsen.IntegrationTests;

public sealed partial class Neo4jFixture
{
    private const string ImportRoot = "/import";
    private const string ArgumentsFile = "/plan/neo4j-admin.args";

    /// <summary>
    /// A second Neo4j, in a container of the same image, whose <c>neo4j</c> database <c>neo4j-admin database import
    /// full</c> wrote from <paramref name="dataDirectory"/> with the options the importer's own <c>bulk</c> command gives
    /// (as docker-compose's bulk profile runs them), not finished yet. Only when this fixture started a container
    /// itself (<see cref="Neo4jSource.Container"/>): a <c>NEO4J_URI</c> server gives no control over its store.
    /// </summary>
    /// <remarks>
    /// As docs/neo4j.md: neo4j-admin writes the store of a stopped DBMS, so a first container on a fresh volume only
    /// holds the files and runs neo4j-admin (then gives the store to the neo4j user the server runs as), and a second
    /// container starts the server on that volume.
    /// </remarks>
    public async Task<Neo4jFixture> StartBulkLoadedContainerAsync(string dataDirectory, string dataset, CancellationToken cancellationToken)
    {
        EnsureAvailable();
        if (Source != Neo4jSource.Container)
        {
            throw new InvalidOperationException($"neo4j-admin needs a container this fixture controls; the tests run against {Description}.");
        }

        var plan = Path.Combine(Directory.CreateTempSubdirectory("apatorsen-bulk-plan-").FullName, Path.GetFileName(ArgumentsFile));
        var bulk = await RunImporterAsync(
            ["bulk", "--data", dataDirectory, "--dataset", dataset, "--files-root", $"{ImportRoot}/{dataset}", "--arguments-file", plan],
            cancellationToken);
        if (bulk.ExitCode != 0)
        {
            throw new InvalidOperationException($"The importer's bulk command failed with exit code {bulk.ExitCode}: {bulk.Error}{bulk.Output}");
        }

        var server = new Neo4jFixture { Image = Image, User = User, Password = Password };
        var volume = new VolumeBuilder().Build();
        server._ownedAfterContainer.Add(volume);
        try
        {
            await volume.CreateAsync(cancellationToken);
            await RunNeo4jAdminAsync(volume, dataDirectory, dataset, plan, cancellationToken);
            await server.StartContainerAsync(server.BuildContainer(volume), cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(plan)!, recursive: true);
        }
    }

    private async Task RunNeo4jAdminAsync(IVolume volume, string dataDirectory, string dataset, string plan, CancellationToken cancellationToken)
    {
        // Not the image's entrypoint: nothing may start the server while neo4j-admin writes the store.
        await using var loader = new ContainerBuilder(Image!)
            .WithEntrypoint("sleep")
            .WithCommand("infinity")
            .WithVolumeMount(volume, "/data")
            .WithResourceMapping(new DirectoryInfo(dataDirectory), $"{ImportRoot}/{dataset}/")
            .WithResourceMapping(new FileInfo(plan), Path.GetDirectoryName(ArgumentsFile)! + "/")
            .Build();
        await loader.StartAsync(cancellationToken);
        await ExecAsync(loader, ["neo4j-admin", "database", "import", "full", "neo4j", "@" + ArgumentsFile], cancellationToken);
        // neo4j-admin ran as root here; the server runs as neo4j and must own its store.
        await ExecAsync(loader, ["chown", "-R", "neo4j:neo4j", "/data"], cancellationToken);
    }

    private static async Task ExecAsync(IContainer container, IList<string> command, CancellationToken cancellationToken)
    {
        var result = await container.ExecAsync(command, cancellationToken);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'{string.Join(' ', command)}' exited with {result.ExitCode} in the bulk-load container: {result.Stderr}{result.Stdout}");
        }
    }
}
