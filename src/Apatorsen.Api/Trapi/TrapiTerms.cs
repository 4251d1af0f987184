using Apatorsen.Api.Trapi.Mapping;
using Apatorsen.Api.Trapi.Planning;

namespace Apatorsen.Api.Trapi;

/// <summary>
/// The schema as the TRAPI routes read it, built once per schema: the Biolink vocabulary the planner expands queries
/// with, and the mapping of stored nodes and relationships to TRAPI Nodes and Edges.
/// </summary>
public sealed class TrapiTerms(GraphSchema schema)
{
    public BiolinkVocabulary Vocabulary { get; } = new(schema);

    public TrapiMapping Mapping { get; } = new(schema);
}
