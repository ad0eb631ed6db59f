// The same real notice as other copies of it arrive: another system's line endings, paragraphs indented
// with ideographic or no-break spaces, a blank line between paragraphs, spaces left at line ends, its
// brackets and colons in the other width. Each copy must read exactly as well against the hand-written
// expectation as the stored copy does: the importer reads the words, not the typing.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { importNotice } from '../../src/importer/import-notice.ts';
import type { NoticeFixture } from '../support/notice-corpus.ts';
import { loadCorpus, scoreNotice } from '../support/notice-corpus.ts';

const eachLine = (text: string, change: (line: string) => string) =>
  text
    .split('\n')
    .map((line) => (line.trim() === '' ? line : change(line)))
    .join('\n');

const VARIANTS: Record<string, (text: string) => string> = {
  'Windows line endings': (text) => text.replace(/\r?\n/gu, '\r\n'),
  'paragraphs indented with two ideographic spaces': (text) => eachLine(text, (l) => `\u3000\u3000${l}`),
  'paragraphs indented with no-break spaces': (text) => eachLine(text, (l) => `\u00a0\u00a0\u00a0${l}`),
  'a blank line between paragraphs': (text) => text.split('\n').join('\n\n'),
  'spaces left at line ends': (text) => eachLine(text, (l) => `${l}  `),
  'full-width brackets, colons and semicolons': (text) =>
    text.replace(/\(/gu, '（').replace(/\)/gu, '）').replace(/:/gu, '：').replace(/;/gu, '；'),
  'ASCII brackets, colons and semicolons': (text) =>
    text.replace(/（/gu, '(').replace(/）/gu, ')').replace(/：/gu, ':').replace(/；/gu, ';'),
};

/** What a reading scores: every count the corpus report prints, and the plan's facts. */
async function scoreOf(fixture: NoticeFixture, text: string) {
  const result = await importNotice({ bytes: new TextEncoder().encode(text), fileName: fixture.fileName });
  const { found, leadRight, coRight, extra, deadlinesRight, planRight } = scoreNotice(fixture, result);
  return { tasks: result.tasks.length, found, leadRight, coRight, extra, deadlinesRight, planRight };
}

let plainText: NoticeFixture[];

before(() => {
  plainText = loadCorpus().filter((f) => f.fileName === 'source.txt');
});

describe('a real notice reads the same however its copy was typed', () => {
  it('covers the plain-text notices of the corpus', () => {
    assert.ok(plainText.length >= 50, `${plainText.length} plain-text notices`);
  });

  for (const [name, change] of Object.entries(VARIANTS)) {
    it(name, async () => {
      const off: string[] = [];
      for (const fixture of plainText) {
        const text = new TextDecoder().decode(fixture.bytes);
        const stored = await scoreOf(fixture, text);
        const variant = await scoreOf(fixture, change(text));
        if (JSON.stringify(variant) !== JSON.stringify(stored)) {
          off.push(`${fixture.id}: stored ${JSON.stringify(stored)}, this copy ${JSON.stringify(variant)}`);
        }
      }
      assert.deepEqual(off, []);
    });
  }
});
