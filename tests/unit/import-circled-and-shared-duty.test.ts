// Layouts of real notices: tasks ① ② ③ run on in one paragraph under an office's heading (an office
// written with its other names in a bracket), and units that share a duty (按职责分工负责) with no lead.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Document, Packer, Paragraph } from 'docx';
import type { ImportResult } from '../../src/core/plan/plan.types.ts';
import { parseRoleSentence } from '../../src/importer/assemble/roles.ts';
import { unitWithOtherNames } from '../../src/importer/assemble/unit-other-names.ts';
import { importNotice } from '../../src/importer/import-notice.ts';
import { splitRunOnCircled } from '../../src/importer/readers/run-on-circled.ts';
import { expandUnitList } from '../../src/importer/units/unit-grammar.ts';

async function read(lines: string[]): Promise<ImportResult> {
  return importNotice({ bytes: new TextEncoder().encode(lines.join('\n')) });
}

const pieces = (text: string) => splitRunOnCircled({ text, line: 1 }).map((l) => l.text);

describe('tasks numbered ① ② ③ run on in one paragraph', () => {
  it('splits before each circled number that follows a clause end, in order', () => {
    assert.deepEqual(pieces('①修缮办公楼;②更新消防设施;③完成其他工作。'), [
      '①修缮办公楼',
      '②更新消防设施',
      '③完成其他工作。',
    ]);
  });

  it('splits them the same in a web page and in a Word file', async () => {
    const paragraphs = ['一、招商局', '①举办推介会4场;②引进项目10个;③完成其他工作。'];
    const html = `<html><body>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
    const docx = await Packer.toBuffer(
      new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph(p)) }] }),
    );
    for (const bytes of [new TextEncoder().encode(html), new Uint8Array(docx)]) {
      const result = await importNotice({ bytes });
      assert.deepEqual(
        result.tasks.map((t) => t.label),
        ['①', '②', '③'],
      );
      assert.equal(result.tasks[1]?.text, '引进项目10个');
    }
  });

  it('keeps a paragraph whole when its circled numbers stand inside a sentence or skip', () => {
    assert.deepEqual(pieces('①分为②③两类进行评估。'), ['①分为②③两类进行评估。']);
    assert.deepEqual(pieces('①修缮办公楼;③更新消防设施。'), ['①修缮办公楼;③更新消防设施。']);
    assert.deepEqual(pieces('修缮办公楼;②更新消防设施。'), ['修缮办公楼;②更新消防设施。']);
  });

  it('gives each task the office its heading names, with the office’s other names kept', async () => {
    const result = await read([
      '(一)财务科(审计室、资产管理办)',
      '(1)年度主要任务与要求:',
      '①完成年度预算编制;②开展内部审计2次;③完成其他工作。',
      '(二)建设局(规划办)',
      '(1)年度主要任务与要求:',
      '①建成标准厂房3万平方米;②完成道路改造。',
    ]);
    assert.deepEqual(
      result.tasks.map((t) => [t.label, t.text, t.leadUnits, t.responsibleUnits]),
      [
        ['①', '完成年度预算编制', ['财务科(审计室、资产管理办)'], []],
        ['②', '开展内部审计2次', ['财务科(审计室、资产管理办)'], []],
        ['③', '完成其他工作。', ['财务科(审计室、资产管理办)'], []],
        ['①', '建成标准厂房3万平方米', ['建设局(规划办)'], []],
        ['②', '完成道路改造。', ['建设局(规划办)'], []],
      ],
    );
  });

  it('reads an office with other names as one unit, but not a task’s words before a unit bracket', () => {
    assert.equal(
      unitWithOtherNames('招商合作局(行政审批局、政务服务中心)')?.labels[0]?.value,
      '招商合作局(行政审批局、政务服务中心)',
    );
    assert.equal(unitWithOtherNames('加快标准厂房建设(建设局、财务科)'), null);
    assert.equal(unitWithOtherNames('建设局(2023年底前)'), null);
  });
});

describe('units that share a duty', () => {
  it('with no lead named, every unit that 按职责分工负责 leads', () => {
    assert.deepEqual(parseRoleSentence('省住房城乡建设厅、地方金融监管局按职责分工负责'), {
      lead: ['省住房城乡建设厅、地方金融监管局'],
      co: [],
    });
  });

  it('with a lead named, they stay co units; a 配合 clause alone never leads', () => {
    assert.deepEqual(parseRoleSentence('省发展改革委牵头,省商务厅等相关部门按职责分工负责'), {
      lead: ['省发展改革委'],
      co: ['省商务厅等相关部门'],
    });
    assert.deepEqual(parseRoleSentence('市财政局配合'), { lead: [], co: ['市财政局'] });
  });

  it('drops a role verb the copy cut after the last unit (…总队等按职责分)', () => {
    assert.deepEqual(parseRoleSentence('省发改委牵头,省统计局、国家统计局湖南调查总队等按职责分'), {
      lead: ['省发改委'],
      co: ['省统计局、国家统计局湖南调查总队'],
    });
  });

  it('shares 省 over 城乡 and 乡村 departments, and drops 等相关部门', () => {
    assert.deepEqual(expandUnitList(['省商务厅', '住房城乡建设厅', '乡村振兴局等相关部门']), [
      '省商务厅',
      '省住房城乡建设厅',
      '省乡村振兴局',
    ]);
    assert.deepEqual(expandUnitList(['省商务厅', '人行郑州中心支行', '乡政府']), [
      '省商务厅',
      '人行郑州中心支行',
      '乡政府',
    ]);
  });
});
