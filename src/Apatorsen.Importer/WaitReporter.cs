using System.Diagnostics;
using System.Globalization;

namespace Apatorsen.Importer;

/// <summary>Writes a line on stderr every interval while a statement has not answered, so a long wait is never silent.</summary>
internal sealed class WaitReporter(TextWriter error, TimeSpan interval)
{
    public async Task<T> WatchAsync<T>(Task<T> work, string what)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await work.WaitAsync(interval);
            }
            catch (TimeoutException) when (!work.IsCompleted)
            {
                await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"still waiting for Neo4j: {what} ({clock.Elapsed.TotalSeconds:0.#} s so far)"));
            }
        }
    }
}
