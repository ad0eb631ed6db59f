// The `duban` command: dispatches to one module per subcommand, loaded on demand.
import { isDomainError } from '../core/errors.ts';
export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stdout is a terminal (progress bars only then). */
  isTty: boolean;
}

export type CommandRun = (args: string[], io: CommandIo) => Promise<number>;

/** Each subcommand's module, loaded only when it runs. */
const commands = {
  import: () => import('./commands/import.command.ts'),
  serve: () => import('./commands/serve.command.ts'),
  demo: () => import('./commands/demo.command.ts'),
  migrate: () => import('./commands/migrate.command.ts'),
  backup: () => import('./commands/backup.command.ts'),
  restore: () => import('./commands/restore.command.ts'),
  users: () => import('./commands/users.command.ts'),
  export: () => import('./commands/export.command.ts'),
} satisfies Record<string, () => Promise<{ run: CommandRun }>>;
type CommandName = keyof typeof commands;

/** One line of usage per subcommand, in the order `duban --help` prints them. */
const summaries: Record<CommandName, string> = {
  import:
    'import FILE... [--json] [--out PATH] | import FILE --commit [--year Y] [--accept-inferred]   read notices; --commit writes the plan',
  serve:
    'serve [--port N] [--host H] [--data DIR] [--demo] [--backup-dir DIR --backup-every 24h --backup-keep N]   run the server (env PORT, DUBAN_DATA_DIR, DATABASE_URL)',
  demo: 'demo [--data DIR] [--backup-dir DIR]   migrate and seed the demo into an empty database (what serve --demo does first); prints the outcome as JSON',
  migrate:
    'migrate [--data DIR] [--backup-dir DIR]   apply database migrations (backing up a database with data first)',
  backup:
    'backup [--data DIR | --database-url URL] --out FILE|DIR   write one backup file of the whole database',
  restore:
    'restore FILE [--data DIR | --database-url URL] [--force]   restore a backup into an empty database',
  users: 'users bootstrap --plan YEAR [--out FILE.csv] | users create --login L --role R [--unit ID]',
  export:
    'export plan|summary|template|publication|bulletin [--year Y] [--period 2024-Q2] [--unit NAME|ID] [--format xlsx|docx|html|pdf] [--out FILE]   write an office document',
};

function usage(): string {
  const lines = Object.values(summaries).map((summary) => `  duban ${summary}`);
  return ['Usage:', ...lines, ''].join('\n');
}

export async function main(argv: string[], io: CommandIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name === undefined ? 2 : 0;
  }
  // Own names only: `duban toString` is an unknown command, not Object.prototype's.
  const load = Object.hasOwn(commands, name) ? commands[name as CommandName] : undefined;
  if (!load) {
    io.stderr(`duban: unknown command '${name}'\n${usage()}`);
    return 2;
  }
  const command = name as CommandName;
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`Usage:\n  duban ${summaries[command]}\n`);
    return 0;
  }
  const { run } = await load();
  try {
    return await run(rest, io);
  } catch (error) {
    // Options the command does not know, or a value where none belongs: told with its usage.
    if (isArgumentError(error)) {
      io.stderr(`duban ${name}: ${error.message}\nUsage:\n  duban ${summaries[command]}\n`);
      return 2;
    }
    // A folder or file the system refuses (missing, not allowed, full): told in one line.
    if (isSystemError(error)) {
      io.stderr(`duban ${name}: ${error.message}\n`);
      return 1;
    }
    // A refusal with a stable code (a locked data folder, a rule of the job) is told, not thrown.
    if (!isDomainError(error)) throw error;
    io.stderr(`duban ${name}: ${error.message} (${error.code})\n`);
    return 1;
  }
}

/** An error of a system call (open, mkdir, write…) on a path: ENOENT, EACCES, ENOSPC and the like. */
function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  const { syscall, path } = (error ?? {}) as NodeJS.ErrnoException;
  return error instanceof Error && typeof syscall === 'string' && typeof path === 'string';
}

/** node:util parseArgs's refusals of the command line (unknown option, missing or stray value). */
function isArgumentError(error: unknown): error is Error {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

function processIo(): CommandIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTty: Boolean(process.stdout.isTTY),
  };
}
