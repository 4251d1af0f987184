using Apatorsen.Api.Trapi.Input;
using Apatorsen.Api.Trapi.Planning;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Api.Tests.Trapi;

public sealed class QueryPlannerTests
{
    private static readonly BiolinkVocabulary Vocabulary = new(ApatorsenSchema.Instance);

    private static QNode Node(string key, string[]? ids = null, string[]? categories = null) => new(key, ids, categories, "BATCH", 0);

    private static QEdge Edge(string key, string subject, string obj, string[]? predicates = null, params Qualifier[][] sets) =>
        new(key, subject, obj, predicates, sets, null, 0);

    [Fact]
    public void Plan_StartsAtTheNodeWithIds_AndFollowsEdgesBreadthFirst_WhateverTheirDirection()
    {
        var plan = QueryPlanner.Plan(new QueryGraph(
            [Node("process", categories: ["biolink:BiologicalProcess"]), Node("protein"), Node("drug", ["DRUGBANK:DB06094"])],
            [Edge("acts", "protein", "process"), Edge("lowers", "drug", "protein", ["biolink:affects"])]), Vocabulary).Plan!;

        Assert.Equal(["drug", "protein", "process"], plan.Nodes.Select(n => n.Key));
        Assert.Equal(["lowers", "acts"], plan.Edges.Select(e => e.Key));
        Assert.Equal("anchored-0-1", plan.Shape.Name);
        Assert.Contains(plan.Edges[0].Candidates, c => c.Type == RelationshipTypeNames.Targets && c.StartsAtFrom);
        Assert.All(plan.Edges[1].Candidates, c => Assert.Contains(c.Type, new[] { RelationshipTypeNames.Inhibits, RelationshipTypeNames.Promotes, RelationshipTypeNames.Increases, RelationshipTypeNames.Decreases, RelationshipTypeNames.Measures, RelationshipTypeNames.AssociatedWith }));
    }

    [Fact]
    public void Candidates_AreOnlyTypesWhoseEndsCanHaveTheNodesLabels()
    {
        var plan = QueryPlanner.Plan(new QueryGraph(
            [Node("trial", ["CLINICALTRIALS:NCT01829113"], ["biolink:ClinicalTrial"]), Node("drug", categories: ["biolink:Drug"])],
            [Edge("e", "trial", "drug")]), Vocabulary).Plan!;

        Assert.Equal([RelationshipTypeNames.Tests], plan.Edges[0].Candidates.Select(c => c.Type).Distinct());
    }

    [Fact]
    public void FixedQualifiers_DecideAtPlanTime_StoredOnesBecomeConditions()
    {
        Qualifier[] expression = [new("biolink:object_aspect_qualifier", "expression")];
        var plan = QueryPlanner.Plan(new QueryGraph(
            [Node("d", ["DRUGBANK:DB06094"]), Node("p", categories: ["biolink:Protein"])],
            [Edge("e", "d", "p", ["biolink:affects"], expression)]), Vocabulary).Plan!;

        var targets = Assert.Single(plan.Edges[0].Candidates, c => c.Type == RelationshipTypeNames.Targets);
        Assert.Null(targets.Sets);
        var decreases = Assert.Single(plan.Edges[0].Candidates, c => c.Type == RelationshipTypeNames.Decreases);
        Assert.Equal("object_aspect_qualifier", Assert.Single(Assert.Single(decreases.Sets!)).Property);
        Assert.DoesNotContain(plan.Edges[0].Candidates, c => c.Type == RelationshipTypeNames.Binds);
    }

    [Fact]
    public void QualifierConstraint_AskedBackwards_IsTurnedToTheStatementsDirection()
    {
        // Hsp27 affected_by apatorsen, with the subject's aspect: the statement's object aspect.
        Qualifier[] aspect = [new("biolink:subject_aspect_qualifier", "expression"), new("biolink:qualified_predicate", "biolink:caused_by")];
        var plan = QueryPlanner.Plan(new QueryGraph(
            [Node("p", ["UniProtKB:P04792"]), Node("d", categories: ["biolink:Drug"])],
            [Edge("e", "p", "d", ["biolink:affected_by"], aspect)]), Vocabulary).Plan!;

        Assert.Contains(plan.Edges[0].Candidates, c => c.Type == RelationshipTypeNames.Targets && !c.StartsAtFrom && c.Sets is null);
    }

    [Fact]
    public void Constraints_AreRefused_NotIgnored()
    {
        var outcome = QueryPlanner.Plan(new QueryGraph([new QNode("a", ["x:1"], null, "BATCH", 1)], []), Vocabulary);

        Assert.Null(outcome.Plan);
        Assert.Equal("UnsupportedConstraint", outcome.Status);
    }

    [Fact]
    public void TooManyEdges_IsNotTraversable()
    {
        var nodes = Enumerable.Range(0, 6).Select(i => Node($"n{i}")).ToArray();
        var edges = Enumerable.Range(0, 5).Select(i => Edge($"e{i}", $"n{i}", $"n{i + 1}")).ToArray();

        var outcome = QueryPlanner.Plan(new QueryGraph(nodes, edges), Vocabulary);

        Assert.Equal("QueryNotTraversable", outcome.Status);
        Assert.Contains("at most 4", outcome.Notes[0].Message, StringComparison.Ordinal);
    }
}
