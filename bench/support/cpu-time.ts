// CPU time spent by the server process and by PostgreSQL's processes during a run, read from /proc
// (Linux): what a request costs in CPU, which the machine's other load moves far less than
// throughput. Figures are null where /proc cannot be read.
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** The process's user + system CPU time in ms, or null. */
function cpuMsOf(pid: number | string): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces), counting from the state as field 3.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return null;
  }
}

/**
 * The CPU time in ms of PostgreSQL's backends serving the database and of its WAL writer (backends
 * come and go; the pool's stay for the run). Other databases' backends on the same server are not
 * counted.
 */
function postgresCpuMs(database: string): Map<string, number> {
  const times = new Map<string, number>();
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return times;
  }
  for (const pid of entries) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') continue;
      const title = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!title.includes(` ${database} `) && !title.includes('walwriter')) continue;
    } catch {
      continue;
    }
    const ms = cpuMsOf(pid);
    if (ms !== null) times.set(pid, ms);
  }
  return times;
}

export interface CpuMark {
  server: number | null;
  postgres: Map<string, number>;
}

/** Where the server's CPU and its database's stand now; the database is named as in its URL. */
export function markCpu(serverPid: number | undefined, databaseUrl: string): CpuMark {
  const database = new URL(databaseUrl).pathname.slice(1);
  return { server: serverPid === undefined ? null : cpuMsOf(serverPid), postgres: postgresCpuMs(database) };
}

/** CPU ms used between two marks by the server and by PostgreSQL (processes alive at both). */
export function cpuSince(before: CpuMark, after: CpuMark): { server: number | null; postgres: number } {
  let postgres = 0;
  for (const [pid, ms] of after.postgres) postgres += ms - (before.postgres.get(pid) ?? ms);
  const server = before.server === null || after.server === null ? null : after.server - before.server;
  return { server, postgres };
}
