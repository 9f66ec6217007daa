/**
 * The nodes of a body's syntax tree, gathered in one walk and shared by every rule that looks at them,
 * so a check walks each tree once however many rules read it. The walk keeps its own stack: its cost
 * is linear in the size of the tree, however deeply lists and quotes nest.
 */
import type { Nodes, Parents, Root } from 'mdast';

export type NodeOfType<T extends Nodes['type']> = Extract<Nodes, { type: T }>;

/** A node with the node that contains it. */
export interface Placed<T extends Nodes = Nodes> {
  node: T;
  parent: Parents | undefined;
}

const walked = new WeakMap<Root, Map<Nodes['type'], Placed[]>>();

function walk(tree: Root): Map<Nodes['type'], Placed[]> {
  const byType = new Map<Nodes['type'], Placed[]>();
  const pending: Placed[] = [{ node: tree, parent: undefined }];
  for (let placed = pending.pop(); placed; placed = pending.pop()) {
    const list = byType.get(placed.node.type);
    if (list) list.push(placed);
    else byType.set(placed.node.type, [placed]);
    if ('children' in placed.node) {
      const parent = placed.node;
      // Pushed last child first, so nodes come off the stack in document order.
      for (let index = parent.children.length - 1; index >= 0; index--) pending.push({ node: parent.children[index] as Nodes, parent });
    }
  }
  return byType;
}

/** Every node of the given types, in document order, each with its parent. */
export function nodesOf<T extends Nodes['type']>(tree: Root, ...types: T[]): Placed<NodeOfType<T>>[] {
  let byType = walked.get(tree);
  if (!byType) walked.set(tree, (byType = walk(tree)));
  const found = types.flatMap((type) => (byType.get(type) ?? []) as Placed<NodeOfType<T>>[]);
  if (types.length > 1) found.sort((a, b) => (a.node.position?.start.offset ?? 0) - (b.node.position?.start.offset ?? 0));
  return found;
}
