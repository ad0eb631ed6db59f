// The service folders form layers, not a tangle: no folder imports (at run time) from a folder
// that imports back from it, directly or around a longer loop. docs/ARCHITECTURE.md gives the order.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  findCycle,
  runtimeImports,
  serviceFolderGraph,
  type FolderGraph,
} from '../support/service-import-graph.ts';

const servicesDir = fileURLToPath(new URL('../../src/services/', import.meta.url));

function graphOf(edges: Record<string, string[]>): FolderGraph {
  return new Map(
    Object.entries(edges).map(([from, tos]) => [from, new Map(tos.map((to) => [to, [`${from}/x.ts`]]))]),
  );
}

describe('service folders import one another without a cycle', () => {
  test('no cycle between the folders of src/services', () => {
    const graph = serviceFolderGraph(servicesDir);
    const cycle = findCycle(graph);
    const why = cycle?.slice(1).map((to, i) => {
      const from = cycle[i] ?? '';
      return `${from} -> ${to}:\n    ${(graph.get(from)?.get(to) ?? []).join('\n    ')}`;
    });
    assert.equal(
      cycle,
      null,
      `service folders import in a cycle ${cycle?.join(' -> ')}\n  ${why?.join('\n  ')}`,
    );
  });

  test('the graph is read from the real tree: supervision imports from reports, never the reverse', () => {
    const graph = serviceFolderGraph(servicesDir);
    assert.ok(graph.get('supervision')?.has('reports'));
    assert.equal(graph.get('reports')?.has('supervision') ?? false, false);
  });

  test('a loop through three folders is found, and layered folders are not', () => {
    assert.deepEqual(findCycle(graphOf({ a: ['b'], b: ['c'], c: ['a'] })), ['a', 'b', 'c', 'a']);
    assert.equal(findCycle(graphOf({ a: ['b', 'c'], b: ['c'], c: [] })), null);
  });

  test('type-only imports are erased and do not count; value and re-export imports do', () => {
    const text = [
      "import type { A } from './a.ts';",
      "import { type B } from './b.ts';",
      "import { c, type C } from './c.ts';",
      "import d from './d.ts';",
      "export { e } from './e.ts';",
      "export type { F } from './f.ts';",
      "import './g.ts';",
    ].join('\n');
    assert.deepEqual(runtimeImports('x.ts', text), ['./c.ts', './d.ts', './e.ts', './g.ts']);
  });
});
