namespace Apatorsen.Importer.Tests;

/// <summary>The outcome of one importer invocation: exit code and everything it printed.</summary>
internal sealed record ImporterRun(int ExitCode, string Output, string Error)
{
    public static readonly string ShippedData = RepositoryRoot.Combine("data", "apatorsen");

    /// <summary>Runs the importer's command line in-process, with no environment variables visible to it.</summary>
    public static async Task<ImporterRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ImporterCli.RunAsync(args, output, error, new Dictionary<string, string?>(), TestContext.Current.CancellationToken);
        return new ImporterRun(exit, output.ToString(), error.ToString());
    }
}
