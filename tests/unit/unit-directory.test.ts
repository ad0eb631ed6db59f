import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { UnitRecord } from '../../src/core/plan/plan.types.ts';
import {
  createUnitDirectory,
  findDirectoryProblems,
  rejoinWrappedUnits,
  splitUnitMentions,
} from '../../src/importer/units/unit-directory.ts';
import { wuhuDirectory } from '../../src/importer/units/wuhu-directory.ts';

const EMPTY_CELL = '\u00a0';

/** The unit paragraphs of each task in the seed notice, empty-cell paragraphs removed. */
function seedUnitParagraphs(): Map<number, string[]> {
  const text = readFileSync(new URL('../../samples/wuhu-2024-notice.txt', import.meta.url), 'utf8');
  const paragraphs = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const tableStart = paragraphs.findIndex((line) => line.trim() === '责任单位');
  const tasks = new Map<number, string[]>();
  let expected = 1;
  let current: string[] | null = null;
  for (let index = tableStart + 1; index < paragraphs.length; index += 1) {
    const line = (paragraphs[index] ?? '').trim();
    if (line === String(expected)) {
      current = [];
      tasks.set(expected, current);
      expected += 1;
      index += 1; // the task text
    } else if (/^\d+$|^[一二三四五六七八九十]+、|^[(\uff08][一二三四五六七八九十]+[)\uff09]/u.test(line)) {
      current = null; // a heading: subsection number, part or section
    } else if (current !== null && (paragraphs[index] ?? '') !== EMPTY_CELL) {
      current.push(line);
    }
  }
  return tasks;
}

const seed = seedUnitParagraphs();

function directory() {
  return createUnitDirectory(wuhuDirectory);
}

function unitByName(name: string): UnitRecord {
  const record = wuhuDirectory.find((candidate) => candidate.name === name);
  assert.ok(record, `${name} is in the directory`);
  return record;
}

void describe('the Wuhu directory against the seed notice', () => {
  void it('reads unit paragraphs for all 220 tasks of the seed', () => {
    assert.equal(seed.size, 220);
    for (const [seq, paragraphs] of seed) assert.ok(paragraphs.length > 0, `task ${seq} has units`);
  });

  void it('resolves every unit mention in the seed to a known unit: zero unknowns', () => {
    const units = directory();
    const unknown: string[] = [];
    for (const [seq, paragraphs] of seed) {
      for (const cell of rejoinWrappedUnits(paragraphs, units)) {
        for (const mention of splitUnitMentions(cell.text)) {
          if (units.resolve(mention) === null) unknown.push(`${seq}: ${mention}`);
        }
      }
    }
    assert.deepEqual(unknown, []);
    assert.ok(units.records().every((record) => record.kind !== 'unknown'));
  });

  void it('rejoins exactly the 51 wrapped cells of the seed (48 county/zone, 1 金融监管, 2 城建办)', () => {
    const units = directory();
    const wrapped = [...seed.values()]
      .flatMap((paragraphs) => rejoinWrappedUnits(paragraphs, units))
      .filter((cell) => cell.parts > 1)
      .map((cell) => cell.text);
    assert.equal(wrapped.length, 51);
    assert.equal(wrapped.filter((text) => text === '各县市区政府、开发区管委会').length, 48);
    assert.equal(wrapped.filter((text) => text === '国家金融监管总局芜湖分局').length, 1);
    assert.equal(wrapped.filter((text) => text === '市住建局(市人民城建办)').length, 2);
  });

  void it('leaves every other seed paragraph as one cell naming one known unit', () => {
    const units = directory();
    for (const paragraphs of seed.values()) {
      for (const cell of rejoinWrappedUnits(paragraphs, units)) {
        if (cell.parts === 1) assert.notEqual(units.resolve(cell.text), null, cell.text);
      }
    }
  });

  void it('is a sound directory: no name clashes, groups list only known units', () => {
    assert.deepEqual(findDirectoryProblems(wuhuDirectory), []);
  });
});

