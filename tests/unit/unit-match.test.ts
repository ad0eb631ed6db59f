import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { proposeUnitMatch, similarity } from '../../src/core/unit/unit-match.ts';
import type { UnitOnDate } from '../../src/core/unit/unit.types.ts';

const unit = (id: number, name: string, aliases: string[] = []): UnitOnDate => ({
  id,
  code: null,
  name,
  fullName: null,
  kind: 'department',
  aliases: aliases.map((alias, i) => ({ id: id * 10 + i, alias })),
  memberIds: [],
  groupIds: [],
  successorId: null,
});

const directory = [
  unit(1, '市发改委', ['市发展和改革委员会']),
  unit(2, '市经信局'),
  unit(3, '市市场监管局'),
  unit(4, '鸠江区政府'),
  unit(5, '市商务局'),
  unit(6, '市数据资源局'),
  unit(7, '市人社局'),
];

describe("matching a new year's unit names to the directory", () => {
  it('an alias of the directory is a match by alias', () => {
    const match = proposeUnitMatch('市发展和改革委员会', directory);
    assert.deepEqual([match?.unitId, match?.reason], [1, 'alias']);
  });

  it('发改 written out as 发展改革 is the same unit, by abbreviation', () => {
    const match = proposeUnitMatch('市发展改革委', directory);
    assert.deepEqual([match?.unitId, match?.reason, match?.detail], [1, 'abbreviation', '发改 ↔ 发展改革']);
  });

  it('经信 and 工业和信息化 name the same bureau', () => {
    const match = proposeUnitMatch('市工业和信息化局', directory);
    assert.deepEqual([match?.unitId, match?.reason], [2, 'abbreviation']);
  });

  it('人社 ↔ 人力资源和社会保障 and 市场监管 ↔ 市场监督管理', () => {
    assert.equal(proposeUnitMatch('市人力资源和社会保障局', directory)?.unitId, 7);
    assert.equal(proposeUnitMatch('市市场监督管理局', directory)?.unitId, 3);
  });

  it('the same head and tail with the short form in order is a pattern match', () => {
    const match = proposeUnitMatch('鸠江区人民政府', directory);
    assert.deepEqual([match?.unitId, match?.reason], [4, 'abbreviation']);
    const pattern = proposeUnitMatch('市数据资源管理局', [unit(6, '市数资局')]);
    assert.deepEqual([pattern?.unitId, pattern?.reason], [6, 'pattern']);
  });

  it('a unit the notice names as itself is not proposed for another name', () => {
    assert.equal(proposeUnitMatch('市工业和信息化局', directory, new Set([2])), null);
  });

  it('different bureaus are not matched, however alike their shape', () => {
    assert.equal(proposeUnitMatch('市财政局', directory), null);
    assert.equal(proposeUnitMatch('市商务委', directory), null);
    assert.equal(proposeUnitMatch('市公安局', directory), null);
  });

  it('similar names with the same tail are proposed by similarity', () => {
    const match = proposeUnitMatch('市数据资源中心局', directory);
    assert.equal(match?.unitId, 6);
    assert.ok(similarity('市数据资源局', '市数据资源局') === 1);
  });
});
