namespace Apatorsen.Importer;

// A named entry class rather than top-level statements: the generated 'Program' would clash with the API's public
// Program in the integration tests, which see both assemblies.
internal static class ImporterProgram
{
    public static async Task<int> Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        return await ImporterCli.RunAsync(args, Console.Out, Console.Error, cancellation.Token);
    }
}
