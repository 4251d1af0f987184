// Shared by the mechanism and path views: chains of nodes drawn left to right, one column per step.
import { edgeId, layeredPositions } from '../graph.js';

/**
 * Nodes and edges for sequences [{nodes: [ref...], steps: [{start, type, end, ...}]}], the first sequence on the
 * top line. A node's column is the furthest step at which a sequence reaches it; an edge that skips columns bends
 * above the line so that it does not run through the nodes it passes.
 */
export function layered(sequences, rankOf = (index) => index) {
  const refs = new Map();
  const rank = new Map();
  const order = [];
  sequences.forEach((sequence) =>
    sequence.nodes.forEach((ref, index) => {
      if (!refs.has(ref.id)) {
        refs.set(ref.id, ref);
        order.push(ref.id);
      }
      rank.set(ref.id, Math.max(rank.get(ref.id) ?? 0, rankOf(index, sequence, ref)));
    }),
  );
  const positions = layeredPositions(order.map((id) => ({ id, rank: rank.get(id) })));
  const edges = new Map();
  const skips = new Map();
  for (const sequence of sequences) {
    for (const step of sequence.steps) {
      const id = edgeId(step.start, step.type, step.end);
      if (edges.has(id)) continue;
      const span = Math.abs(rank.get(step.end) - rank.get(step.start));
      let bend = null;
      if (span > 1) {
        const pair = [step.start, step.end].sort().join('|');
        const k = skips.get(pair) ?? 0;
        skips.set(pair, k + 1);
        const direction = rank.get(step.end) > rank.get(step.start) ? -1 : 1;
        bend = direction * (45 + span * 20 + k * 28);
      }
      edges.set(id, { ...step, bend });
    }
  }
  return {
    nodes: order.map((id) => ({ ref: refs.get(id), position: positions.get(id) })),
    edges: [...edges.values()],
  };
}

/** The element ids of one sequence, to highlight it. */
export function sequenceIds(sequence) {
  return new Set([...sequence.nodes.map((n) => n.id), ...sequence.steps.map((s) => edgeId(s.start, s.type, s.end))]);
}
