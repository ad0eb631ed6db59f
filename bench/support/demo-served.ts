// `duban serve --demo` in a child process on a fresh PGlite folder, as the operator's benches need
// it: signed-in sessions and request timings taken while something else happens on the server.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEMO_PASSWORD } from '../../src/services/demo/demo-accounts.ts';
import { startServer, type RunningServer } from '../../tests/support/compiled-server.ts';

export interface DemoServed {
  server: RunningServer;
  folder: string;
  close(): Promise<void>;
}

export interface Session {
  cookie: string;
  csrf: string;
}

/** A demo server on a PGlite folder of its own (`extraArgs` may name more folders inside `folder`). */
export async function serveDemo(extraArgs: (folder: string) => string[] = () => []): Promise<DemoServed> {
  const folder = await mkdtemp(join(tmpdir(), 'duban-bench-'));
  const server = await startServer(['--demo', '--data', join(folder, 'data'), ...extraArgs(folder)], {
    DUBAN_SCHEDULER_INTERVAL_MS: '0',
  });
  return {
    server,
    folder,
    close: async () => {
      await server.stop();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

export async function signIn(url: string, login: string): Promise<Session> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`${login} could not sign in: ${await response.text()}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrf: csrfToken };
}

/** The quarter the demo's city is in now, as the worklist takes it. */
export function currentPeriod(at = new Date()): string {
  const city = new Date(at.getTime() + 8 * 3_600_000);
  return `${city.getUTCFullYear()}-Q${Math.floor(city.getUTCMonth() / 3) + 1}`;
}

export interface Timings {
  /** Milliseconds each answer took, in the order they came. */
  ms: number[];
  failures: number;
}

/**
 * Sends `request` over `connections` loops, one after another on each, until `until` settles;
 * returns how long each answer took. A request that fails or answers 5xx counts as a failure.
 */
export async function timeWhile(
  request: () => Promise<Response>,
  connections: number,
  until: Promise<unknown>,
): Promise<Timings> {
  let done = false;
  void until.finally(() => (done = true)).catch(() => {});
  const timings: Timings = { ms: [], failures: 0 };
  const loop = async () => {
    while (!done) {
      const started = performance.now();
      const response = await request().catch(() => null);
      if (response) await response.arrayBuffer();
      timings.ms.push(performance.now() - started);
      if (!response || response.status >= 500) timings.failures += 1;
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  return timings;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
