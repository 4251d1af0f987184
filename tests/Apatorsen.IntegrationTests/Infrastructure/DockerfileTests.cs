using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Apatorsen.IntegrationTests.Infrastructure;

/// <summary>
/// No Docker engine here to build the images, so what would break the build without anyone noticing is checked as
/// text: the build stage must copy every project the shipped programs reference and every repository folder they
/// embed files from, compose must build stages that exist, and each image must start the assembly its project builds.
/// </summary>
public sealed partial class DockerfileTests
{
    private static readonly string Dockerfile = File.ReadAllText(RepositoryRoot.Combine("Dockerfile")).ReplaceLineEndings("\n");

    public static TheoryData<string, string> ShippedProjects => new()
    {
        { "api", "src/Apatorsen.Api/Apatorsen.Api.csproj" },
        { "importer", "src/Apatorsen.Importer/Apatorsen.Importer.csproj" },
    };

    [Theory]
    [MemberData(nameof(ShippedProjects))]
    public void BuildStage_CopiesTheProjectFileAndSourcesOfEveryProjectTheProgramNeeds(string stage, string project)
    {
        var copied = CopySources().ToHashSet(StringComparer.Ordinal);

        Assert.All(ProjectClosure(project), needed =>
        {
            var folder = Path.GetDirectoryName(needed)!.Replace('\\', '/') + "/";
            Assert.True(copied.Contains(needed), $"Dockerfile: the '{stage}' image needs {needed}, which the build stage does not COPY (the restore layer).");
            Assert.True(copied.Contains(folder), $"Dockerfile: the '{stage}' image needs the sources in {folder}, which the build stage does not COPY.");
        });
    }

    [Theory]
    [MemberData(nameof(ShippedProjects))]
    public void BuildStage_CopiesEveryRepositoryFolderTheProgramEmbedsFilesFrom(string stage, string project)
    {
        var copied = CopySources().ToArray();
        var embedded = ProjectClosure(project)
            .SelectMany(p => XDocument.Load(RepositoryRoot.Combine(p)).Descendants("EmbeddedResource"))
            .Select(item => (string?)item.Attribute("Include") ?? "")
            .SelectMany(include => include.Split(';'))
            .Where(path => path.StartsWith("$(RepoRoot)", StringComparison.Ordinal))
            .Select(path => path["$(RepoRoot)".Length..].Split('/')[0] + "/")
            .Distinct()
            .ToArray();

        Assert.NotEmpty(embedded);
        Assert.All(embedded, folder => Assert.True(
            copied.Any(source => folder.StartsWith(source, StringComparison.Ordinal)),
            $"Dockerfile: the '{stage}' image embeds files from {folder}, which the build stage does not COPY."));
    }

    [Fact]
    public void Compose_BuildsOnlyStagesTheDockerfileHas_FromTheRepositoryRoot()
    {
        var compose = File.ReadAllText(RepositoryRoot.Combine("docker-compose.yml")).ReplaceLineEndings("\n");
        var stages = Stage().Matches(Dockerfile).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
        var builds = ComposeBuild().Matches(compose).ToArray();

        Assert.Equal(2, builds.Length);
        Assert.All(builds, build =>
        {
            Assert.Equal(".", build.Groups["context"].Value);
            Assert.Contains(build.Groups["target"].Value, stages);
        });
        Assert.Equal(["api", "importer"], builds.Select(b => b.Groups["target"].Value).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ShippedProjects))]
    public void Image_StartsTheAssemblyItsProjectBuilds(string stage, string project)
    {
        var assemblyName = (string?)XDocument.Load(RepositoryRoot.Combine(project)).Descendants("AssemblyName").SingleOrDefault()
            ?? Path.GetFileNameWithoutExtension(project);
        var body = Dockerfile[Dockerfile.IndexOf($" AS {stage}\n", StringComparison.Ordinal)..];
        var next = body.IndexOf("\nFROM ", StringComparison.Ordinal);
        var entrypoint = Entrypoint().Match(next < 0 ? body : body[..next]);

        Assert.True(entrypoint.Success, $"Dockerfile: stage '{stage}' has no ENTRYPOINT [\"dotnet\", \"<assembly>.dll\"].");
        Assert.Equal(assemblyName + ".dll", entrypoint.Groups["dll"].Value);
    }

    /// <summary>The project and every project it references, directly or not, as repository-relative paths.</summary>
    private static List<string> ProjectClosure(string project)
    {
        var found = new List<string>();
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var next))
        {
            if (found.Contains(next))
            {
                continue;
            }

            found.Add(next);
            foreach (var reference in XDocument.Load(RepositoryRoot.Combine(next)).Descendants("ProjectReference"))
            {
                pending.Push(((string)reference.Attribute("Include")!).Replace("$(RepoRoot)", "", StringComparison.Ordinal));
            }
        }

        return found;
    }

    /// <summary>The sources of the build stage's COPY instructions (the destination last, left out).</summary>
    private static IEnumerable<string> CopySources()
    {
        var buildStage = Dockerfile[..Dockerfile.IndexOf("\nFROM ", Dockerfile.IndexOf(" AS build\n", StringComparison.Ordinal), StringComparison.Ordinal)];
        return Copy().Matches(buildStage).SelectMany(m => m.Groups["args"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^1]);
    }

    [GeneratedRegex(@"(?m)^FROM \S+ AS (?<name>[a-z]+)$")]
    private static partial Regex Stage();

    [GeneratedRegex(@"(?m)^COPY (?!--from)(?<args>.+)$")]
    private static partial Regex Copy();

    [GeneratedRegex(@"(?m)^ENTRYPOINT \[""dotnet"", ""(?<dll>[^""]+)""\]$")]
    private static partial Regex Entrypoint();

    [GeneratedRegex(@"(?m)^    build:\n      context: (?<context>\S+)\n      target: (?<target>\S+)$")]
    private static partial Regex ComposeBuild();
}
