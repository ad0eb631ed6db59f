// `duban serve --demo`: seed an empty database with the bundled 2024 notice and demo accounts,
// then tell the person at the terminal how to sign in.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { importNoticeLazily } from './lazy-importer.ts';
import { startDemo, type DemoOutcome } from '../services/demo/demo.usecases.ts';
import type { Clock } from '../services/support/clock.ts';
import type { PasswordHasher } from '../services/support/password-hasher.ts';
import type { Store } from '../services/store.ts';

export const DEMO_NOTICE = fileURLToPath(new URL('../../samples/wuhu-2024-notice.txt', import.meta.url));

export async function prepareDemo(deps: {
  store: Store;
  clock: Clock;
  hasher: PasswordHasher;
  /** The current year with its history (`duban serve --demo`), instead of plan 2024 alone. */
  live?: boolean;
}): Promise<DemoOutcome> {
  const bytes = await readFile(DEMO_NOTICE);
  return startDemo({
    ...deps,
    readNotice: importNoticeLazily,
    notice: { bytes, fileName: 'wuhu-2024-notice.txt' },
  });
}

const DUBAN_BIN = fileURLToPath(new URL('../../bin/duban.mjs', import.meta.url));

/**
 * `duban demo` in a child process (migrations and the seeding of a year), for `serve --demo` on a
 * database it opens afterwards: the seeding's memory is the child's and goes with it.
 */
export async function prepareDemoApart(
  args: { data?: string | undefined; backupDir: string },
  said: (text: string) => void,
): Promise<DemoOutcome> {
  const argv = [DUBAN_BIN, 'demo', '--backup-dir', args.backupDir];
  if (args.data !== undefined) argv.push('--data', args.data);
  const { stdout, stderr } = await promisify(execFile)(process.execPath, argv, {
    maxBuffer: 16 * 1024 * 1024,
  });
  if (stderr) said(stderr);
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as DemoOutcome;
}

/** The lines printed once the server listens. */
export function demoBanner(outcome: DemoOutcome, url: string): string {
  if (outcome.status === 'refused') {
    return `demo: not seeded: ${outcome.reason}; serving the data as it is\n`;
  }
  const width = Math.max(...outcome.accounts.map((account) => account.login.length));
  const lines = outcome.accounts.map((account) => {
    const who =
      account.unit === null
        ? account.displayName
        : `${account.unit} ${account.role === 'reporter' ? '填报员' : '审核人'}`;
    return `  ${account.login.padEnd(width)}  ${account.role.padEnd(10)}  ${who}`;
  });
  return [
    '',
    `Demo: plan ${outcome.year} (${outcome.imported ? 'imported now' : 'already there'}) from the bundled 2024 notice${outcome.year === 2024 ? '' : ', its dates moved to this year'}.`,
    ...historyLines(outcome.history),
    `Open ${url} and sign in with one of these logins; the password of every demo account is ${outcome.password}`,
    ...lines,
    '',
  ].join('\n');
}

function historyLines(history: Extract<DemoOutcome, { status: 'ready' }>['history']): string[] {
  if (!history) return [];
  const share = history.owed === 0 ? 0 : Math.round((history.late / history.owed) * 100);
  return [
    `History up to today: ${history.filed} of ${history.owed} past filings made, ${history.late} late (${share}%); quarters closed: ${history.closed.join(', ') || 'none'}.`,
  ];
}
