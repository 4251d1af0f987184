using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Apatorsen.Api.Input;

/// <summary>
/// Checks a request's inputs and collects what is wrong with them, so that one 400 answer names every problem.
/// Each check returns the canonical value (or a default) so handlers read top to bottom.
/// </summary>
public sealed partial class InputErrors
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;
    public const int MaxOffset = 100_000;
    /// <summary>The schema's id cap, so that every id the importer accepts can be looked up.</summary>
    public const int MaxIdLength = GraphSchema.MaxIdLength;
    public const int MaxSearchLength = 200;

    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public ValidationProblem Problem() =>
        TypedResults.ValidationProblem(
            _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal),
            detail: string.Join(" ", _errors.SelectMany(e => e.Value)),
            title: "The request's input is not valid.");

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    /// <summary>A required id: a CURIE (prefix:local), or a bare ClinicalTrials.gov number, which names its trial.</summary>
    public string Id(string field, string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            Add(field, $"'{field}' is required: a CURIE such as UniProtKB:P04792.");
            return "";
        }

        return OptionalId(field, raw) ?? "";
    }

    public string? OptionalId(string field, string? raw)
    {
        if (raw is null)
        {
            return null;
        }

        // A DOI's local part holds slashes, which a route value keeps encoded as %2F.
        var id = raw.Trim().Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
        if (Nct().IsMatch(id))
        {
            return "CLINICALTRIALS:" + id.ToUpperInvariant();
        }

        if (id.Length > MaxIdLength || !Curie().IsMatch(id))
        {
            Add(field, $"'{field}' must be a CURIE (prefix:local, at most {MaxIdLength} characters, no spaces), such as UniProtKB:P04792, or an NCT number.");
            return null;
        }

        return id;
    }

    /// <summary>A label of the schema, matched case-insensitively and returned as the schema spells it.</summary>
    public string? Label(string field, string? raw, GraphSchema schema) =>
        SchemaName(field, raw, "label", schema.Labels.Select(l => l.Label));

    /// <summary>A relationship type of the schema, matched case-insensitively and returned as the schema spells it.</summary>
    public string? Type(string field, string? raw, GraphSchema schema) =>
        SchemaName(field, raw, "relationship type", schema.RelationshipTypes.Select(t => t.Type));

    private string? SchemaName(string field, string? raw, string kind, IEnumerable<string> names)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var all = names.ToArray();
        var name = all.FirstOrDefault(n => string.Equals(n, raw.Trim(), StringComparison.OrdinalIgnoreCase));
        if (name is null)
        {
            Add(field, $"'{raw}' is not a {kind} of the graph; use one of {string.Join(", ", all)}.");
        }

        return name;
    }

    public int Limit(string? raw, int defaultLimit = DefaultLimit, int max = MaxLimit) => Range("limit", raw, defaultLimit, 1, max);

    /// <summary>The page a collection endpoint answers: limit (1-500, default 50) and offset (0-100000, default 0).</summary>
    public PageRequest Page(string? limit, string? offset) => new(Limit(limit), Offset(offset));

    public RelationshipDirection Direction(string field, string? raw)
    {
        switch (raw?.Trim().ToLowerInvariant())
        {
            case null or "" or "both":
                return RelationshipDirection.Both;
            case "out":
                return RelationshipDirection.Out;
            case "in":
                return RelationshipDirection.In;
            default:
                Add(field, $"'{field}' must be out, in or both; it was '{raw}'.");
                return RelationshipDirection.Both;
        }
    }

    public int Offset(string? raw) => Range("offset", raw, 0, 0, MaxOffset);

    /// <summary>The trial-list filters: a ClinicalTrials.gov overall status (any case) and a phase.</summary>
    public TrialFilter TrialFilter(string? status, string? phase, GraphSchema schema)
    {
        var statuses = schema.GetLabel(LabelNames.ClinicalTrial).FindProperty(PropertyNames.OverallStatus)!.AllowedValues!;
        string? knownStatus = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            knownStatus = statuses.FirstOrDefault(s => string.Equals(s, status.Trim(), StringComparison.OrdinalIgnoreCase));
            if (knownStatus is null)
            {
                Add("status", $"'{status}' is not a ClinicalTrials.gov overall status; use one of {string.Join(", ", statuses)}.");
            }
        }

        return new TrialFilter(knownStatus, string.IsNullOrWhiteSpace(phase) ? null : Range("phase", phase, 0, 1, 4));
    }

    /// <summary>An optional whole number within [min, max]; absent or empty gives the default.</summary>
    public int Range(string field, string? raw, int defaultValue, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return defaultValue;
        }

        if (!int.TryParse(raw.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            Add(field, $"'{field}' must be a whole number between {min} and {max}; it was '{raw}'.");
            return defaultValue;
        }

        return value;
    }

    public string Search(string field, string? raw)
    {
        var text = raw?.Trim() ?? "";
        if (text.Length == 0)
        {
            Add(field, $"'{field}' is required: a name, synonym or id to look for.");
        }
        else if (text.Length > MaxSearchLength)
        {
            Add(field, $"'{field}' must be at most {MaxSearchLength} characters.");
        }
        else if (!text.Any(char.IsLetterOrDigit))
        {
            Add(field, $"'{field}' must contain a letter or a digit.");
        }

        return text;
    }

    // The whole id is capped by MaxIdLength before the pattern runs, so the local part has no cap of its own.
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_.-]{0,31}:[^\\s?#]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Curie();

    [GeneratedRegex("^NCT[0-9]{8}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Nct();
}
