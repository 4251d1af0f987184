using System.Text.Json;
using Apatorsen.Graph.Biolink;

namespace Apatorsen.Api.Trapi.Input;

/// <summary>
/// Reads a POST /trapi/query body into a <see cref="TrapiQuery"/>, checking it against the TRAPI 1.5.0 schema as far
/// as this service relies on it and against the Biolink Model: every problem is named by its path in the body. Over
/// a declared limit is a 413; an operation, set interpretation or pathfinder query this service does not do, a 501.
/// </summary>
public sealed class TrapiRequestReader
{
    private static readonly string[] LogLevels = ["ERROR", "WARNING", "INFO", "DEBUG"];
    private static readonly string[] NodeProperties = ["ids", "categories", "set_interpretation", "member_ids", "constraints"];
    private static readonly string[] EdgeProperties = ["knowledge_type", "predicates", "subject", "object", "attribute_constraints", "qualifier_constraints"];

    private readonly List<string> _problems = [];
    private readonly List<string> _warnings = [];
    private TrapiRefusal? _tooLarge;
    private TrapiRefusal? _notImplemented;

    /// <param name="root">The parsed body.</param>
    /// <param name="checkText">Whether its strings must be checked for what is not text (<see cref="JsonText.CanHoldInvalid"/>).</param>
    public static (TrapiQuery? Query, TrapiRefusal? Refusal) Read(JsonElement root, bool checkText = true) => new TrapiRequestReader().ReadQuery(root, checkText);

