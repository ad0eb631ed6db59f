import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clausesOf, diffTexts } from '../../src/core/report/text-diff.ts';

const join = (runs: { kind: string; text: string }[], keep: string) =>
  runs
    .filter((run) => run.kind === 'same' || run.kind === keep)
    .map((run) => run.text)
    .join('');

describe('text diff between two quarters', () => {
  it('splits text into clauses at Chinese stops, commas and line breaks', () => {
    assert.deepEqual(clausesOf('完成投资12亿元,开工3个项目。\n下步加快推进'), [
      '完成投资12亿元,',
      '开工3个项目。',
      '\n',
      '下步加快推进',
    ]);
  });

  it('marks only the changed figure when a clause changes a little', () => {
    const runs = diffTexts('一季度完成投资12亿元,开工3个项目。', '二季度完成投资18亿元,开工3个项目。');
    assert.deepEqual(
      runs.filter((run) => run.kind !== 'same'),
      [
        { kind: 'removed', text: '一' },
        { kind: 'added', text: '二' },
        { kind: 'removed', text: '12' },
        { kind: 'added', text: '18' },
      ],
    );
  });

  it('gives back both texts exactly from their runs', () => {
    const before = '召开专题调度会3次。协调解决要素保障问题,推动项目开工。';
    const after = '推动项目开工。新增完成投资5亿元;召开专题调度会4次。';
    const runs = diffTexts(before, after);
    assert.equal(join(runs, 'removed'), before);
    assert.equal(join(runs, 'added'), after);
  });

  it('keeps a wholly rewritten clause whole instead of character confetti', () => {
    const runs = diffTexts('稳步推进各项工作。', '完成老旧小区改造42个。');
    assert.deepEqual(runs, [
      { kind: 'removed', text: '稳步推进各项工作。' },
      { kind: 'added', text: '完成老旧小区改造42个。' },
    ]);
  });

  it('handles empty texts and identical texts', () => {
    assert.deepEqual(diffTexts('', ''), []);
    assert.deepEqual(diffTexts('同样的文字', '同样的文字'), [{ kind: 'same', text: '同样的文字' }]);
    assert.deepEqual(diffTexts('', '新增'), [{ kind: 'added', text: '新增' }]);
  });

  it('does not blow up on two very long unrelated texts', () => {
    const a = '甲,'.repeat(5000);
    const b = '乙,'.repeat(5000);
    const runs = diffTexts(a, b);
    assert.equal(join(runs, 'removed'), a);
    assert.equal(join(runs, 'added'), b);
  });
});

describe('text diff with full-width punctuation and digits', () => {
  it('splits at the full-width comma and semicolon and keeps full-width numbers whole', () => {
    const comma = '\uFF0C';
    const semi = '\uFF1B';
    assert.deepEqual(clausesOf(`完成投资${comma}开工${semi}验收`), [
      `完成投资${comma}`,
      `开工${semi}`,
      '验收',
    ]);
    const runs = diffTexts('完成\uFF11\uFF12个项目。', '完成\uFF11\uFF18个项目。');
    assert.deepEqual(
      runs.filter((run) => run.kind !== 'same'),
      [
        { kind: 'removed', text: '\uFF11\uFF12' },
        { kind: 'added', text: '\uFF11\uFF18' },
      ],
    );
  });
});
