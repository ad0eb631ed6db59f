import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { ImportResult } from '../../src/core/plan/plan.types.ts';
import { importNotice } from '../../src/importer/import-notice.ts';
import { seedBytes } from '../support/seed.ts';
import { hangingShapes } from '../support/hanging-shapes.ts';
import { assemble } from '../../src/importer/import-notice.ts';
import { readSource } from '../../src/importer/readers/read-source.ts';
import { IMPORT_LIMITS, WorkBudget } from '../../src/importer/work-budget.ts';

const seed = seedBytes();

function assertWellFormed(result: ImportResult): void {
  assert.ok(Array.isArray(result.tasks) && Array.isArray(result.issues) && Array.isArray(result.structure));
  for (const t of result.tasks) {
    assert.equal(typeof t.seq, 'number');
    assert.ok(t.assignment === 'certain' || t.assignment === 'inferred');
    for (const ind of t.indicators) assert.ok(Number.isFinite(ind.value));
  }
  if (result.tasks.length === 0) assert.ok(result.issues.some((i) => i.severity === 'error'));
}

/** A window of the seed with bytes flipped, deleted or inserted: text that is almost a notice. */
const mutatedSeed = fc
  .record({
    start: fc.nat(seed.length - 1),
    length: fc.integer({ min: 0, max: 6000 }),
    edits: fc.array(
      fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom('flip', 'drop', 'add')),
      {
        maxLength: 20,
      },
    ),
  })
  .map(({ start, length, edits }) => {
    const bytes = Array.from(seed.subarray(start, start + length));
    for (const [at, value, kind] of edits) {
      const i = bytes.length ? at % bytes.length : 0;
      if (kind === 'flip') bytes[i] = value;
      else if (kind === 'drop') bytes.splice(i, 1);
      else bytes.splice(i, 0, value);
    }
    return Uint8Array.from(bytes);
  });

const zipLike = fc
  .uint8Array({ maxLength: 400 })
  .map((tail) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...tail]));
const htmlLike = fc
  .array(
    fc.constantFrom(
      '<table>',
      '<tr>',
      '<td colspan="4">',
      '</td>',
      '<td>',
      '1',
      '一、',
      '(一)',
      '市发改委',
      '<br>',
      '&nbsp;',
    ),
  )
  .map((parts) => new TextEncoder().encode(parts.join('')));

describe('the importer never throws', () => {
  it('on thousands of random byte strings, mutated seeds, zip-like and html-like inputs', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.uint8Array({ maxLength: 2000 }), mutatedSeed, zipLike, htmlLike),
        async (bytes) => {
          assertWellFormed(await importNotice({ bytes }));
        },
      ),
      { numRuns: 3000, seed: 20240409 },
    );
  });

  it('on random unicode text claiming every media type', async () => {
    const types = [
      'text/plain',
      'text/html',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', maxLength: 500 }),
        fc.constantFrom(...types),
        async (text, mediaType) => {
          assertWellFormed(
            await importNotice({ bytes: new TextEncoder().encode(text), mediaType, fileName: 'x.docx' }),
          );
        },
      ),
      { numRuns: 1000, seed: 7 },
    );
  });

  it('on the shapes that used to hang the HTML reader: each is given up at once with an issue saying so', async () => {
    const shapes: Record<string, string> = {
      'tables nested 1,500 deep': `${'<table><tr><td>'.repeat(1500)}一、x${'</td></tr></table>'.repeat(1500)}`,
      '50,000 unclosed divs': `<html><body>${'<div>一、任务'.repeat(50_000)}</body></html>`,
      'spans nested 100,000 deep': `<p>${'<span>'.repeat(100_000)}一、x${'</span>'.repeat(100_000)}</p>`,
    };
    for (const [name, html] of Object.entries(shapes)) {
      const result = await importNotice({ bytes: new TextEncoder().encode(html), fileName: 'notice.html' });
      assertWellFormed(result);
      const issue = result.issues.find((i) => i.code === 'input.too_complex');
      assert.equal(issue?.severity, 'error', name);
      assert.match(issue?.message ?? '', /已放弃读取/);
    }
  });

  it('on one huge line of text (a megabyte without a tag or a break)', async () => {
    const html = `<p>${'推进重点项目建设'.repeat(130_000)}</p>`;
    assertWellFormed(await importNotice({ bytes: new TextEncoder().encode(html), fileName: 'notice.html' }));
  });
});

