// Plans through the real import path: the seed notice (220 tasks) or a small labelled notice.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importNotice } from '../../../src/importer/import-notice.ts';
import { commitPlanImport, previewPlanImport } from '../../../src/services/plans/plan-import.usecases.ts';
import type { Clock } from '../../../src/services/support/clock.ts';
import type { Store } from '../../../src/services/store.ts';
import { testClock } from './deterministic.ts';
import { OPERATOR } from './http.ts';

export const SEED_FILE = fileURLToPath(new URL('../../../samples/wuhu-2024-notice.txt', import.meta.url));
export const seedNotice = (): Uint8Array => readFileSync(SEED_FILE);

/** A labelled notice: every split certain; units as given (unknown ones kept as written). */
export function smallNotice(
  year: number,
  tasks: { seq: number; text: string; lead: string[]; responsible?: string[] }[],
) {
  const lines = [`芜湖市人民政府关于分解下达${year}年度重点工作任务的通知`, '', '一、主要预期目标'];
  for (const task of tasks) {
    lines.push(`${task.seq}. ${task.text}`, `牵头单位:${task.lead.join('、')}`);
    if (task.responsible?.length) lines.push(`责任单位:${task.responsible.join('、')}`);
  }
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

/** Previews and commits a notice as the system operator, accepting the inferred splits. */
export async function importPlan(
  store: Store,
  options: { bytes?: Uint8Array; year?: number; clock?: Clock; fileName?: string } = {},
) {
  const clock = options.clock ?? testClock();
  const deps = { actor: OPERATOR, store, clock };
  const { preview } = await previewPlanImport({
    ...deps,
    bytes: options.bytes ?? seedNotice(),
    fileName: options.fileName ?? 'wuhu-2024-notice.txt',
    readNotice: importNotice,
  });
  return commitPlanImport({
    ...deps,
    previewId: preview.id,
    acceptInferred: true,
    ...(options.year === undefined ? {} : { year: options.year }),
  });
}
