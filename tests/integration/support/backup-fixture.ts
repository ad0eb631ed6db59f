// The demo database with a year of filings and an evidence file of every byte value: what a backup
// must carry; and every table's rows as text, to compare two databases row by row.
import { createHash } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareDemo } from '../../../src/cli/demo.ts';
import type { Database } from '../../../src/db/client.ts';
import { readTableShapes, selectRowsSql } from '../../../src/db/backup/backup-tables.ts';
import { inTransaction } from '../../../src/db/backup/sql-session.ts';
import { attachments } from '../../../src/db/schema/index.ts';
import { planYear, writeFilings } from '../../support/simulated-year.ts';
import { testClock, testHasher } from './deterministic.ts';
import type { TestDatabase } from './test-database.ts';

/** 0..255 three times over, then a NUL run: bytes no text encoding would carry unchanged. */
export const EVIDENCE = new Uint8Array([...Array.from({ length: 768 }, (_, i) => i % 256), 0, 0, 0]);

export async function seedDemoYear(testDb: TestDatabase): Promise<void> {
  const outcome = await prepareDemo({ store: testDb.store, clock: testClock(), hasher: testHasher });
  if (outcome.status !== 'ready') throw new Error('the demo did not start');
  const plan = await testDb.store.repos.plans.findByYear(2024);
  if (!plan) throw new Error('no demo plan');
  const scenario = await planYear({ store: testDb.store, planId: plan.id, year: 2024 });
  await writeFilings(testDb.database.db, scenario);
  const [unit] = await testDb.database.db.query.units.findMany({ limit: 1 });
  await testDb.database.db.insert(attachments).values({
    unitId: unit!.id,
    fileName: '佐证.bin',
    mediaType: 'application/octet-stream',
    sizeBytes: EVIDENCE.length,
    sha256: createHash('sha256').update(EVIDENCE).digest('hex'),
    content: EVIDENCE,
    uploadedAt: new Date('2024-04-10T01:00:00.000Z'),
  });
}

/** Every table's rows as JSON text, sorted, keyed by table: equal maps mean equal databases. */
export async function everyRow(database: Database): Promise<Map<string, string[]>> {
  return inTransaction(database, 'snapshot', async (session) => {
    const tables = new Map<string, string[]>();
    for (const shape of await readTableShapes(session)) {
      const rows = await session.query<{ j: string }>(selectRowsSql(shape));
      tables.set(shape.name, rows.map((row) => row.j).sort());
    }
    return tables;
  });
}

export const tempFolder = (prefix: string) => mkdtemp(join(tmpdir(), `duban-${prefix}-`));