    private (TrapiQuery?, TrapiRefusal?) ReadQuery(JsonElement root, bool checkText)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, TrapiRefusal.BadRequest(["The body must be a JSON object (a TRAPI Query)."]));
        }

        if (checkText && JsonText.Invalid(root) is { Count: > 0 } notText)
        {
            return (null, TrapiRefusal.BadRequest(notText));
        }

        var graphJson = default(JsonElement);
        QueryGraph? graph = null;
        var hasPaths = false;
        if (Object(root, "message", "message", required: true) is { } message
            && Object(message, "query_graph", "message.query_graph", required: true) is { } queryGraph)
        {
            graphJson = queryGraph;
            graph = ReadGraph(queryGraph);
            hasPaths = queryGraph.TryGetProperty("paths", out var paths) && paths.ValueKind == JsonValueKind.Object && paths.EnumerateObject().Any();
        }

        var operations = ReadWorkflow(root);
        var logLevel = ReadLogLevel(root);
        var limit = Integer(root, "limit", TrapiLimits.DefaultResults, 1, TrapiLimits.MaxResults);
        var offset = Integer(root, "offset", 0, 0, int.MaxValue);
        var bypassCache = false;
        if (root.TryGetProperty("bypass_cache", out var bypass) && bypass.ValueKind != JsonValueKind.Null)
        {
            bypassCache = bypass.ValueKind == JsonValueKind.True;
            if (bypass.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                _problems.Add("bypass_cache must be true or false.");
            }
        }

        if (_tooLarge is not null)
        {
            return (null, _tooLarge);
        }

        if (_problems.Count > 0)
        {
            return (null, TrapiRefusal.BadRequest(_problems));
        }

        if (hasPaths)
        {
            return (null, TrapiRefusal.NotImplemented("Pathfinder queries (message.query_graph.paths) are not supported (x-trapi pathfinderquery: false); ask with edges."));
        }

        if (operations.FirstOrDefault(o => o != "lookup") is { } operation)
        {
            return (null, TrapiRefusal.NotImplemented($"The workflow operation '{operation}' is not supported; this service runs only 'lookup' (x-trapi operations)."));
        }

        return _notImplemented is not null
            ? (null, _notImplemented)
            : (new TrapiQuery(graph!, graphJson.Clone(), logLevel, limit, offset, bypassCache, _warnings), null);
    }

    private QueryGraph? ReadGraph(JsonElement queryGraph)
    {
        var nodesJson = Object(queryGraph, "nodes", "message.query_graph.nodes", required: true);
        var edgesJson = Object(queryGraph, "edges", "message.query_graph.edges", required: true);
        if (nodesJson is null || edgesJson is null)
        {
            return null;
        }

        var nodes = nodesJson.Value.EnumerateObject().Select(p => ReadNode(p.Name, p.Value)).OfType<QNode>().ToArray();
        if (!nodesJson.Value.EnumerateObject().Any())
        {
            _problems.Add("message.query_graph.nodes is empty: a query graph needs at least one node.");
        }
        else if (nodes.Length > 0 && nodes.All(n => n.Ids is null && n.Categories is null))
        {
            _problems.Add("message.query_graph: no node has ids or categories, so the query would answer arbitrary nodes; give at least one node ids or categories.");
        }

        var keys = nodesJson.Value.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var edges = edgesJson.Value.EnumerateObject().Select(p => ReadEdge(p.Name, p.Value, keys)).OfType<QEdge>().ToArray();
        return new QueryGraph(nodes, edges);
    }

    private QNode? ReadNode(string key, JsonElement node)
    {
        var path = $"message.query_graph.nodes.{key}";
        if (node.ValueKind != JsonValueKind.Object)
        {
            _problems.Add($"{path} must be an object (a QNode).");
            return null;
        }

        WarnUnknown(node, NodeProperties, path);
        var ids = Strings(node, "ids", path);
        if (ids is { Count: > TrapiLimits.BatchSizeLimit })
        {
            _tooLarge ??= TrapiRefusal.TooLarge($"{path}.ids lists {ids.Count} ids; the limit is {TrapiLimits.BatchSizeLimit} (x-trapi batch_size_limit).");
        }

        var categories = Strings(node, "categories", path);
        foreach (var category in categories ?? [])
        {
            if (!BiolinkModel.Instance.IsCategory(category))
            {
                _problems.Add($"{path}.categories: '{category}' is not a Biolink {TrapiLimits.BiolinkVersion} category.");
            }
        }

        var set = "BATCH";
        if (node.TryGetProperty("set_interpretation", out var interpretation) && interpretation.ValueKind != JsonValueKind.Null)
        {
            set = interpretation.ValueKind == JsonValueKind.String ? interpretation.GetString()! : "";
            if (set is not ("BATCH" or "ALL" or "MANY"))
            {
                _problems.Add($"{path}.set_interpretation must be BATCH, ALL, MANY or null.");
            }
            else if (set != "BATCH")
            {
                _notImplemented ??= TrapiRefusal.NotImplemented($"{path}.set_interpretation {set} is not supported (x-trapi multicuriequery: false); only BATCH is.");
            }
        }

        return new QNode(key, ids, categories, set, ConstraintCount(node, "constraints", path));
    }

    private QEdge? ReadEdge(string key, JsonElement edge, HashSet<string> nodeKeys)
    {
        var path = $"message.query_graph.edges.{key}";
        if (edge.ValueKind != JsonValueKind.Object)
        {
            _problems.Add($"{path} must be an object (a QEdge).");
            return null;
        }

        WarnUnknown(edge, EdgeProperties, path);
        var subject = End(edge, "subject", path, nodeKeys);
        var obj = End(edge, "object", path, nodeKeys);
        var predicates = Strings(edge, "predicates", path);
        foreach (var predicate in predicates ?? [])
        {
            if (!BiolinkModel.Instance.IsPredicate(predicate))
            {
                _problems.Add($"{path}.predicates: '{predicate}' is not a Biolink {TrapiLimits.BiolinkVersion} predicate.");
            }
        }

        string? knowledgeType = null;
        if (edge.TryGetProperty("knowledge_type", out var type) && type.ValueKind != JsonValueKind.Null)
        {
            knowledgeType = type.ValueKind == JsonValueKind.String ? type.GetString() : null;
            if (knowledgeType is null)
            {
                _problems.Add($"{path}.knowledge_type must be a string or null.");
            }
        }

        var sets = ReadQualifierConstraints(edge, path);
        var attributeConstraints = ConstraintCount(edge, "attribute_constraints", path);
        return subject is null || obj is null ? null : new QEdge(key, subject, obj, predicates, sets, knowledgeType, attributeConstraints);
    }

    // TRAPI: a property a query node or edge does not define SHOULD be logged as a warning, and MAY be ignored.
    private void WarnUnknown(JsonElement element, string[] known, string path)
    {
        foreach (var property in element.EnumerateObject().Where(p => !known.Contains(p.Name)))
        {
            _warnings.Add($"{path}.{property.Name} is not a property TRAPI {TrapiLimits.SchemaVersion} defines; it was ignored.");
        }
    }

    private string? End(JsonElement edge, string name, string path, HashSet<string> nodeKeys)
    {
        if (!edge.TryGetProperty(name, out var end) || end.ValueKind != JsonValueKind.String)
        {
            _problems.Add($"{path}.{name} is required: the key of a query node.");
            return null;
        }

        var key = end.GetString()!;
        if (!nodeKeys.Contains(key))
        {
            _problems.Add($"{path}.{name} is '{key}', which is not a node of the query graph.");
            return null;
        }

        return key;
    }

    private List<IReadOnlyList<Qualifier>> ReadQualifierConstraints(JsonElement edge, string path)
    {
        var sets = new List<IReadOnlyList<Qualifier>>();
        if (!edge.TryGetProperty("qualifier_constraints", out var constraints))
        {
            return sets;
        }

        if (constraints.ValueKind != JsonValueKind.Array)
        {
            _problems.Add(NotAnArray($"{path}.qualifier_constraints"));
            return sets;
        }

        var index = 0;
        foreach (var constraint in constraints.EnumerateArray())
        {
            var at = $"{path}.qualifier_constraints[{index++}]";
            if (constraint.ValueKind != JsonValueKind.Object || !constraint.TryGetProperty("qualifier_set", out var set) || set.ValueKind != JsonValueKind.Array)
            {
                _problems.Add($"{at} must be an object with a qualifier_set array.");
                continue;
            }

            if (set.GetArrayLength() == 0)
            {
                // TRAPI gives no meaning to an empty set; read as "no condition" it would answer every edge.
                _problems.Add($"{at}.qualifier_set is empty: give at least one qualifier, or leave the constraint out.");
                continue;
            }

            var qualifiers = new List<Qualifier>();
            foreach (var qualifier in set.EnumerateArray())
            {
                if (qualifier.ValueKind != JsonValueKind.Object
                    || !qualifier.TryGetProperty("qualifier_type_id", out var typeId) || typeId.ValueKind != JsonValueKind.String
                    || !qualifier.TryGetProperty("qualifier_value", out var value) || value.ValueKind != JsonValueKind.String)
                {
                    _problems.Add($"{at}.qualifier_set: each qualifier needs a qualifier_type_id and a qualifier_value, both strings.");
                    continue;
                }

                if (!BiolinkModel.Instance.IsQualifier(typeId.GetString()!))
                {
                    _problems.Add($"{at}.qualifier_set: '{typeId.GetString()}' is not a Biolink {TrapiLimits.BiolinkVersion} qualifier.");
                    continue;
                }

                qualifiers.Add(new Qualifier(typeId.GetString()!, value.GetString()!));
            }

            sets.Add(qualifiers);
        }

        return sets;
    }

    private List<string> ReadWorkflow(JsonElement root)
    {
        var operations = new List<string>();
        if (!root.TryGetProperty("workflow", out var workflow) || workflow.ValueKind == JsonValueKind.Null)
        {
            return operations;
        }

        if (workflow.ValueKind != JsonValueKind.Array)
        {
            _problems.Add("workflow must be an array of operations or null.");
            return operations;
        }

        foreach (var operation in workflow.EnumerateArray())
        {
            if (operation.ValueKind == JsonValueKind.Object && operation.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
            {
                operations.Add(id.GetString()!);
            }
            else
            {
                _problems.Add("workflow: each operation must be an object with an id.");
            }
        }

        return operations;
    }

    private string ReadLogLevel(JsonElement root)
    {
        if (!root.TryGetProperty("log_level", out var level) || level.ValueKind == JsonValueKind.Null)
        {
            return "INFO";
        }

        if (level.ValueKind == JsonValueKind.String && LogLevels.Contains(level.GetString()))
        {
            return level.GetString()!;
        }

        _problems.Add($"log_level must be one of {string.Join(", ", LogLevels)}, or null.");
        return "INFO";
    }

    private int Integer(JsonElement root, string name, int fallback, int min, int max)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return fallback;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= min && number <= max)
        {
            return number;
        }

        _problems.Add(max == int.MaxValue ? $"{name} must be a whole number of at least {min}." : $"{name} must be a whole number from {min} to {max}.");
        return fallback;
    }

    private JsonElement? Object(JsonElement parent, string name, string path, bool required)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                _problems.Add($"{path} is required.");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            _problems.Add($"{path} must be an object.");
            return null;
        }

        return value;
    }

    // A list of strings, at least one (TRAPI: absent and null mean the same; never []).
    private List<string>? Strings(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0 || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
        {
            _problems.Add($"{path}.{name} must be a non-empty array of strings, or null.");
            return null;
        }

        return value.EnumerateArray().Select(v => v.GetString()!).Distinct(StringComparer.Ordinal).ToList();
    }

    // constraints, attribute_constraints and qualifier_constraints are arrays TRAPI 1.5.0 does not let be null: a null
    // echoed back in query_graph would make the answer itself invalid, so it is refused like any other wrong type.
    private int ConstraintCount(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return 0;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            _problems.Add(NotAnArray($"{path}.{name}"));
            return 0;
        }

        return value.GetArrayLength();
    }

    private static string NotAnArray(string path) => $"{path} must be an array (TRAPI {TrapiLimits.SchemaVersion} does not allow null here; leave it out for none).";
}