void describe('groups', () => {
  void it('各县市区政府 has exactly the seven county-level governments, each a county unit', () => {
    const group = unitByName('各县市区政府');
    assert.equal(group.kind, 'group');
    assert.deepEqual(group.members, [
      '无为市政府',
      '南陵县政府',
      '镜湖区政府',
      '弋江区政府',
      '鸠江区政府',
      '湾沚区政府',
      '繁昌区政府',
    ]);
    for (const member of group.members) assert.equal(unitByName(member).kind, 'county');
  });

  void it('开发区管委会 has exactly the five zones of the salutation, each a zone unit', () => {
    const group = unitByName('开发区管委会');
    assert.equal(group.kind, 'group');
    assert.equal(group.members.length, 5);
    for (const member of group.members) assert.equal(unitByName(member).kind, 'zone');
    const units = directory();
    const salutation = ['皖江江北新兴产业集中区', '经济技术开发区', '高新技术产业开发区', '三山经济开发区'];
    for (const zone of [...salutation, '亳州芜湖现代产业园区']) {
      const name = units.resolve(zone);
      assert.ok(name !== null && group.members.includes(name), `${zone} is a member`);
    }
  });

  void it('a 成员单位 group starts with no members for the office to fill in', () => {
    for (const name of [
      '市十大新兴产业推进组成员单位',
      '市十大新兴产业专班成员单位',
      '市双拥工作领导小组成员单位',
    ]) {
      const group = unitByName(name);
      assert.equal(group.kind, 'group');
      assert.deepEqual(group.members, []);
    }
  });
});

void describe('resolve', () => {
  void it('经开区政府 and 经开区管委会 are the same body', () => {
    const units = directory();
    assert.equal(units.resolve('经开区政府'), '经开区管委会');
    assert.equal(units.resolve('经开区管委会'), '经开区管委会');
  });

  void it('a full or variant name resolves to the short form the notice prints', () => {
    const units = directory();
    const expected: [string, string][] = [
      ['市发展改革委', '市发改委'],
      ['市发展和改革委员会', '市发改委'],
      ['市经济和信息化局', '市经信局'],
      ['市自然资源和规划局', '市自规局'],
      ['市人力资源和社会保障局', '市人社局'],
      ['市住房和城乡建设局', '市住建局'],
      ['中国人民银行芜湖市分行', '人行芜湖分行'],
      ['市地方金融监管局', '市地方金融局'],
      ['市委金融办', '市地方金融局'],
      ['亳芜园区', '亳芜现代产业园区管委会'],
      ['江北新区', '皖江江北新兴产业集中区管委会'],
      ['无为市人民政府', '无为市政府'],
    ];
    for (const [mention, name] of expected) assert.equal(units.resolve(mention), name, mention);
  });

  void it('市住建局(市人民城建办) resolves to 市住建局 whatever the parentheses', () => {
    const units = directory();
    assert.equal(units.resolve('市住建局(市人民城建办)'), '市住建局');
    assert.equal(units.resolve('市住建局\uff08市人民城建办\uff09'), '市住建局');
  });

  void it('a mention with spaces, full-width parentheses or trailing 、,。 resolves after normalising', () => {
    const units = directory();
    assert.equal(units.resolve(' 市 发改委 '), '市发改委');
    assert.equal(units.resolve('市发改委、'), '市发改委');
    assert.equal(units.resolve('市发改委。'), '市发改委');
    assert.equal(units.resolve('市发改委\uff0c'), '市发改委');
    assert.equal(units.resolve('市机场\uff08空港\uff09公司'), '市机场(空港)公司');
    assert.equal(units.resolve('各县市区政府\u3000'), '各县市区政府');
  });

  void it('a mention the directory does not know resolves to null', () => {
    assert.equal(directory().resolve('市大数据中心'), null);
    assert.equal(directory().resolve(''), null);
  });

  void it('recordFor gives a copy of the unit a mention names', () => {
    const units = directory();
    const record = units.recordFor('市发展改革委');
    assert.equal(record?.name, '市发改委');
    assert.equal(record?.kind, 'department');
    record?.aliases.push('changed');
    assert.ok(!units.recordFor('市发改委')?.aliases.includes('changed'));
  });

  void it('a known prefix is the start but not the whole of a known name', () => {
    const units = directory();
    assert.equal(units.isKnownPrefix('国家金融监管'), true);
    assert.equal(units.isKnownPrefix('国家金融监管总局芜湖分局'), false);
    assert.equal(units.isKnownPrefix('总局芜湖分局'), false);
  });
});

