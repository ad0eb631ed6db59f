// npm run bench:web — the built web app's weight and a reporter's first screen. Prints every JS/CSS
// asset (raw and gzipped), the JavaScript index.html asks for up front, the JavaScript a reporter's
// workbench really loads in Chromium before its task list shows (against the 350 kB gzip goal), and
// the time from navigation start to that list on loopback, median of 5 cold loads.
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchBrowser } from '../tests/e2e/support/browser.ts';
import { startDemoServer, type DemoServer } from '../tests/e2e/support/server.ts';
import { builtAssets, indexScripts, kB, type Asset } from './support/web-assets.ts';

const GOAL_GZIP = 350_000;
const RUNS = 5;
const PERIOD = '2024-Q1';
/** The workbench is usable once its task list shows a task's filing link. */
const TASK_LINK = 'a[href^="/tasks/"]';

interface Load {
  ms: number;
  scripts: string[];
}

/** One cold load: a fresh context (empty cache) signed in as the reporter, then the workbench. */
async function loadWorkbench(browser: Browser, server: DemoServer): Promise<Load> {
  const context = await browser.newContext(DESKTOP);
  try {
    const signedIn = await context.request.post(`${server.url}/api/auth/login`, {
      data: { login: 'fgw-reporter', password: server.password },
    });
    if (!signedIn.ok()) throw new Error(`sign-in failed: ${signedIn.status()}`);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (path.endsWith('.js')) scripts.push(path);
    });
    await page.goto(`${server.url}/?period=${PERIOD}`, { waitUntil: 'commit' });
    const ms = await usableAt(page);
    return { ms, scripts: [...scripts] };
  } finally {
    await context.close();
  }
}

/** Milliseconds from navigation start until the task list shows, read by the page's own clock. */
async function usableAt(page: Page): Promise<number> {
  // A function, not a string: the app's Content-Security-Policy refuses the eval a string needs.
  const handle = await page.waitForFunction(
    (selector) => {
      const link = document.querySelector(selector);
      return link?.checkVisibility() ? performance.now() : 0;
    },
    TASK_LINK,
    { timeout: 30_000 },
  );
  return Number(await handle.jsonValue());
}

function gzipOf(paths: Iterable<string>, assets: Map<string, Asset>): number {
  let total = 0;
  for (const path of new Set(paths)) {
    const asset = assets.get(path);
    if (!asset) throw new Error(`${path} is not in web/dist/assets`);
    total += asset.gzip;
  }
  return total;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

function printAssets(assets: Asset[]): void {
  console.log('Built assets (web/dist/assets), smallest to largest by gzip:');
  console.log(`  ${'asset'.padEnd(44)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`);
  for (const asset of assets)
    console.log(
      `  ${asset.path.slice(8).padEnd(44)} ${kB(asset.raw).padStart(10)} ${kB(asset.gzip).padStart(10)}`,
    );
  const js = assets.filter((asset) => asset.path.endsWith('.js'));
  const css = assets.filter((asset) => asset.path.endsWith('.css'));
  const sum = (list: Asset[], key: 'raw' | 'gzip') => list.reduce((total, asset) => total + asset[key], 0);
  console.log(`  all JS (${js.length} files): ${kB(sum(js, 'raw'))} raw, ${kB(sum(js, 'gzip'))} gzip`);
  console.log(`  all CSS (${css.length} files): ${kB(sum(css, 'raw'))} raw, ${kB(sum(css, 'gzip'))} gzip`);
}

async function main(): Promise<void> {
  const list = builtAssets();
  const assets = new Map(list.map((asset) => [asset.path, asset]));
  printAssets(list);

  const fromIndex = indexScripts();
  const verdict = (bytes: number) =>
    `${kB(bytes)} gzip (goal ${kB(GOAL_GZIP)}: ${bytes <= GOAL_GZIP ? 'met' : 'MISSED'})`;
  console.log(
    `\nInitial JavaScript named by index.html (entry + ${fromIndex.length - 1} modulepreloads): ${verdict(gzipOf(fromIndex, assets))}`,
  );

  const server = await startDemoServer();
  const browser = await launchBrowser();
  try {
    await loadWorkbench(browser, server); // warm the server's own caches once
    const loads: Load[] = [];
    for (let run = 0; run < RUNS; run++) loads.push(await loadWorkbench(browser, server));
    const first = loads[0];
    if (!first) throw new Error('no load measured');
    const scripts = [...new Set(first.scripts)];
    console.log(
      `\nA reporter's workbench in Chromium (fgw-reporter, ${PERIOD}, 1366×900, loopback, cold cache):`,
    );
    console.log(
      `  JavaScript loaded until the task list shows (${scripts.length} files): ${verdict(gzipOf(scripts, assets))}`,
    );
    const beyond = scripts.filter((path) => !fromIndex.includes(path));
    console.log(
      `  of which beyond index.html: ${beyond.map((path) => path.slice(8)).join(', ') || 'none'} (${kB(gzipOf(beyond, assets))} gzip)`,
    );
    const times = loads.map((load) => load.ms);
    console.log(
      `  time to a usable workbench: median ${median(times).toFixed(0)} ms of ${RUNS} (runs: ${times.map((ms) => ms.toFixed(0)).join(', ')} ms)`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
