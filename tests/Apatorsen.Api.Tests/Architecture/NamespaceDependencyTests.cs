namespace Apatorsen.Api.Tests.Architecture;

/// <summary>
/// The direction of dependencies between the API's namespaces (docs/architecture.md, "Dependency rule"): value types
/// and shaping low, backends above them, routes above the backends, and Hosting, the composition root, on top.
/// Read from the compiled assembly (<see cref="TypeReferences"/>), so a type named in a method body counts as much as
/// one in a signature; constants the compiler inlines are the one thing it cannot see.
/// </summary>
public sealed class NamespaceDependencyTests
{
    private const string Root = "Apatorsen.Api";

    // Which namespaces of the API each namespace may use besides its own and Contracts (the answers' records, which use none).
    private static readonly Dictionary<string, string[]> MayUse = new(StringComparer.Ordinal)
    {
        ["Contracts"] = [],
        ["Settings"] = [],
        ["Problems"] = [],
        ["Questions"] = [],
        ["Input"] = ["Questions"],
        ["Shaping"] = ["Questions"],
        ["Trapi.Model"] = [],
        ["Trapi.Input"] = [],
        ["Trapi.Planning"] = ["Trapi.Input"],
        ["Trapi.Matching"] = ["Trapi.Planning", "Shaping"],
        ["Trapi.Mapping"] = ["Trapi.Model", "Trapi.Input", "Shaping"],
        ["Backends"] = ["Questions", "Shaping", "Problems", "Trapi.Planning", "Trapi.Matching"],
        ["Backends.Embedded"] = ["Backends", "Questions", "Shaping", "Problems", "Trapi.Planning", "Trapi.Matching"],
        ["Backends.Neo4j"] = ["Backends", "Questions", "Shaping", "Problems", "Settings", "Input", "Trapi.Input", "Trapi.Planning", "Trapi.Matching"],
        ["Security"] = ["Settings", "Problems", "Input"],
        ["Health"] = ["Backends", "Problems"],
        ["Browser"] = ["Settings"],
        ["Explorer"] = ["Settings"],
        ["Endpoints"] = ["Backends", "Backends.Neo4j", "Questions", "Input", "Shaping", "Problems", "Security", "Settings"],
        ["Trapi"] = ["Backends", "Backends.Embedded", "Questions", "Shaping", "Problems", "Settings", "Trapi.Input", "Trapi.Planning", "Trapi.Matching", "Trapi.Mapping", "Trapi.Model"],
    };

    // The composition root: it registers and maps everything, and nothing may use it.
    private const string CompositionRoot = "Hosting";

    private static readonly Lazy<IReadOnlyList<(string From, string To, string Example)>> Dependencies = new(Read);

    [Fact]
    public void EveryNamespace_UsesOnlyTheNamespacesItMay()
    {
        var forbidden = Dependencies.Value
            .Where(d => d.From != CompositionRoot && !MayUse[d.From].Contains(d.To))
            .Select(d => $"{d.From} → {d.To} ({d.Example})")
            .Distinct()
            .ToArray();

        Assert.True(forbidden.Length == 0, "Dependencies against the rule (move the shared type lower, or the code to its owner):\n" + string.Join("\n", forbidden));
    }

    [Fact]
    public void EveryNamespace_IsPlacedInTheRule()
    {
        var unplaced = typeof(Program).Assembly.GetTypes()
            .Select(t => Local(t.Namespace))
            .OfType<string>()
            .Where(n => n != CompositionRoot && !MayUse.ContainsKey(n))
            .Distinct()
            .ToArray();

        Assert.Empty(unplaced);
    }

    [Fact]
    public void TheRule_HasNoLoop_SoNoNamespaceDependsOnItself()
    {
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        string? Loop(string node, string path)
        {
            if (done.Contains(node))
            {
                return null;
            }

            if (!visiting.Add(node))
            {
                return path;
            }

            var found = MayUse[node].Select(next => Loop(next, $"{path} → {next}")).FirstOrDefault(l => l is not null);
            visiting.Remove(node);
            done.Add(node);
            return found;
        }

        Assert.All(MayUse.Keys, n => Assert.Null(Loop(n, n)));
        Assert.DoesNotContain(MayUse.Values.SelectMany(v => v), n => n == CompositionRoot);
    }

    [Fact]
    public void TheReader_SeesDependenciesInMethodBodies_NotOnlyInSignatures()
    {
        // Endpoints.GraphApi.SearchAsync creates a SearchText in its body; no signature of GraphApi names it.
        Assert.Contains(Dependencies.Value, d => d.From == "Endpoints" && d.To == "Questions" && d.Example.StartsWith("GraphApi uses SearchText", StringComparison.Ordinal));
    }

    private static List<(string From, string To, string Example)> Read()
    {
        var api = typeof(Program).Assembly;
        var found = new List<(string, string, string)>();
        foreach (var type in api.GetTypes())
        {
            if (Local(type.Namespace) is not { } from)
            {
                continue;
            }

            foreach (var used in TypeReferences.Of(type).Where(t => t.Assembly == api))
            {
                if (Local(used.Namespace) is { } to && to != from && to != "Contracts")
                {
                    found.Add((from, to, $"{Outer(type).Name} uses {Outer(used).Name}"));
                }
            }
        }

        return found;
    }

    private static Type Outer(Type type) => type.DeclaringType is { } declaring ? Outer(declaring) : type;

    // The namespace below Apatorsen.Api; null for the entry point and compiler-generated helpers outside it.
    private static string? Local(string? name) =>
        name is not null && name.StartsWith(Root + ".", StringComparison.Ordinal) ? name[(Root.Length + 1)..] : null;
}