void describe('unknown units', () => {
  void it('an unknown mention is kept as written (normalised), not dropped, with kind unknown', () => {
    const units = directory();
    assert.equal(units.addUnknown(' 市大数据中心、'), '市大数据中心');
    const kept = units.records().filter((record) => record.kind === 'unknown');
    assert.deepEqual(kept, [{ name: '市大数据中心', kind: 'unknown', aliases: [], members: [] }]);
  });

  void it('adding the same unknown twice keeps it once', () => {
    const units = directory();
    units.addUnknown('市大数据中心');
    units.addUnknown('市大数据中心');
    assert.equal(units.records().filter((record) => record.name === '市大数据中心').length, 1);
  });

  void it('adding a known mention as unknown returns its canonical name and adds nothing', () => {
    const units = directory();
    assert.equal(units.addUnknown('市发展改革委'), '市发改委');
    assert.equal(units.records().length, wuhuDirectory.length);
  });

  void it('records lists known units in their given order, then unknowns in the order met', () => {
    const units = directory();
    units.addUnknown('乙单位');
    units.addUnknown('甲单位');
    const names = units.records().map((record) => record.name);
    assert.deepEqual(names, [...wuhuDirectory.map((record) => record.name), '乙单位', '甲单位']);
  });

  void it('unknowns of one import never leak into another import', () => {
    directory().addUnknown('市大数据中心');
    assert.equal(directory().resolve('市大数据中心'), null);
    assert.equal(directory().records().length, wuhuDirectory.length);
  });
});

void describe('the shipped data is never changed', () => {
  void it('creating a directory and changing its records leaves the input records unchanged', () => {
    const input: UnitRecord[] = [
      { name: '甲局', kind: 'department', aliases: ['甲'], members: [] },
      { name: '甲组', kind: 'group', aliases: [], members: ['甲局'] },
    ];
    const before = structuredClone(input);
    const units = createUnitDirectory(input);
    units.addUnknown('乙局');
    units.records()[0]?.aliases.push('changed');
    assert.deepEqual(input, before);
  });

  void it('the Wuhu directory is frozen', () => {
    assert.ok(Object.isFrozen(wuhuDirectory));
    assert.ok(wuhuDirectory.every((record) => Object.isFrozen(record) && Object.isFrozen(record.aliases)));
  });
});

void describe('directory problems', () => {
  void it('one alias naming two units is a clash and the directory is refused', () => {
    const records: UnitRecord[] = [
      { name: '甲局', kind: 'department', aliases: ['同名'], members: [] },
      { name: '乙局', kind: 'department', aliases: ['同名'], members: [] },
    ];
    assert.equal(findDirectoryProblems(records).length, 1);
    assert.throws(() => createUnitDirectory(records), /同名/);
  });

  void it('a group member must be a unit named canonically in the directory', () => {
    const records: UnitRecord[] = [
      { name: '甲局', kind: 'department', aliases: ['甲'], members: [] },
      { name: '组', kind: 'group', aliases: [], members: ['甲', '丙局'] },
    ];
    assert.equal(findDirectoryProblems(records).length, 2);
  });
});

