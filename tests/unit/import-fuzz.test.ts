import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { ImportResult } from '../../src/core/plan/plan.types.ts';
import { importNotice } from '../../src/importer/import-notice.ts';
import { seedBytes } from '../support/seed.ts';

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

  it('on the shapes that used to hang the HTML reader: each gives up or reads within seconds, never throws', async () => {
    const shapes: Record<string, string> = {
      'tables nested 1,500 deep': `${'<table><tr><td>'.repeat(1500)}一、x${'</td></tr></table>'.repeat(1500)}`,
      '50,000 unclosed divs': `<html><body>${'<div>一、任务'.repeat(50_000)}</body></html>`,
      'spans nested 100,000 deep': `<p>${'<span>'.repeat(100_000)}一、x${'</span>'.repeat(100_000)}</p>`,
    };
    for (const [name, html] of Object.entries(shapes)) {
      const started = performance.now();
      const result = await importNotice({ bytes: new TextEncoder().encode(html), fileName: 'notice.html' });
      assertWellFormed(result);
      const issue = result.issues.find((i) => i.code === 'input.too_complex');
      assert.equal(issue?.severity, 'error', name);
      assert.match(issue?.message ?? '', /已放弃读取/);
      // Loose on purpose (a shared machine): these took from 28 s to forever before.
      assert.ok(performance.now() - started < 10_000, `${name} took too long`);
    }
  });

  it('on one huge line of text (a megabyte without a tag or a break)', async () => {
    const html = `<p>${'推进重点项目建设'.repeat(130_000)}</p>`;
    assertWellFormed(await importNotice({ bytes: new TextEncoder().encode(html), fileName: 'notice.html' }));
  });
});
