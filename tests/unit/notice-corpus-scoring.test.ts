import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ImportResult, Task } from '../../src/core/plan/plan.types.ts';
import type { ExpectedTask, NoticeFixture } from '../support/notice-corpus.ts';
import { rates, scoreNotice, sumAgreement } from '../support/notice-corpus.ts';

const wanted = (number: string, text: string, leadUnits: string[], coUnits: string[] = []): ExpectedTask => ({
  number,
  text,
  leadUnits,
  coUnits,
});

const fixture: NoticeFixture = {
  id: 'made-up',
  fileName: 'source.txt',
  bytes: new Uint8Array(),
  meta: {
    id: 'made-up',
    title: '',
    issuer: '',
    level: 'city',
    year: 2024,
    sourceUrl: 'https://example.org',
    layout: [],
    notes: '',
  },
  expected: {
    plan: { year: 2024, issuer: '某市人民政府', level: 'city' },
    tasks: [
      wanted('1.', '地区生产总值增长6%。', ['市发展改革委'], ['各县区政府']),
      wanted('2.', '固定资产投资增长8%。', ['市发改委']),
      wanted('(三)', '社会消费品零售总额增长6%以上', ['市商务局'], ['市财政局']),
      wanted('4、', '进出口实现正增长。', ['市商务局']),
    ],
  },
};

function task(seq: number, text: string, leadUnits: string[], responsibleUnits: string[] = []): Task {
  return {
    seq,
    path: [],
    text,
    leadUnits,
    responsibleUnits,
    assignment: 'certain',
    complete: true,
    indicators: [],
    line: seq,
  };
}

function result(tasks: Task[]): ImportResult {
  const plan = {
    title: null,
    issuer: '某市人民政府',
    year: 2024,
    publishedAt: null,
    deadline: null,
    cadence: null,
    hotline: null,
    announcedTaskCount: null,
  };
  return {
    plan,
    structure: [],
    tasks,
    units: [],
    issues: [],
    source: { format: 'text', encoding: null, fileName: null },
  };
}

describe('scoring one import against its expectation', () => {
  it('counts a task found only with the right text and number, and units only when exactly right', () => {
    const score = scoreNotice(
      fixture,
      result([
        task(1, '地区生产总值增长6%', ['市发改委'], ['各县区政府']),
        task(7, '固定资产投资增长8%。', ['市发改委']),
        task(3, '社会消费品零售总额增长6%以上。', ['市商务局', '市财政局']),
        task(5, '一项文件里没有的任务。', ['市商务局']),
      ]),
    );
    assert.deepEqual(
      [
        score.expected,
        score.found,
        score.misnumbered,
        score.leadRight,
        score.coRight,
        score.unitsRight,
        score.extra,
      ],
      [4, 2, 1, 2, 2, 2, 1],
    );
    assert.equal(score.misses.length, 4);
    assert.ok(score.misses.some((m) => m.startsWith('多出 5: 一项文件里没有的任务')));
    assert.deepEqual([score.planRight, score.planGiven], [2, 2]);
  });

  it('scores a task whose text is slightly off on its units but does not count it as found', () => {
    const score = scoreNotice(fixture, result([task(4, '进出口实现正增长,力争增长3%。', ['市商务局'])]));
    assert.deepEqual([score.found, score.leadRight, score.coRight], [0, 1, 1]);
  });

  it('sums notices and gives the three rates over the expected tasks', () => {
    const a = scoreNotice(fixture, result([task(1, '地区生产总值增长6%。', ['市发改委'], ['各县区政府'])]));
    const total = sumAgreement([a, a]);
    assert.equal(total.expected, 8);
    assert.deepEqual(rates(total), { found: 0.25, lead: 0.25, co: 0.25 });
  });
});
