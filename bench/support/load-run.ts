// Running one scenario under autocannon against a server in a child process, for the benchmarks.
import { fork, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import type { Scenario } from './save-scenario.ts';
import { cpuSince, markCpu } from './cpu-time.ts';

/** What a server under load tells its parent over IPC (api-server.mjs, baseline-server.ts). */
export type ServerMessage = { url: string } | { peakRss: number; rss: number };

export const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);

export interface Row {
  name: string;
  connections: number;
  rps: number;
  ok: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** CPU ms per successful request: the server's process and PostgreSQL's, or null if unread. */
  serverCpu: number | null;
  postgresCpu: number | null;
}

export async function peakRssOf(server: ChildProcess): Promise<number> {
  server.send('rss');
  return (await nextMessage<{ peakRss: number }>(server, 'peakRss')).peakRss;
}

export function startServer(
  script: string,
  databaseUrl: string,
  flags: string[] = [],
  env = {},
): ChildProcess {
  // TypeScript runs through tsx; the app's server (api-server.mjs) is compiled JavaScript.
  const loader = script.endsWith('.ts') ? ['--import', 'tsx'] : [];
  return fork(new URL(script, import.meta.url), {
    execArgv: [...loader, ...flags],
    env: { ...process.env, ...env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

export async function run(
  url: string,
  scenario: Scenario,
  connections: number,
  seconds = SECONDS,
  measured?: { serverPid: number | undefined; databaseUrl: string },
): Promise<Row> {
  const mark = () => (measured ? markCpu(measured.serverPid, measured.databaseUrl) : null);
  const before = mark();
  const result = await autocannon({ url, connections, duration: seconds, ...scenario.options });
  const after = mark();
  const used = before && after ? cpuSince(before, after) : { server: null, postgres: null };
  const perRequest = (ms: number | null) => (ms === null || result['2xx'] === 0 ? null : ms / result['2xx']);
  const row = {
    name: scenario.name,
    connections,
    rps: result.requests.average,
    ok: result['2xx'] / (result.duration || SECONDS),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    serverCpu: perRequest(used.server),
    postgresCpu: before?.postgres.size ? perRequest(used.postgres) : null,
  };
  log(`${scenario.name} @${connections}: ${row.rps.toFixed(0)} req/s`);
  return row;
}

export function nextMessage<T extends Partial<ServerMessage>>(child: ChildProcess, key: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      if (message && typeof message === 'object' && key in message) {
        child.off('message', onMessage);
        resolve(message as T);
      }
    };
    child.on('message', onMessage);
    child.once('exit', (code) => reject(new Error(`the server exited (${code ?? 'signal'})`)));
  });
}

export function log(line: string): void {
  process.stderr.write(`${line}\n`);
}