/** A clock that never moves: only the sizes and the work bound can stop the importer, the same on any machine. */
const stoppedClock = (): number => 0;
const GIVEN_UP = new Set(['input.cut', 'input.too_complex']);

describe('the importer gives up on any single input within its work budget', () => {
  for (const shape of hangingShapes) {
    it(`${shape.name}: cut or given up with an error saying so, the work counter within its bound`, async () => {
      const bytes = await shape.bytes();
      const result = await importNotice({ bytes, fileName: shape.fileName, clock: stoppedClock });
      assertWellFormed(result);
      const issue = result.issues.find((i) => GIVEN_UP.has(i.code));
      assert.equal(issue?.severity, 'error', `${shape.name}: ${result.issues[0]?.message ?? 'no issue'}`);
      assert.match(issue?.message ?? '', /截断|放弃读取/);
      const budget = new WorkBudget(IMPORT_LIMITS, stoppedClock);
      const read = await readSource({ bytes, fileName: shape.fileName }, budget);
      if (read.source) assemble(read.source, { bytes }, budget);
      assert.ok(budget.spent <= IMPORT_LIMITS.work, `${shape.name} spent ${budget.spent}`);
    });
  }

  it('a row that grows line after line spends its length each time: the work bound stops it', async () => {
    // 9,000 lines appended to one task: each line searched the whole task again (quadratic).
    const lines = [
      '1.推进重点项目建设',
      ...Array.from({ length: 9000 }, () => '继续推进重点项目建设并加强监督检查工作'),
    ];
    const bytes = new TextEncoder().encode(lines.join('\n'));
    const result = await importNotice({ bytes, clock: stoppedClock });
    const cut = result.issues.find((i) => i.code === 'input.cut');
    assert.match(cut?.message ?? '', /工作量超过上限,已在第\d+行处截断/);
    assert.equal(result.tasks[0]?.complete, false);
  });

  it("stops at the deadline on the caller's clock, and keeps the tasks read before it", async () => {
    let now = 0;
    const clock = (): number => now++; // a millisecond per look at the clock
    const lines = Array.from({ length: 400 }, (_, i) => `${i + 1}.推进第${i + 1}项工作(市发改委牵头)`);
    const bytes = new TextEncoder().encode(lines.join('\n'));
    const limits = { ...IMPORT_LIMITS, milliseconds: 100, workBeforeClock: 0 };
    const result = await importNotice({ bytes, clock, limits });
    const cut = result.issues.find((i) => i.code === 'input.cut');
    assert.match(cut?.message ?? '', /读取超过0.1秒,已在第(\d+)行处截断/);
    assert.ok(result.tasks.length > 0 && result.tasks.length < 100, `${result.tasks.length} tasks`);
    assert.ok(result.tasks.every((t) => t.line < (cut?.line ?? 0)));
  });

  it('on a machine so busy that every look at the clock costs 100 ms, the seed is still read whole', async () => {
    let now = 0;
    const clock = (): number => (now += 100);
    const result = await importNotice({ bytes: seed, clock });
    assert.equal(result.tasks.length, 220);
    assert.equal(
      result.issues.find((i) => i.code === 'input.cut'),
      undefined,
    );
  });

  it('the seed is read whole within the same budget, spending under a fortieth of the work bound', async () => {
    const budget = new WorkBudget(IMPORT_LIMITS, stoppedClock);
    const read = await readSource({ bytes: seed }, budget);
    assert.ok(read.source);
    const result = assemble(read.source, { bytes: seed }, budget);
    assert.equal(result.tasks.length, 220);
    assert.equal(budget.cut, null);
    assert.ok(budget.spent * 40 < IMPORT_LIMITS.work, `the seed spent ${budget.spent}`);
  });
});
