using Apatorsen.Api.Backends.Neo4j;
using Apatorsen.Api.Trapi.Input;
using Apatorsen.Api.Trapi.Planning;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Api.Tests.Trapi;

/// <summary>
/// cypher/trapi/shapes holds every statement the TRAPI translator can produce, so that CI's Cypher lint runs Neo4j's
/// parser over all of them: these tests fail when the committed corpus and the translator differ.
/// APATORSEN_REGENERATE=1 rewrites the corpus.
/// </summary>
public sealed class QueryShapeCorpusTests
{
    private static readonly BiolinkVocabulary Vocabulary = new(ApatorsenSchema.Instance);

    private static readonly IReadOnlyDictionary<string, string> Corpus = CypherQueryGraph.Corpus();

    [Fact]
    public void CommittedShapes_AreExactlyWhatTheTranslatorProduces()
    {
        var drifted = new List<string>();
        foreach (var (path, expected) in Corpus)
        {
            var full = RepositoryRoot.Combine(path.Split('/'));
            var actual = File.Exists(full) ? File.ReadAllText(full).ReplaceLineEndings("\n") : null;
            if (actual != expected)
            {
                drifted.Add(path);
                if (Environment.GetEnvironmentVariable("APATORSEN_REGENERATE") == "1")
                {
                    File.WriteAllText(full, expected);
                }
            }
        }

        var stale = Directory.EnumerateFiles(RepositoryRoot.Combine("cypher", "trapi", "shapes"), "*.cypher")
            .Select(f => Path.GetRelativePath(RepositoryRoot.Path, f).Replace('\\', '/'))
            .Where(f => !Corpus.ContainsKey(f))
            .ToArray();
        Assert.True(drifted.Count == 0, "Out of date with the translator: " + string.Join(", ", drifted) + ". Run the tests with APATORSEN_REGENERATE=1 and commit cypher/trapi/shapes.");
        Assert.True(stale.Length == 0, "Not produced by the translator any more: " + string.Join(", ", stale));
    }

    [Fact]
    public void Corpus_HasAShapeForEveryTreeOfUpToTheDeclaredEdges_AnchoredOrNot()
    {
        // Trees numbered breadth first: 1, 1, 2, 5, 14 of 0 to 4 edges (the Catalan numbers), each anchored or not.
        Assert.Equal(4, TrapiLimits.MaxEdges);
        Assert.Equal(2 * (1 + 1 + 2 + 5 + 14), Corpus.Count);
        Assert.Contains("cypher/trapi/shapes/anchored-0-1-2.cypher", Corpus.Keys);
        Assert.Contains("cypher/trapi/shapes/scan.cypher", Corpus.Keys);
    }

    [Fact]
    public void EveryStatement_DeclaresExactlyTheParametersItUses_AndNamesNoLabelOrTypeButEntity()
    {
        foreach (var (path, text) in Corpus)
        {
            var declared = System.Text.RegularExpressions.Regex.Matches(text, @"// @param \$(\w+)").Select(m => m.Groups[1].Value).ToHashSet();
            var code = string.Join('\n', text.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
            var used = System.Text.RegularExpressions.Regex.Matches(code, @"\$(\w+)").Select(m => m.Groups[1].Value).ToHashSet();
            Assert.True(declared.SetEquals(used), $"{path}: declared {string.Join(",", declared)}, used {string.Join(",", used)}");
            var labels = System.Text.RegularExpressions.Regex.Matches(code, @"\(\w+:(\w+)").Select(m => m.Groups[1].Value).Distinct();
            Assert.Equal(["Entity"], labels);
            Assert.DoesNotMatch(@"\[\w+:", code);
        }
    }

    [Fact]
    public void EveryPlanShape_IsInTheCorpus()
    {
        var plan = QueryPlanner.Plan(new Apatorsen.Api.Trapi.Input.QueryGraph(
            [new("a", ["x:1"], null, "BATCH", 0), new("b", null, null, "BATCH", 0), new("c", null, null, "BATCH", 0)],
            [new("e1", "a", "b", null, [], null, 0), new("e2", "b", "c", null, [], null, 0)]), Vocabulary).Plan!;

        Assert.Equal("anchored-0-1", plan.Shape.Name);
        Assert.Contains($"cypher/{CypherQueryGraph.Name(plan.Shape)}.cypher", Corpus.Keys);
    }
}
