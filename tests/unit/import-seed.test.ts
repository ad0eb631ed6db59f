import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { ImportResult, Task } from '../../src/core/plan/plan.types.ts';
import { importNotice } from '../../src/importer/import-notice.ts';
import { seedBytes, seedUnitParagraphs } from '../support/seed.ts';

let result: ImportResult;
const task = (seq: number): Task => {
  const found = result.tasks.find((t) => t.seq === seq);
  assert.ok(found, `task ${seq} exists`);
  return found;
};

before(async () => {
  result = await importNotice({ bytes: seedBytes(), fileName: 'wuhu-2024-notice.txt' });
});

describe('importing the real 2024 Wuhu notice', () => {
  it('finds exactly 220 tasks numbered 1..220 in order, all complete', () => {
    assert.deepEqual(
      result.tasks.map((t) => t.seq),
      Array.from({ length: 220 }, (_, i) => i + 1),
    );
    assert.ok(result.tasks.every((t) => t.complete));
    assert.equal(result.issues.filter((i) => i.severity === 'error').length, 0);
  });

  it('reads the plan facts from the notice body', () => {
    assert.deepEqual(result.plan, {
      title: '芜湖市人民政府关于分解下达2024年度重点工作任务的通知',
      issuer: '芜湖市人民政府',
      level: 'city',
      year: 2024,
      publishedAt: '2024-04-09',
      deadline: '2024-12-31',
      cadence: 'quarterly',
      hotline: '3902532',
      announcedTaskCount: 220,
    });
  });

  it('reports the signing date whose 年月日 were lost instead of guessing it', () => {
    const garbled = result.issues.find((i) => i.code === 'plan.garbled_date');
    assert.ok(garbled?.message.includes('202446'));
  });

  it('has three parts: 一 with tasks 1–10 and no sections, 二 with 10 sections and 37 subsections, 三 with 4 sections', () => {
    const [one, two, three] = result.structure;
    assert.equal(result.structure.length, 3);
    assert.deepEqual([one?.number, one?.title, one?.children.length], ['一', '主要预期目标', 0]);
    assert.deepEqual([two?.number, two?.children.length], ['二', 10]);
    assert.equal(two?.children.flatMap((s) => s.children).length, 37);
    assert.deepEqual([three?.number, three?.title, three?.children.length], ['三', '加强政府自身建设', 4]);
    assert.ok(three?.children.every((s) => s.children.length === 0));
    const seqsIn = (part: string) => result.tasks.filter((t) => t.path[0] === part).map((t) => t.seq);
    assert.deepEqual([seqsIn('一').at(0), seqsIn('一').at(-1), seqsIn('一').length], [1, 10, 10]);
    assert.deepEqual([seqsIn('二').at(0), seqsIn('二').at(-1), seqsIn('二').length], [11, 207, 197]);
    assert.deepEqual([seqsIn('三').at(0), seqsIn('三').at(-1), seqsIn('三').length], [208, 220, 13]);
  });

  it('numbers subsections afresh in every section while task numbers run on', () => {
    const second = result.structure[1]?.children[1];
    assert.equal(second?.title, '提升核心竞争力,擦亮芜湖制造品牌。');
    assert.deepEqual(second?.children[0]?.path, ['二', '二', '1']);
    assert.deepEqual(task(11).path, ['二', '一', '1']);
    assert.equal(result.structure[1]?.children[0]?.children[0]?.title, '提高政策工具质效。');
    assert.deepEqual(task(1).path, ['一']);
    assert.deepEqual(task(208).path, ['三', '一']);
    assert.deepEqual(task(220).path, ['三', '四']);
  });

  it('keeps task texts as given, lost characters included', () => {
    assert.equal(task(1).text, '地区生产总值增长7.5%左右。');
    assert.equal(task(78).text, '加强出口品牌建设,培育认定安徽出口品牌”5个以上,扩大二手车出口试点企业范围。');
  });

  it('rejoins units wrapped over two paragraphs and lists both groups of 各县市区政府、开发区管委会', () => {
    assert.ok([...task(14).leadUnits, ...task(14).responsibleUnits].includes('国家金融监管总局芜湖分局'));
    assert.deepEqual(task(1).responsibleUnits.slice(-2), ['各县市区政府', '开发区管委会']);
    const all = result.tasks.flatMap((t) => [...t.leadUnits, ...t.responsibleUnits]);
    assert.ok(!all.some((u) => u === '国家金融监管' || u === '总局芜湖分局' || u.startsWith('(')));
  });

  it('resolves every unit of the seed against the shipped directory', () => {
    assert.deepEqual(
      result.units.filter((u) => u.kind === 'unknown'),
      [],
    );
    const groups = new Map(result.units.filter((u) => u.kind === 'group').map((u) => [u.name, u.members]));
    assert.equal(groups.get('各县市区政府')?.length, 7);
    assert.equal(groups.get('开发区管委会')?.length, 5);
  });

  it('is certain where the layout proves the split: one unit, a trailing empty cell, a unit named twice in a row', () => {
    assert.deepEqual(
      [task(12).leadUnits, task(12).responsibleUnits, task(12).assignment],
      [['市财政局'], [], 'certain'],
    );
    assert.equal(task(11).leadUnits.length, 6);
    assert.equal(task(11).assignment, 'certain');
    assert.deepEqual(task(5).leadUnits, ['市科技局']);
    assert.deepEqual(task(5).responsibleUnits, ['市科技局', '各县市区政府', '开发区管委会']);
    assert.equal(task(5).assignment, 'certain');
  });

  it('claims no inferred row as certain: every certain split is proven by the paragraphs themselves', () => {
    const paragraphs = seedUnitParagraphs();
    for (const t of result.tasks.filter((x) => x.assignment === 'certain')) {
      const raw = paragraphs.get(t.seq) ?? [];
      const filled = raw.filter((p) => p !== '\u00a0');
      const blanks = raw.map((p, i) => (p === '\u00a0' ? i : -1)).filter((i) => i >= 0);
      const trailingOnly = blanks.length > 0 && blanks.every((i) => i >= raw.length - blanks.length);
      const oneCell =
        filled.length === 1 || filled.every((p, i) => i === filled.length - 1 || p.endsWith('、'));
      const twiceInARow = filled.some((p, i) => i > 0 && p === filled[i - 1]);
      assert.ok(
        trailingOnly || oneCell || twiceInARow || isWrapOnly(filled),
        `task ${t.seq}: ${raw.join(' / ')}`,
      );
    }
  });

  it('gives every inferred row a possible split: lead units first, in document order, and lists it to confirm', () => {
    const inferred = result.tasks.filter((t) => t.assignment === 'inferred');
    assert.ok(inferred.length > 0);
    const listed = new Set(
      result.issues.filter((i) => i.code === 'task.inferred_assignment').map((i) => i.taskSeq),
    );
    for (const t of inferred) {
      assert.ok(t.leadUnits.length >= 1, `task ${t.seq} has a lead`);
      assert.ok(listed.has(t.seq), `task ${t.seq} is listed for confirmation`);
    }
  });
});

/** Paragraphs that are one unit wrapped over two lines (国家金融监管 + 总局芜湖分局). */
function isWrapOnly(filled: string[]): boolean {
  return filled.length === 2 && !/(局|委|办|府|会|行|司|中心|分局|集团)$/.test(filled[0] ?? '');
}
