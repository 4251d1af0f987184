using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Apatorsen.Api.Input;

// The route and query values of each endpoint, bound with [AsParameters] under the names clients send and checked by
// InputErrors, which also parses the numbers: one 400 then names every problem, each by its parameter's name. The
// descriptions become the OpenAPI document's parameter descriptions.

public sealed record EntityRequest(
    [property: FromRoute(Name = "id"), Description("The node's CURIE, e.g. UniProtKB:P04792; a bare NCT number names its trial.")] string Id);

public sealed record RelationshipsRequest(
    [property: FromRoute(Name = "id"), Description("The node's CURIE, e.g. DRUGBANK:DB06094 (apatorsen).")] string Id,
    [property: FromQuery(Name = "type"), Description("Only relationships of this type, e.g. TARGETS.")] string? Type,
    [property: FromQuery(Name = "direction"), Description("out (from the node), in (to the node) or both (the default).")] string? Direction,
    [property: FromQuery(Name = "label"), Description("Only relationships whose other node has this label, e.g. Protein.")] string? Label,
    [property: FromQuery(Name = "limit"), Description("Page size (1-500, default 50).")] string? Limit,
    [property: FromQuery(Name = "offset"), Description("How many items to skip (default 0).")] string? Offset);

public sealed record StatementsRequest(
    [property: FromQuery(Name = "subject"), Description("The subject's CURIE, e.g. DRUGBANK:DB06094 (apatorsen).")] string? Subject,
    [property: FromQuery(Name = "type"), Description("The relationship type, e.g. TARGETS.")] string? Type,
    [property: FromQuery(Name = "object"), Description("The object's CURIE, e.g. UniProtKB:P04792.")] string? ObjectId,
    [property: FromQuery(Name = "subjectLabel"), Description("Only subjects with this label.")] string? SubjectLabel,
    [property: FromQuery(Name = "objectLabel"), Description("Only objects with this label.")] string? ObjectLabel,
    [property: FromQuery(Name = "limit"), Description("Page size (1-500, default 50).")] string? Limit,
    [property: FromQuery(Name = "offset"), Description("How many items to skip (default 0).")] string? Offset);

public sealed record PathsRequest(
    [property: FromQuery(Name = "from"), Description("Where the paths start: a CURIE, e.g. DRUGBANK:DB06094 (apatorsen).")] string? From,
    [property: FromQuery(Name = "to"), Description("Where the paths end: a CURIE, e.g. GO:0006915.")] string? To,
    [property: FromQuery(Name = "maxHops"), Description("The longest path to look for, in relationships (1-6, default 4).")] string? MaxHops);

public sealed record DrugRequest(
    [property: FromRoute(Name = "id"), Description("The drug's CURIE, e.g. DRUGBANK:DB06094 (apatorsen).")] string Id);

public sealed record TrialRequest(
    [property: FromRoute(Name = "id"), Description("The trial's CURIE (CLINICALTRIALS:NCT01829113) or its NCT number (NCT01829113).")] string Id);

public sealed record TrialListRequest(
    [property: FromRoute(Name = "id"), Description("The drug's or indication's CURIE, e.g. DRUGBANK:DB06094 (apatorsen) or MONDO:0004992 (cancer).")] string Id,
    [property: FromQuery(Name = "status"), Description("Only trials with this ClinicalTrials.gov overall status, e.g. COMPLETED or TERMINATED.")] string? Status,
    [property: FromQuery(Name = "phase"), Description("Only trials of this phase (1-4).")] string? Phase,
    [property: FromQuery(Name = "limit"), Description("Page size (1-500, default 50).")] string? Limit,
    [property: FromQuery(Name = "offset"), Description("How many trials to skip (default 0).")] string? Offset);

public sealed record AdverseEventsRequest(
    [property: FromRoute(Name = "id"), Description("The drug's CURIE, e.g. DRUGBANK:DB06094 (apatorsen).")] string Id,
    [property: FromQuery(Name = "limit"), Description("Page size (1-500, default 50).")] string? Limit,
    [property: FromQuery(Name = "offset"), Description("How many reports to skip (default 0).")] string? Offset);

public sealed record PublicationRequest(
    [property: FromRoute(Name = "id"), Description("The publication's CURIE, e.g. PMID:31420467.")] string Id,
    [property: FromQuery(Name = "limit"), Description("At most this many supported relationships (1-500, default 50).")] string? Limit,
    [property: FromQuery(Name = "offset"), Description("How many supported relationships to skip (default 0).")] string? Offset);

public sealed record SearchRequest(
    [property: FromQuery(Name = "q"), Description("The text to look for: a name, synonym, code or id, e.g. OGX-427 or Hsp27.")] string? Q,
    [property: FromQuery(Name = "label"), Description("Only nodes with this label, e.g. Drug.")] string? Label,
    [property: FromQuery(Name = "limit"), Description("At most this many hits (1-500, default 50).")] string? Limit);
