// What a batch is called on its buttons, and running one in chunks the server takes.
import { MAX_BATCH_ROWS } from '../../../../src/core/report/batch-limits.ts';
import { runBatch, type BatchAct, type BatchAnswer, type BatchRow } from '../../api/report-batches.ts';

export const BATCH_ACT_LABELS: Record<BatchAct, string> = {
  submit: '提交审核',
  'sign-off': '签发报送',
  accept: '采纳',
  return: '退回',
};

/** A ticked row: what is sent, and the words that name it to the user. */
export interface BatchItem extends BatchRow {
  title: string;
}

/** Runs the rows in chunks of the server's limit and adds the answers up. */
export async function runInChunks(
  act: BatchAct,
  rows: readonly BatchRow[],
  options: { dryRun: boolean; reasons?: string },
): Promise<BatchAnswer> {
  const total: BatchAnswer = { dryRun: options.dryRun, done: 0, refused: 0, results: [] };
  for (let start = 0; start < rows.length; start += MAX_BATCH_ROWS) {
    const answer = await runBatch(act, rows.slice(start, start + MAX_BATCH_ROWS), options);
    total.done += answer.done;
    total.refused += answer.refused;
    total.results.push(...answer.results);
  }
  return total;
}
