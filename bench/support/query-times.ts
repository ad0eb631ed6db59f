// The hot reads' own time in the database (EXPLAIN ANALYZE's execution time, median of many),
// which the machine's other load moves far less than throughput under autocannon: a unit's
// filings in a period (worklist), a task's filings and their revisions (task with history), a
// period's filings (matrix), and a filing's update (save; rolled back).
import pg from 'pg';
import type { BenchDatabase } from './bench-database.ts';

const TIMES = 25;

export async function hotQueryTimes(
  bench: BenchDatabase,
  input: { unitId: number; taskId: number },
): Promise<Map<string, number>> {
  const client = new pg.Client({ connectionString: bench.url });
  await client.connect();
  try {
    const periodOf = async (key: string) =>
      Number(
        (
          await client.query<{ id: number }>('select id from periods where plan_id = $1 and key = $2', [
            bench.planId,
            key,
          ])
        ).rows[0]?.id,
      );
    const [q3, q4] = [await periodOf('2024-Q3'), await periodOf('2024-Q4')];
    const [draft] = (
      await client.query<{ id: number }>(
        'select id from reports where period_id = $1 and unit_id = $2 limit 1',
        [q4, input.unitId],
      )
    ).rows;
    const queries: [string, string, unknown[]][] = [
      [
        'worklist: a unit’s filings',
        'select id, task_id, kind, state, current_rev, late from reports where period_id = $1 and unit_id = $2 order by id',
        [q4, input.unitId],
      ],
      [
        'task with history: its filings',
        'select * from reports where period_id = $1 and task_id = $2 order by id',
        [q3, input.taskId],
      ],
      [
        'task with history: their revisions',
        'select v.* from report_revisions v join reports r on r.id = v.report_id where r.period_id = $1 and r.task_id = $2 order by v.report_id, v.rev',
        [q3, input.taskId],
      ],
      ['matrix: the period’s filings', 'select * from reports where period_id = $1 order by id', [q4]],
      [
        'save: the filing’s update',
        'update reports set current_rev = current_rev + 1, updated_at = now() where id = $1',
        [draft?.id ?? 0],
      ],
    ];
    const medians = new Map<string, number>();
    for (const [name, text, args] of queries) {
      const times: number[] = [];
      for (let i = 0; i < TIMES; i += 1) {
        await client.query('begin');
        const { rows } = await client.query<Record<string, string>>(
          `explain (analyze, format json) ${text}`,
          args,
        );
        await client.query('rollback');
        times.push(executionTime(rows[0]));
      }
      times.sort((a, b) => a - b);
      medians.set(name, times[Math.floor(times.length / 2)] ?? 0);
    }
    return medians;
  } finally {
    await client.end();
  }
}

function executionTime(row: Record<string, unknown> | undefined): number {
  const plan = (row?.['QUERY PLAN'] as { 'Execution Time': number }[] | undefined)?.[0];
  return plan?.['Execution Time'] ?? 0;
}
