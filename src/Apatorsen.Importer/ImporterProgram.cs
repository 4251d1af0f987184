using System.Runtime.InteropServices;

namespace Apatorsen.Importer;

// A named entry class rather than top-level statements: the generated 'Program' would clash with the API's public
// Program in the integration tests, which see both assemblies.
internal static class ImporterProgram
{
    public static async Task<int> Main(string[] args)
    {
        // Ctrl-C or SIGTERM (docker stop) cancels the run, which stops, says what was written and exits 130;
        // a second one ends the process at once.
        using var cancellation = new CancellationTokenSource();
        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = !cancellation.IsCancellationRequested;
            cancellation.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        return await ImporterCli.RunAsync(args, Console.Out, Console.Error, cancellation.Token);
    }
}
