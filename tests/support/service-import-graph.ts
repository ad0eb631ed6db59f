// The import graph between the folders of src/services, read from the source text: which folder's
// files import (at run time) from which other folder's, with the imports that make each edge.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import ts from 'typescript';

/** One folder importing another: `from` -> `to`, and the file:specifier pairs that do it. */
export type FolderGraph = Map<string, Map<string, string[]>>;

function* tsFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* tsFiles(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

/**
 * The module specifiers a file loads at run time. Type-only imports and exports (`import type`,
 * or every name marked `type`) are erased by the compiler, so they do not count.
 */
export function runtimeImports(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      const named = clause?.namedBindings;
      const allTypes =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            named !== undefined &&
            ts.isNamedImports(named) &&
            named.elements.length > 0 &&
            named.elements.every((element) => element.isTypeOnly)));
      if (!allTypes) found.push(statement.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(statement) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier) &&
      !statement.isTypeOnly
    ) {
      found.push(statement.moduleSpecifier.text);
    }
  }
  return found;
}

/** The folder graph of `servicesDir`; files directly in it (store.ts) belong to no folder. */
export function serviceFolderGraph(servicesDir: string): FolderGraph {
  const folderOf = (path: string): string | null => {
    const parts = relative(servicesDir, path).split(sep);
    return parts.length > 1 && parts[0] !== '..' ? (parts[0] ?? null) : null;
  };
  const graph: FolderGraph = new Map();
  for (const file of tsFiles(servicesDir)) {
    const from = folderOf(file);
    if (from === null) continue;
    for (const specifier of runtimeImports(file, readFileSync(file, 'utf8'))) {
      if (!specifier.startsWith('.')) continue;
      const to = folderOf(normalize(join(dirname(file), specifier)));
      if (to === null || to === from) continue;
      const targets = graph.get(from) ?? new Map<string, string[]>();
      targets.set(to, [...(targets.get(to) ?? []), `${relative(servicesDir, file)}: ${specifier}`]);
      graph.set(from, targets);
    }
  }
  return graph;
}

/** A cycle of folders (first = last), or null when the graph has none. */
export function findCycle(graph: FolderGraph): string[] | null {
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (folder: string): string[] | null => {
    const at = path.indexOf(folder);
    if (at >= 0) return [...path.slice(at), folder];
    if (done.has(folder)) return null;
    path.push(folder);
    for (const next of [...(graph.get(folder)?.keys() ?? [])].sort()) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    done.add(folder);
    return null;
  };
  for (const folder of [...graph.keys()].sort()) {
    const cycle = visit(folder);
    if (cycle) return cycle;
  }
  return null;
}
