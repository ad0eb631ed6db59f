// Reads a backup file line by line (gunzip, split on newlines) and checks it end to end before
// anything is written: the header, the SHA-256 over every line, and the rows against the counts.
import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { DomainError } from '../../core/errors.ts';
import { BACKUP_FORMAT, type BackupHeader } from './backup-format.ts';

export async function* backupLines(file: string): AsyncGenerator<string> {
  const source = createReadStream(file);
  const gunzip = createGunzip();
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  const decoder = new StringDecoder('utf8');
  let pending = '';
  try {
    for await (const chunk of gunzip) {
      pending += decoder.write(chunk as Buffer);
      let newline = pending.indexOf('\n');
      while (newline >= 0) {
        yield pending.slice(0, newline);
        pending = pending.slice(newline + 1);
        newline = pending.indexOf('\n');
      }
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw corrupt(`the file cannot be read as a Duban backup (${reason})`);
  } finally {
    source.destroy();
  }
  pending += decoder.end();
  if (pending.length > 0) yield pending;
}

/** Running checks over the lines in order; `finish` throws unless the file was whole and unaltered. */
export class BackupChecker {
  header: BackupHeader | null = null;
  readonly counted: Record<string, number> = {};
  private readonly hash: Hash = createHash('sha256');
  private lines = 0;
  private table: string | null = null;
  private files = 0;
  private end: { sha256: string; lines: number } | null = null;

  /** Returns the parsed line when it is not a row (rows are left as text; the caller may slice them). */
  take(line: string): void {
    if (this.end) throw corrupt('the file goes on after its last line');
    if (line.startsWith('{"end":')) {
      this.end = parse<{ end: { sha256: string; lines: number } }>(line).end;
      return;
    }
    this.hash.update(`${line}\n`);
    this.lines += 1;
    if (this.header === null) this.header = readHeader(line);
    else if (line.startsWith('{"row":')) this.countRow();
    else if (line.startsWith('{"table":')) this.table = parse<{ table: string }>(line).table;
    else if (line.startsWith('{"file":')) this.files += 1;
    else throw corrupt(`line ${this.lines} is not part of a Duban backup`);
  }

  finish(): BackupHeader {
    if (!this.header || !this.end) throw corrupt('the file is cut short: its last line is missing');
    const sha256 = this.hash.digest('hex');
    if (sha256 !== this.end.sha256 || this.lines !== this.end.lines) {
      throw new DomainError(
        'backup.checksum_mismatch',
        'invalid',
        'the backup file was altered or damaged: its checksum does not match',
        {
          expected: this.end.sha256,
          actual: sha256,
        },
      );
    }
    for (const [table, count] of Object.entries(this.header.tables)) {
      if ((this.counted[table] ?? 0) !== count) {
        throw corrupt(`table ${table} holds ${this.counted[table] ?? 0} rows, the header says ${count}`);
      }
    }
    if (this.files !== this.header.files)
      throw corrupt(`the file holds ${this.files} attachment files, the header says ${this.header.files}`);
    return this.header;
  }

  private countRow(): void {
    if (this.table === null) throw corrupt('a row comes before its table');
    this.counted[this.table] = (this.counted[this.table] ?? 0) + 1;
  }
}

export async function verifyBackup(file: string): Promise<BackupHeader> {
  const checker = new BackupChecker();
  for await (const line of backupLines(file)) checker.take(line);
  return checker.finish();
}

export async function readBackupHeader(file: string): Promise<BackupHeader> {
  for await (const line of backupLines(file)) return readHeader(line);
  throw corrupt('the file is empty');
}

function readHeader(line: string): BackupHeader {
  const header = parse<Partial<BackupHeader>>(line);
  if (header.duban !== 'backup' || typeof header.format !== 'number' || !header.tables || !header.schema) {
    throw corrupt('the file does not start with a Duban backup header');
  }
  if (header.format > BACKUP_FORMAT) {
    throw new DomainError(
      'backup.newer_format',
      'conflict',
      `the backup is in format ${header.format}; this Duban reads format ${BACKUP_FORMAT} or older`,
    );
  }
  return header as BackupHeader;
}

function parse<T>(line: string): T {
  try {
    return JSON.parse(line) as T;
  } catch {
    throw corrupt('a line of the file is not valid JSON');
  }
}

function corrupt(message: string): DomainError {
  return new DomainError('backup.corrupt', 'invalid', message);
}
