// duban import FILE... [--json] [--out PATH]
// duban import FILE --commit [--year Y] [--accept-inferred] [--data DIR]
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ImportResult } from '../../core/plan/plan.types.ts';
import { importNotice } from '../../importer/import-notice.ts';
import { toPlanDocument } from '../../importer/plan-document.ts';
import { formatPlanSummary } from '../format/plan-summary.ts';
import { progressBar } from '../format/progress.ts';
import type { CommandIo } from '../main.ts';
import { commitImport } from './import-commit.ts';

interface Options {
  files: string[];
  json: boolean;
  out: string | null;
  /** Write the plan to the database (one file). */
  commit: boolean;
  year: number | null;
  acceptInferred: boolean;
  data: string | null;
}

function parseOptions(args: string[]): Options | string {
  const options: Options = {
    files: [],
    json: false,
    out: null,
    commit: false,
    year: null,
    acceptInferred: false,
    data: null,
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--json') options.json = true;
    else if (arg === '--commit') options.commit = true;
    else if (arg === '--accept-inferred') options.acceptInferred = true;
    else if (arg === '--year') {
      options.year = Number(args[++i]);
      if (!Number.isInteger(options.year)) return '--year needs a year';
    } else if (arg === '--data') {
      const value = args[++i];
      if (!value) return '--data needs a folder';
      options.data = value;
    } else if (arg === '--out') {
      const value = args[++i];
      if (!value) return '--out needs a path';
      options.out = value;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else options.files.push(arg);
  }
  if (options.commit && options.files.length !== 1) return '--commit takes exactly one notice file';
  return options.files.length ? options : 'name at least one notice file';
}

export async function run(args: string[], io: CommandIo): Promise<number> {
  const options = parseOptions(args);
  if (typeof options === 'string') {
    io.stderr(
      `duban import: ${options}\nUsage: duban import FILE... [--json] [--out PATH]\n       duban import FILE --commit [--year Y] [--accept-inferred] [--data DIR]\n`,
    );
    return 2;
  }
  const [file] = options.files;
  if (options.commit && file) return commitImport({ ...options, file }, io);
  const results: { file: string; result: ImportResult }[] = [];
  const bar = options.files.length > 1 ? progressBar(options.files.length, io) : null;
  for (const file of options.files) {
    results.push({ file, result: await importFile(file) });
    bar?.tick(basename(file));
  }
  bar?.done();
  await emit(results, options, io);
  return results.some(({ result }) => result.tasks.length > 0) ? 0 : 1;
}

async function importFile(file: string): Promise<ImportResult> {
  try {
    const bytes = await readFile(file);
    return await importNotice({ bytes, fileName: basename(file) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const result = await importNotice({ bytes: new Uint8Array(), fileName: basename(file) });
    return {
      ...result,
      issues: [{ severity: 'error', code: 'input.unreadable', message, line: null, taskSeq: null }],
    };
  }
}

async function emit(
  results: { file: string; result: ImportResult }[],
  options: Options,
  io: CommandIo,
): Promise<void> {
  const single = results.length === 1 && results[0];
  const document = single
    ? toPlanDocument(single.result)
    : results.map(({ file, result }) => ({ file, ...toPlanDocument(result) }));
  const json = `${JSON.stringify(document, null, 2)}\n`;
  if (options.out) await writeFile(options.out, json);
  if (options.json) {
    io.stdout(json);
    return;
  }
  for (const { file, result } of results) {
    if (results.length > 1) io.stdout(`== ${file}\n`);
    io.stdout(formatPlanSummary(result));
  }
  if (options.out) io.stdout(`已写入 ${options.out}\n`);
}
