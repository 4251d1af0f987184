using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;

namespace Apatorsen.Api.Tests.Security;

/// <summary>
/// Neo4j's own Cypher parser, asked through Node: tools/cypher-lint/whitespace.mjs runs the lexer, parser and front
/// end of the @neo4j-cypher/language-support package that the Cypher lint pins (CI installs it with
/// <c>npm ci --prefix tools/cypher-lint</c>). Tests skip, saying why, where Node or the package is missing.
/// </summary>
internal static class CypherParserOracle
{
    private static readonly string Script = RepositoryRoot.Combine("tools", "cypher-lint", "whitespace.mjs");
    private static readonly string Package = RepositoryRoot.Combine("tools", "cypher-lint", "node_modules", "@neo4j-cypher", "language-support", "package.json");
    private static readonly Lazy<Task<Characters>> Probe = new(ProbeAsync);

    /// <summary>What the parser takes as whitespace and as identifier characters, over the whole BMP.</summary>
    public static Task<Characters> CharactersAsync()
    {
        SkipUnlessAvailable();
        return Probe.Value;
    }

    /// <summary>Per statement: how many statements the parser splits it into and its syntax errors.</summary>
    public static async Task<IReadOnlyList<Parse>> ParseAsync(IReadOnlyList<string> statements)
    {
        SkipUnlessAvailable();
        var output = await RunAsync(["--parse"], JsonSerializer.Serialize(statements));
        return JsonSerializer.Deserialize<Parse[]>(output, JsonSerializerOptions.Web)!;
    }

    private static async Task<Characters> ProbeAsync()
    {
        using var json = JsonDocument.Parse(await RunAsync([], stdin: null));
        var root = json.RootElement;
        return new Characters(
            Set(root.GetProperty("grammar")),
            root.GetProperty("frontEnd").EnumerateObject().ToDictionary(v => v.Name, v => (IReadOnlySet<int>)Set(v.Value)),
            root.GetProperty("suspects").GetInt32(),
            Set(root.GetProperty("identifier").GetProperty("start")),
            Set(root.GetProperty("identifier").GetProperty("part")));
    }

    private static HashSet<int> Set(JsonElement array) => array.EnumerateArray().Select(e => e.GetInt32()).ToHashSet();

    private static void SkipUnlessAvailable()
    {
        if (!File.Exists(Package))
        {
            Assert.Skip($"@neo4j-cypher/language-support is not installed ({Package} is missing); run: npm ci --prefix tools/cypher-lint");
        }

        try
        {
            using var node = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true, UseShellExecute = false });
            node!.WaitForExit();
        }
        catch (Win32Exception)
        {
            Assert.Skip("Node.js is not installed (no 'node' on PATH); the parser of tools/cypher-lint needs it.");
        }
    }

    private static async Task<string> RunAsync(IReadOnlyList<string> arguments, string? stdin)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot.Path,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await node.StandardInput.WriteAsync(stdin);
        }

        node.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await node.WaitForExitAsync(timeout.Token);
        if (node.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {Script} exited with {node.ExitCode}: {await error}");
        }

        return await output;
    }

    /// <param name="Whitespace">BMP code points the grammar's lexer and parser take as whitespace between tokens.</param>
    /// <param name="FrontEndWhitespace">Per Cypher version, those of the suspects Neo4j's front end accepts.</param>
    /// <param name="Suspects">How many code points the front end was asked about.</param>
    /// <param name="IdentifierStart">Code points an identifier may start with.</param>
    /// <param name="IdentifierPart">Code points an identifier may continue with.</param>
    public sealed record Characters(
        IReadOnlySet<int> Whitespace,
        IReadOnlyDictionary<string, IReadOnlySet<int>> FrontEndWhitespace,
        int Suspects,
        IReadOnlySet<int> IdentifierStart,
        IReadOnlySet<int> IdentifierPart);

    public sealed record Parse(int Statements, IReadOnlyList<string> Errors);
}
