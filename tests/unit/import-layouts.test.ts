import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { ImportResult, Task } from '../../src/core/plan/plan.types.ts';
import { importNotice } from '../../src/importer/import-notice.ts';
import { ENTRIES, TASKS } from '../fixtures/layouts/excerpt.ts';

const fixture = (name: string): Uint8Array =>
  readFileSync(fileURLToPath(new URL(`../fixtures/layouts/${name}`, import.meta.url)));

const importFixture = (name: string): Promise<ImportResult> =>
  importNotice({ bytes: fixture(name), fileName: name });

const expectedPaths = (): Map<number, string[]> => {
  const paths = new Map<number, string[]>();
  let part = '';
  let section: string | null = null;
  let subsection: string | null = null;
  for (const entry of ENTRIES) {
    if (entry.kind === 'part') [part, section, subsection] = [entry.text.slice(0, 1), null, null];
    else if (entry.kind === 'section')
      [section, subsection] = [/[(（](.+?)[)）]/.exec(entry.text)?.[1] ?? '', null];
    else if (entry.kind === 'subsection') subsection = entry.number;
    else
      paths.set(
        entry.seq,
        [part, section, subsection].filter((p): p is string => p !== null),
      );
  }
  return paths;
};

function assertStructure(result: ImportResult): void {
  const paths = expectedPaths();
  assert.deepEqual(
    result.tasks.map((t) => t.seq),
    TASKS.map((t) => t.seq),
  );
  for (const task of result.tasks) {
    const expected = TASKS.find((t) => t.seq === task.seq);
    assert.equal(task.text, expected?.text, `text of ${task.seq}`);
    assert.deepEqual(task.path, paths.get(task.seq), `path of ${task.seq}`);
  }
  assert.equal(result.plan.hotline, '3902532');
  assert.equal(result.plan.deadline, '2024-12-31');
  assert.equal(result.plan.cadence, 'quarterly');
  assert.deepEqual(
    result.units.filter((u) => u.kind === 'unknown'),
    [],
  );
}

/** Real cells: every split is certain and exactly as the table says. */
function assertCertainSplits(tasks: Task[]): void {
  for (const task of tasks) {
    const expected = TASKS.find((t) => t.seq === task.seq);
    assert.deepEqual(
      [task.leadUnits, task.responsibleUnits],
      [expected?.lead, expected?.co],
      `units of ${task.seq}`,
    );
    assert.equal(task.assignment, 'certain', `task ${task.seq} is certain`);
  }
}

describe('layouts that carry real cells import with certain lead/co splits', () => {
  for (const name of [
    'small.html',
    'small.docx',
    'small.xlsx',
    'reordered.html',
    'leader-column.html',
    'pipe-table.txt',
    'labelled.txt',
    'inline.txt',
    'spaces.txt',
  ]) {
    it(`${name}: structure, texts and lead/co units as the table gives them`, async () => {
      const result = await importFixture(name);
      assertStructure(result);
      assertCertainSplits(result.tasks);
    });
  }

  it('leader-column.html: the leader is a person kept as text, never a unit', async () => {
    const result = await importFixture('leader-column.html');
    assert.ok(result.tasks.every((t) => typeof t.leaderName === 'string' && t.leaderName.length > 0));
    const units = new Set(result.units.map((u) => u.name));
    assert.ok(result.tasks.every((t) => !units.has(t.leaderName ?? '')));
  });

  it('small.xlsx: a full-width task number reads as its digits and the hidden row is skipped and reported', async () => {
    const result = await importFixture('small.xlsx');
    assert.ok(result.issues.some((i) => i.code === 'xlsx.hidden_row'));
    assert.equal(result.source.format, 'xlsx');
  });
});

describe('flattened text: one cell per paragraph, the cell boundary lost', () => {
  for (const [name, encoding] of [
    ['small.utf8.txt', 'utf-8'],
    ['small.utf8-bom.txt', 'utf-8-bom'],
    ['small.gb18030.txt', 'gb18030'],
  ] as const) {
    it(`${name}: decodes as ${encoding} and splits only what an empty-cell mark proves`, async () => {
      const result = await importFixture(name);
      assert.equal(result.source.encoding, encoding);
      assertStructure(result);
      for (const task of result.tasks) {
        const expected = TASKS.find((t) => t.seq === task.seq);
        assert.deepEqual(
          [...task.leadUnits, ...task.responsibleUnits],
          [...(expected?.lead ?? []), ...(expected?.co ?? [])],
        );
        assert.ok(task.leadUnits.length >= 1);
        // An empty 责任单位 cell written as U+00A0 proves the split; two units with no mark do not,
        // because the notice also leaves empty cells unmarked (the seed's subsection rows).
        assert.equal(
          task.assignment,
          expected?.proof === 'nbsp' ? 'certain' : 'inferred',
          `task ${task.seq}`,
        );
      }
    });
  }
});

describe('bad input gives a clear issue and never a throw', () => {
  const cases: [string, string][] = [
    ['empty.txt', 'input.empty'],
    ['binary.bin', 'input.binary'],
    ['not-a-notice.txt', 'plan.no_tasks'],
  ];
  for (const [name, code] of cases) {
    it(`${name} yields no tasks and the error ${code}`, async () => {
      const result = await importFixture(name);
      assert.equal(result.tasks.length, 0);
      assert.ok(
        result.issues.some((i) => i.code === code && i.severity === 'error'),
        JSON.stringify(result.issues),
      );
    });
  }

  it('truncated.txt: the last task is flagged incomplete and the cut unit name is not invented into a unit', async () => {
    const result = await importFixture('truncated.txt');
    const last = result.tasks.at(-1);
    assert.equal(last?.complete, false);
    assert.ok(result.issues.some((i) => i.code === 'task.truncated' && i.taskSeq === last?.seq));
    assert.deepEqual(
      result.units.filter((u) => u.kind === 'unknown'),
      [],
    );
    assert.ok(result.tasks.slice(0, -1).every((t) => t.complete));
  });

  it('out-of-order.txt: a number out of order is reported with its line', async () => {
    const result = await importFixture('out-of-order.txt');
    const issue = result.issues.find((i) => i.code === 'task.out_of_order');
    assert.equal(issue?.taskSeq, 3);
    assert.ok(typeof issue?.line === 'number' && issue.line > 0);
  });

  it('duplicate.txt: a number used twice is an error naming it, and both rows are kept', async () => {
    const result = await importFixture('duplicate.txt');
    const issue = result.issues.find((i) => i.code === 'task.duplicate_number');
    assert.equal(issue?.severity, 'error');
    const seq = issue?.taskSeq ?? -1;
    assert.equal(result.tasks.filter((t) => t.seq === seq).length, 2);
  });

  it('an unknown unit is kept as written, added to the directory as unknown and reported', async () => {
    const text =
      '序号\n目标与任务\n牵头责任单位\n责任单位\n一、主要预期目标\n1\n地区生产总值增长7.5%左右。\n市未来局\n\u00a0\n';
    const result = await importNotice({ bytes: new TextEncoder().encode(text) });
    assert.deepEqual(result.tasks[0]?.leadUnits, ['市未来局']);
    assert.deepEqual(result.units.find((u) => u.name === '市未来局')?.kind, 'unknown');
    assert.ok(result.issues.some((i) => i.code === 'unit.unknown' && i.taskSeq === 1));
  });
});
