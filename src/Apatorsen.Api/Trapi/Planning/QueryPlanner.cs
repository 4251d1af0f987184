using Apatorsen.Api.Trapi.Input;
using Apatorsen.Graph.Biolink;

namespace Apatorsen.Api.Trapi.Planning;

/// <summary>
/// Turns a valid query graph into a <see cref="QueryPlan"/>, or says why it has no answer: a graph that is not one
/// tree of at most <see cref="TrapiLimits.MaxEdges"/> edges is not traversable here; constraints this service does
/// not apply make it refuse with UnsupportedConstraint rather than answer wrongly; an inferred edge has no lookup
/// answer. Notes about terms that find nothing in this graph go to the logs.
/// </summary>
public static class QueryPlanner
{
    public const string RelatedTo = "biolink:related_to";

    public static PlanOutcome Plan(QueryGraph graph, BiolinkVocabulary vocabulary)
    {
        var notes = new List<PlanNote>();
        if (Unsupported(graph) is { } refusal)
        {
            return refusal;
        }

        var order = Walk(graph, vocabulary, out var problem);
        if (order is null)
        {
            return PlanOutcome.Refused("QueryNotTraversable", problem!);
        }

        var (nodeOrder, edgeOrder) = order.Value;
        var index = nodeOrder.Select((key, i) => (key, i)).ToDictionary(p => p.key, p => p.i, StringComparer.Ordinal);
        var nodes = nodeOrder.Select(key => Node(graph.Nodes.Single(n => n.Key == key), vocabulary, notes)).ToArray();
        var edges = edgeOrder.Select(edge =>
        {
            var subjectFirst = index[edge.SubjectKey] < index[edge.ObjectKey];
            var (from, to) = subjectFirst ? (index[edge.SubjectKey], index[edge.ObjectKey]) : (index[edge.ObjectKey], index[edge.SubjectKey]);
            return new PlanEdge(edge.Key, from, to, Candidates(edge, nodes[index[edge.SubjectKey]], nodes[index[edge.ObjectKey]], subjectFirst, vocabulary, notes));
        }).ToArray();

        foreach (var edge in graph.Edges.Where(e => e.KnowledgeType is not (null or "lookup")))
        {
            notes.Add(new PlanNote("WARNING", null, $"Edge '{edge.Key}' asks for knowledge_type '{edge.KnowledgeType}'; this service answers lookup only, so it has no results."));
            return new PlanOutcome(null, "Success", notes);
        }

        return new PlanOutcome(new QueryPlan(nodes, edges), "Success", notes);
    }

    private static PlanOutcome? Unsupported(QueryGraph graph)
    {
        var constrained = graph.Nodes.Where(n => n.ConstraintCount > 0).Select(n => $"nodes.{n.Key}.constraints")
            .Concat(graph.Edges.Where(e => e.AttributeConstraintCount > 0).Select(e => $"edges.{e.Key}.attribute_constraints"))
            .ToArray();
        return constrained.Length == 0
            ? null
            : PlanOutcome.Refused("UnsupportedConstraint", $"This service applies no attribute constraints; the query has {string.Join(", ", constrained)}.");
    }

    // Breadth first from the start node: every edge must bind a new node, and every node must be reached.
    private static (IReadOnlyList<string> Nodes, IReadOnlyList<QEdge> Edges)? Walk(QueryGraph graph, BiolinkVocabulary vocabulary, out string? problem)
    {
        problem = null;
        if (graph.Edges.Count > TrapiLimits.MaxEdges)
        {
            problem = $"The query graph has {graph.Edges.Count} edges; this service answers query graphs of at most {TrapiLimits.MaxEdges}.";
            return null;
        }

        var nodes = new List<string> { Start(graph, vocabulary).Key };
        var edges = new List<QEdge>();
        for (var i = 0; i < nodes.Count; i++)
        {
            foreach (var edge in graph.Edges.Where(e => !edges.Contains(e) && (e.SubjectKey == nodes[i] || e.ObjectKey == nodes[i])).OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                var other = edge.SubjectKey == nodes[i] ? edge.ObjectKey : edge.SubjectKey;
                if (nodes.Contains(other))
                {
                    problem = $"The query graph has a cycle (edge '{edge.Key}' closes it); this service answers acyclic query graphs.";
                    return null;
                }

                nodes.Add(other);
                edges.Add(edge);
            }
        }

        if (nodes.Count < graph.Nodes.Count)
        {
            var apart = graph.Nodes.Select(n => n.Key).Except(nodes).Order(StringComparer.Ordinal);
            problem = $"The query graph is not connected: nothing links {string.Join(", ", apart.Select(k => $"'{k}'"))} to '{nodes[0]}'.";
            return null;
        }

        return (nodes, edges);
    }

    // Start where ids narrow the walk most; else at the node whose categories allow the fewest labels.
    private static QNode Start(QueryGraph graph, BiolinkVocabulary vocabulary) =>
        graph.Nodes.Where(n => n.Ids is not null).OrderBy(n => n.Ids!.Count).ThenBy(n => n.Key, StringComparer.Ordinal).FirstOrDefault()
        ?? graph.Nodes.OrderBy(n => n.Categories is null ? int.MaxValue : vocabulary.LabelsOf(n.Categories).Count).ThenBy(n => n.Key, StringComparer.Ordinal).First();

