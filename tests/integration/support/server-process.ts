// `duban serve` in a child process, as an operator runs it: for tests that stop databases, fill
// disks, send signals or run a second command beside the server.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const DUBAN = fileURLToPath(new URL('../../../bin/duban.mjs', import.meta.url));

export interface ServerProcess {
  url: string;
  pid: number;
  /** Everything it wrote so far (stdout and stderr). */
  output(): string;
  /** Sends the signal and waits for the exit; rejects after timeoutMs. */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<{ code: number | null; ms: number }>;
}

export async function startServer(args: string[], env: NodeJS.ProcessEnv = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, [DUBAN, 'serve', '--port', '0', ...args], {
    env: { ...process.env, DUBAN_LOG: '0', DUBAN_SCHEDULER_INTERVAL_MS: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await serving(child, () => output);
  return {
    url,
    pid: child.pid ?? 0,
    output: () => output,
    stop: (signal = 'SIGTERM', timeoutMs = 15_000) => stopChild(child, signal, timeoutMs),
  };
}

function serving(child: ChildProcess, output: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start in 90 s:\n${output()}`));
    }, 90_000);
    const look = () => {
      const match = /serving on (http:\/\/[^\s]+)/.exec(output());
      if (!match?.[1]) return;
      clearTimeout(timer);
      child.stdout?.off('data', look);
      resolve(match[1]);
    };
    child.stdout?.on('data', look);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code}:\n${output()}`));
    });
  });
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals, timeoutMs: number) {
  const started = Date.now();
  return new Promise<{ code: number | null; ms: number }>((resolve, reject) => {
    if (child.exitCode !== null) return resolve({ code: child.exitCode, ms: 0 });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server ignored ${signal} for ${timeoutMs} ms`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, ms: Date.now() - started });
    });
    child.kill(signal);
  });
}
