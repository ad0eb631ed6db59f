#!/usr/bin/env node
// The `duban` command. Runs the compiled JavaScript in dist/ (`npm run build`) when it is there and
// not older than src/; otherwise the TypeScript through tsx, as in development and tests.
// DUBAN_RUN_SOURCE=1 always runs the TypeScript.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const compiled = new URL('dist/cli/main.js', root);
const stamp = new URL('dist/BUILT', root);

function newestSource(folder) {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, statSync(`${entry.parentPath ?? entry.path}/${entry.name}`).mtimeMs);
  }
  return newest;
}

function useCompiled() {
  if (process.env.DUBAN_RUN_SOURCE === '1' || !existsSync(compiled) || !existsSync(stamp)) return false;
  const source = fileURLToPath(new URL('src', root));
  if (!existsSync(source) || statSync(stamp).mtimeMs >= newestSource(source)) return true;
  process.stderr.write(
    'duban: dist/ is older than src/, running the TypeScript (npm run build refreshes dist/)\n',
  );
  return false;
}

let main;
if (useCompiled()) {
  ({ main } = await import(compiled.href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import(new URL('src/cli/main.ts', root).href));
}
process.exitCode = await main(process.argv.slice(2));
