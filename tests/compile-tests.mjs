// `npm run build:tests`: type-checks the project (src, tests, bench) and compiles it to JavaScript in
// .test-build/, mirroring the source tree, so that every test process loads plain JavaScript instead
// of going through tsx's loader (which cost about 2 s of CPU in each of the suites' ~250 processes).
// Each compiled module still sees its own source's address: `import.meta.url` and
// `import.meta.dirname` are replaced by the .ts file's, so fixtures, samples, migrations, web/dist
// and spawned scripts are found exactly where the TypeScript finds them. Compiled files whose source
// is gone are deleted, so a removed test never runs from an old copy.
// `--if-stale` (what the test:* scripts pass) does nothing when .test-build/BUILT is newer than every
// file and folder of the compiled trees, so running one suite after another compiles once.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT = join(ROOT, '.test-build');
const STAMP = join(OUT, 'BUILT');
const SOURCE_EXTENSIONS = ['.ts', '.tsx'];
const TREES = [
  'src',
  'tests',
  'bench',
  'web/src',
  'tsconfig.json',
  'tsconfig.test-build.json',
  'package-lock.json',
];

function newestChange() {
  let newest = 0;
  for (const tree of TREES) {
    const path = join(ROOT, tree);
    if (!existsSync(path)) continue;
    newest = Math.max(newest, statSync(path).mtimeMs);
    if (!statSync(path).isDirectory()) continue;
    for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) {
      newest = Math.max(newest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
    }
  }
  return newest;
}

if (process.argv.includes('--if-stale') && existsSync(STAMP) && statSync(STAMP).mtimeMs >= newestChange()) {
  process.exit(0);
}

const tsc = spawnSync(
  process.execPath,
  [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.test-build.json')],
  { stdio: 'inherit' },
);
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

let pointed = 0;
let removed = 0;
for (const entry of readdirSync(OUT, { withFileTypes: true, recursive: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
  const compiled = join(entry.parentPath ?? entry.path, entry.name);
  const stem = join(ROOT, relative(OUT, compiled)).slice(0, -'.js'.length);
  const source = SOURCE_EXTENSIONS.map((extension) => stem + extension).find((path) => existsSync(path));
  if (!source) {
    rmSync(compiled);
    rmSync(`${compiled}.map`, { force: true });
    removed += 1;
    continue;
  }
  const text = readFileSync(compiled, 'utf8');
  if (!text.includes('import.meta.')) continue;
  const pointedText = text
    .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(source).href))
    .replaceAll('import.meta.dirname', JSON.stringify(dirname(source)))
    .replaceAll('import.meta.filename', JSON.stringify(source));
  if (pointedText !== text) {
    writeFileSync(compiled, pointedText);
    pointed += 1;
  }
}
writeFileSync(STAMP, new Date().toISOString());
console.log(
  `tests compiled to .test-build/ (${pointed} modules pointed at their sources, ${removed} stale removed)`,
);
