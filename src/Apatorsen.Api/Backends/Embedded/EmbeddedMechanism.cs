using Apatorsen.Api.Shaping;

namespace Apatorsen.Api.Backends.Embedded;

/// <summary>Walks a drug's mechanism chains in memory, under the shared <see cref="MechanismRules"/>.</summary>
internal static class EmbeddedMechanism
{
    public static IReadOnlyList<IReadOnlyList<FoundRelationship>> Walk(EmbeddedNode drug, MechanismRules rules)
    {
        var chains = new List<IReadOnlyList<FoundRelationship>>();
        var path = new List<EmbeddedRelationship>();
        var visited = new HashSet<EmbeddedNode> { drug };
        Step(drug);
        return chains;

        void Step(EmbeddedNode node)
        {
            foreach (var relationship in node.Outgoing)
            {
                var allowed = path.Count == 0 ? rules.Types : rules.ContinuingTypes;
                if (!allowed.Contains(relationship.Type) || visited.Contains(relationship.End))
                {
                    continue;
                }

                path.Add(relationship);
                visited.Add(relationship.End);
                var end = relationship.End;
                var continues = MechanismRules.PassThroughLabels.Contains(end.Label)
                    && end.Outgoing.Any(r => rules.ContinuingTypes.Contains(r.Type));
                if (!continues)
                {
                    chains.Add(path.Select(r => new FoundRelationship(r.Start.Ref, r.Stored, r.End.Ref)).ToArray());
                }
                else if (path.Count < MechanismRules.MaxSteps)
                {
                    Step(end);
                }

                visited.Remove(relationship.End);
                path.RemoveAt(path.Count - 1);
            }
        }
    }
}