void describe('splitUnitMentions', () => {
  void it('splits on 、 and on commas, semicolons and slashes (ASCII or full-width) and newlines', () => {
    assert.deepEqual(splitUnitMentions('各县市区政府、开发区管委会'), ['各县市区政府', '开发区管委会']);
    assert.deepEqual(splitUnitMentions('甲\uff0c乙,丙\uff1b丁;戊/己\uff0f辛\n庚'), [
      '甲',
      '乙',
      '丙',
      '丁',
      '戊',
      '己',
      '辛',
      '庚',
    ]);
  });

  void it('splits on runs of ASCII and full-width spaces', () => {
    assert.deepEqual(splitUnitMentions('市发改委 市经信局'), ['市发改委', '市经信局']);
    assert.deepEqual(splitUnitMentions('市发改委  \u3000 市经信局'), ['市发改委', '市经信局']);
  });

  void it('never splits inside parentheses, ASCII or full-width', () => {
    assert.deepEqual(splitUnitMentions('各县(市、区)政府、市发改委'), ['各县(市、区)政府', '市发改委']);
    assert.deepEqual(splitUnitMentions('各县\uff08市、区\uff09政府'), ['各县\uff08市、区\uff09政府']);
    assert.deepEqual(splitUnitMentions('市住建局(市人民城建办)'), ['市住建局(市人民城建办)']);
  });

  void it('splits an unbalanced parenthesis as plain text rather than swallowing the cell', () => {
    assert.deepEqual(splitUnitMentions('市住建局(市人民城建办、市发改委'), [
      '市住建局(市人民城建办',
      '市发改委',
    ]);
  });

  void it('drops empty and no-break-space-only pieces', () => {
    assert.deepEqual(splitUnitMentions(EMPTY_CELL), []);
    assert.deepEqual(splitUnitMentions(''), []);
    assert.deepEqual(splitUnitMentions('市发改委、、 \u00a0、'), ['市发改委']);
  });
});

void describe('rejoinWrappedUnits', () => {
  void it('a fragment that names a unit only with the next paragraph is merged with it', () => {
    const cells = rejoinWrappedUnits(['市税务局', '国家金融监管', '总局芜湖分局', '市发改委'], directory());
    assert.deepEqual(cells, [
      { text: '市税务局', parts: 1 },
      { text: '国家金融监管总局芜湖分局', parts: 2 },
      { text: '市发改委', parts: 1 },
    ]);
  });

  void it('a paragraph opening with a parenthesis continues the one before', () => {
    const cells = rejoinWrappedUnits(['市住建局', '(市人民城建办)', '市发改委'], directory());
    assert.deepEqual(cells, [
      { text: '市住建局(市人民城建办)', parts: 2 },
      { text: '市发改委', parts: 1 },
    ]);
  });

  void it('a paragraph ending with 、 continues into the next: one cell, two mentions', () => {
    const units = directory();
    const cells = rejoinWrappedUnits(['市发改委', '各县市区政府、', '开发区管委会'], units);
    assert.deepEqual(cells, [
      { text: '市发改委', parts: 1 },
      { text: '各县市区政府、开发区管委会', parts: 2 },
    ]);
    assert.deepEqual(splitUnitMentions(cells[1]?.text ?? ''), ['各县市区政府', '开发区管委会']);
  });

  void it('two paragraphs that each name a known unit stay separate', () => {
    const cells = rejoinWrappedUnits(['市科技局', '市科技局', '市发改委'], directory());
    assert.deepEqual(
      cells.map((cell) => cell.parts),
      [1, 1, 1],
    );
  });

  void it('fragments unknown both alone and merged stay separate', () => {
    const cells = rejoinWrappedUnits(['国家金融', '市大数据中心', '某某'], directory());
    assert.deepEqual(cells, [
      { text: '国家金融', parts: 1 },
      { text: '市大数据中心', parts: 1 },
      { text: '某某', parts: 1 },
    ]);
  });

  void it('a wrap after a separator and a wrapped unit chain into one cell', () => {
    const cells = rejoinWrappedUnits(['市发改委、国家金融监管', '总局芜湖分局'], directory());
    assert.deepEqual(cells, [{ text: '市发改委、国家金融监管总局芜湖分局', parts: 2 }]);
  });

  void it('the seed tasks 14, 23 and 142 rejoin their wrapped units', () => {
    const units = directory();
    const texts = (seq: number) => rejoinWrappedUnits(seed.get(seq) ?? [], units).map((cell) => cell.text);
    assert.deepEqual(texts(14), [
      '市税务局',
      '市地方金融局',
      '市人社局',
      '人行芜湖分行',
      '国家金融监管总局芜湖分局',
      '各县市区政府、开发区管委会',
    ]);
    assert.deepEqual(texts(23), ['市住建局(市人民城建办)', '市发改委', '各县市区政府、开发区管委会']);
    assert.deepEqual(texts(142), [
      '皖江江北新兴产业集中区管委会',
      '市住建局(市人民城建办)',
      '市交通运输局',
      '市轨道公司',
    ]);
  });
});
