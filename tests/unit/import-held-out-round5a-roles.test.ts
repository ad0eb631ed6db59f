// Role marks and sentences met beside the fifth held-out round: a lead marked in a bracket after its
// name in traditional characters (市發改委(牽頭)) or as (牵头单位), and 会同 (together with) in a role
// sentence (X牵头,会同Y推进; 由X会同Y负责).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ImportResult } from '../../src/core/plan/plan.types.ts';
import { parseRoleSentence } from '../../src/importer/assemble/roles.ts';
import { importNotice } from '../../src/importer/import-notice.ts';

async function read(lines: string[]): Promise<ImportResult> {
  return importNotice({ bytes: new TextEncoder().encode(lines.join('\n')), fileName: 'notice.txt' });
}

function rows(result: ImportResult): [string, string[], string[]][] {
  return result.tasks.map((t) => [t.text, t.leadUnits, t.responsibleUnits]);
}

describe('a lead marked in a bracket after its name', () => {
  it('reads 市發改委(牽頭) like 市发改委(牵头): the marked unit leads, no person named 牽頭', async () => {
    const result = await read([
      '1.推進數字經濟發展。',
      '牽頭市領導:張三',
      '責任單位:市發改委(牽頭)、市財政局、市商務局',
    ]);
    assert.deepEqual(rows(result), [['推進數字經濟發展。', ['市發改委'], ['市財政局', '市商務局']]]);
    assert.equal(result.tasks[0]?.leaderName, '張三');
  });

  it('reads (牵头单位) after a name as the mark, not as a note on the rule', async () => {
    const result = await read(['1.推进数字经济发展。', '责任单位:市发改委(牵头单位)、市财政局、市商务局']);
    assert.deepEqual(rows(result), [['推进数字经济发展。', ['市发改委'], ['市财政局', '市商务局']]]);
  });

  it('still drops a note on the rule, and still takes a person in a bracket as a leader', async () => {
    const noted = await read([
      '1.推进数字经济发展。',
      '责任单位:市发改委、市财政局(列第一位者为牵头单位,下同)',
      '2.稳定粮食生产。',
      '责任单位:市农业农村局、市财政局',
    ]);
    assert.deepEqual(rows(noted), [
      ['推进数字经济发展。', ['市发改委'], ['市财政局']],
      ['稳定粮食生产。', ['市农业农村局'], ['市财政局']],
    ]);
    const person = await read(['1.推進數字經濟發展。', '責任單位:縣交通運輸局(張三)、縣財政局']);
    assert.deepEqual(person.tasks[0]?.leadUnits, ['縣交通運輸局', '縣財政局']);
    assert.equal(person.tasks[0]?.leaderName, '張三');
  });
});

describe('会同 (together with) in a role sentence', () => {
  it('reads X牵头,会同Y、Z推进 and 由X会同Y负责: X leads, the units after 会同 are co', async () => {
    const result = await read([
      '1.推进数字经济发展。(市发改委牵头,会同市财政局、市商务局推进)',
      '2.稳定粮食生产。(由市农业农村局会同市财政局负责)',
      '3.推進數字經濟。(市發改委會同市財政局負責)',
    ]);
    assert.deepEqual(rows(result), [
      ['推进数字经济发展。', ['市发改委'], ['市财政局', '市商务局']],
      ['稳定粮食生产。', ['市农业农村局'], ['市财政局']],
      ['推進數字經濟。', ['市發改委'], ['市財政局']],
    ]);
  });

  it('does not read 会同 before words that are no units as a role', () => {
    assert.equal(parseRoleSentence('市发改委会同市财政局研究制定'), null);
    assert.deepEqual(parseRoleSentence('市人社局负责'), { lead: ['市人社局'], co: [] });
  });
});