    private static PlanNode Node(QNode node, BiolinkVocabulary vocabulary, List<PlanNote> notes)
    {
        var labels = node.Categories is null ? vocabulary.AllLabels : vocabulary.LabelsOf(node.Categories);
        if (labels.Count == 0)
        {
            notes.Add(new PlanNote("WARNING", null, $"No node of this graph has a category of node '{node.Key}' ({string.Join(", ", node.Categories!)}) or one below it."));
        }

        return new PlanNode(node.Key, node.Ids, labels);
    }

    private static EdgeCandidate[] Candidates(QEdge edge, PlanNode subject, PlanNode obj, bool subjectFirst, BiolinkVocabulary vocabulary, List<PlanNote> notes)
    {
        var candidates = new List<EdgeCandidate>();
        foreach (var (type, sameDirection) in (edge.Predicates ?? [RelatedTo]).SelectMany(vocabulary.TypesStating).Distinct())
        {
            // Where the stored relationship starts: at the statement's subject, unless the type stores it backwards.
            var startsAtSubject = sameDirection != type.Biolink.Inverse;
            var (start, end) = startsAtSubject ? (subject, obj) : (obj, subject);
            if (!SharesAny(type.StartLabels, start.Labels) || !SharesAny(type.EndLabels, end.Labels))
            {
                continue;
            }

            if (QualifierSets(edge, type, sameDirection) is { } sets)
            {
                candidates.Add(new EdgeCandidate(type.Type, startsAtSubject == subjectFirst, sets.Any(s => s.Count == 0) ? null : sets));
            }
        }

        if (candidates.Count == 0)
        {
            notes.Add(new PlanNote("INFO", null, $"No relationship of this graph can answer edge '{edge.Key}' between the categories of its nodes."));
        }

        return candidates
            .GroupBy(c => (c.Type, c.StartsAtFrom))
            .Select(g => g.Any(c => c.Sets is null) ? g.First() with { Sets = null } : new EdgeCandidate(g.Key.Type, g.Key.StartsAtFrom, g.SelectMany(c => c.Sets!).ToArray()))
            .OrderBy(c => c.Type, StringComparer.Ordinal)
            .ThenBy(c => c.StartsAtFrom)
            .ToArray();
    }

    // The qualifier sets the type can satisfy, each reduced to the stored properties still to check (empty: always
    // satisfied); null when it can satisfy none. With no qualifier constraints, one empty set.
    // Both lists hold a few labels and this runs for every relationship type of every query edge: a nested scan, where
    // Intersect would build a set each time (most of a small query's planning cost).
    private static bool SharesAny(IReadOnlyList<string> labels, IReadOnlyList<string> others)
    {
        foreach (var label in labels)
        {
            foreach (var other in others)
            {
                if (string.Equals(label, other, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static List<IReadOnlyList<PropertyCondition>>? QualifierSets(QEdge edge, RelationshipTypeDefinition type, bool sameDirection)
    {
        if (edge.QualifierSets.Count == 0)
        {
            return [[]];
        }

        var satisfiable = new List<IReadOnlyList<PropertyCondition>>();
        foreach (var set in edge.QualifierSets)
        {
            var conditions = new List<PropertyCondition>();
            var possible = true;
            foreach (var qualifier in set)
            {
                var (name, value) = Oriented(qualifier, sameDirection);
                if (name is null || value is null)
                {
                    possible = false;
                    break;
                }

                var accepted = BiolinkVocabulary.ValuesAtOrBelow(name, value);
                if (type.Biolink.Qualifiers.TryGetValue(name, out var fixedValue))
                {
                    possible &= accepted.Contains(fixedValue);
                }
                else if (type.FindProperty(name) is not null && BiolinkStatements.IsQualifier(name))
                {
                    conditions.Add(new PropertyCondition(name, accepted.Order(StringComparer.Ordinal).ToArray()));
                }
                else
                {
                    possible = false;
                }
            }

            if (possible)
            {
                satisfiable.Add(conditions);
            }
        }

        return satisfiable.Count == 0 ? null : satisfiable;
    }

    // A constraint written for the query edge's direction, said in the statement's: read backwards, a subject
    // qualifier is an object qualifier and the qualified predicate is its inverse.
    private static (string? Name, string? Value) Oriented(Qualifier qualifier, bool sameDirection)
    {
        var name = BiolinkModel.Local(qualifier.TypeId);
        if (sameDirection)
        {
            return (name, qualifier.Value);
        }

        if (name == "qualified_predicate")
        {
            return (name, BiolinkVocabulary.Inverse(qualifier.Value));
        }

        return (name.StartsWith("subject_", StringComparison.Ordinal) ? "object_" + name["subject_".Length..]
            : name.StartsWith("object_", StringComparison.Ordinal) ? "subject_" + name["object_".Length..]
            : name, qualifier.Value);
    }
}

/// <summary>A plan, or the status that says why there is none; with the notes for the response's logs.</summary>
public sealed record PlanOutcome(QueryPlan? Plan, string Status, IReadOnlyList<PlanNote> Notes)
{
    public static PlanOutcome Refused(string status, string message) => new(null, status, [new PlanNote("ERROR", status, message)]);
}

public sealed record PlanNote(string Level, string? Code, string Message);
