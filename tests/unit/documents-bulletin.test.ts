import assert from 'node:assert/strict';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import JSZip from 'jszip';
import type { StructureNode } from '../../src/core/plan/plan.types.ts';
import type { BulletinBlock } from '../../src/exporter/bulletin-content.ts';
import { bulletinContent } from '../../src/exporter/bulletin-content.ts';
import { exportBulletinDocx } from '../../src/exporter/bulletin.docx.ts';
import { zh } from '../../src/exporter/chinese-text.ts';
import type { BulletinInput, Filing, PeriodTask } from '../../src/exporter/documents.types.ts';
import { bulletinToPdf, findOffice } from '../../src/exporter/pdf.ts';
import { packagePart } from '../support/documents.ts';

const FGW = '市发改委';
const JXJ = '市经信局';
const CZJ = '市财政局';

const filing = (
  unitId: number,
  unitName: string,
  role: Filing['role'],
  extra: Partial<Filing> = {},
): Filing => ({
  unitId,
  unitName,
  role,
  stage: 'accepted',
  late: false,
  returnCount: 0,
  submittedAt: '2024-07-02T01:30:00Z',
  selfStatus: 'on_track',
  percentComplete: 50,
  progress: '推进中。',
  problems: '',
  nextSteps: '',
  light: 'green',
  lightReasons: ['未触发预警规则'],
  ...extra,
});

const task = (seq: number, path: string, text: string, filings: Filing[]): PeriodTask => ({
  taskId: 100 + seq,
  seq,
  path: path.split('/'),
  text,
  leadUnits: filings.filter((f) => f.role === 'lead').map((f) => f.unitName),
  filings,
});

const structure: StructureNode[] = [
  { kind: 'part', number: '一', title: '主要预期目标', path: ['一'], children: [] },
  {
    kind: 'part',
    number: '二',
    title: '主要做好十个方面工作',
    path: ['二'],
    children: [
      { kind: 'section', number: '一', title: '优化政策机制。', path: ['二', '一'], children: [] },
      { kind: 'section', number: '二', title: '提升核心竞争力。', path: ['二', '二'], children: [] },
    ],
  },
];

const input: BulletinInput = {
  period: '2024-Q2',
  issuer: '芜湖市人民政府督查室',
  issuedOn: '2024-07-15',
  documentNumber: '督查通报〔2024〕2号',
  structure,
  tasks: [
    task(1, '一', '地区生产总值增长7.5%左右。', [
      filing(1, FGW, 'lead', {
        late: true,
        light: 'red',
        lightReasons: ['二季度填报逾期7天', '二季度填报逾期7天'],
        percentComplete: 30,
      }),
      filing(2, JXJ, 'co', { light: 'yellow', lightReasons: ['单位自评滞后'], returnCount: 1 }),
    ]),
    task(11, '二/一', '全面优化整合政策体系。统筹好规划、财政等政策工具。', [
      filing(2, JXJ, 'lead', { percentComplete: 80 }),
    ]),
    task(12, '二/二', '新增政银担100亿元以上。', [
      filing(1, FGW, 'lead', {
        stage: 'overdue',
        submittedAt: null,
        percentComplete: null,
        light: 'yellow',
        lightReasons: ['二季度填报截止2024-07-05,已逾期3天未报'],
      }),
      filing(3, CZJ, 'co', { stage: 'returned', returnCount: 1, light: null }),
    ]),
  ],
  cards: [
    { seq: 1, unitName: FGW, color: 'red', state: 'issued', reason: '逾期7天未报', rectifyBy: '2024-07-31' },
    {
      seq: 1,
      unitName: JXJ,
      color: 'yellow',
      state: 'answered',
      reason: '进度滞后',
      rectifyBy: '2024-07-25',
    },
  ],
  ledger: {
    results: [
      { unitId: 2, total: 35, rank: 1 },
      { unitId: 1, total: 15, rank: 2 },
      { unitId: 3, total: 15, rank: 2 },
    ],
  },
  units: [
    { unitId: 1, name: FGW },
    { unitId: 2, name: JXJ },
    { unitId: 3, name: CZJ },
  ],
  closing: ['各责任单位要对照任务清单,加快推进。'],
};

const texts = (blocks: BulletinBlock[], kind: BulletinBlock['kind']): string[] =>
  blocks.flatMap((block) => (block.kind === kind && 'text' in block ? [block.text] : []));

let bulletinFile: Promise<Uint8Array> | undefined;
const bulletin = (): Promise<Uint8Array> => (bulletinFile ??= exportBulletinDocx(input));

void describe('what the bulletin says', () => {
  const content = bulletinContent(input);

  void it('its title names the year and quarter, and its parts are numbered 一、二、… as official documents are', () => {
    assert.equal(content.title, '关于2024年二季度重点工作任务推进情况的通报');
    assert.deepEqual(texts(content.blocks, 'heading1'), [
      '一、总体情况',
      '二、进度滞后的任务',
      '三、亮牌情况',
      '四、逾期和未报送情况',
      '五、考核排名',
      '六、下步工作要求',
    ]);
    assert.deepEqual(texts(content.blocks, 'heading2'), [zh`(一)红灯任务(1项)`, zh`(二)黄灯任务(1项)`]);
    assert.equal(content.dateText, '2024年7月15日');
  });

  void it('the overview counts tasks, units, filings on time, late, missing, accepted, returned and lights', () => {
    const [figures, lights] = texts(content.blocks, 'paragraph').slice(1, 3);
    assert.equal(
      figures,
      zh`二季度共有重点工作任务3项,涉及责任单位3家,应报送进展情况5份。` +
        zh`其中按时报送3份,逾期报送1份,未报送1份;经审核采纳3份,退回修改2份。`,
    );
    assert.equal(lights, zh`按照预警规则,亮红灯任务1项,亮黄灯任务1项,亮绿灯任务1项。`);
  });

  void it('tasks behind schedule are listed by light with each unit’s reasons, once each', () => {
    const paragraphs = texts(content.blocks, 'paragraph');
    assert.ok(
      paragraphs.includes(
        zh`第1项“地区生产总值增长7.5%左右”(牵头单位:市发改委)。市发改委:二季度填报逾期7天。`,
      ),
    );
    assert.ok(
      paragraphs.includes(
        zh`第12项“新增政银担100亿元以上”(牵头单位:市发改委)。市发改委:` +
          '二季度填报截止2024-07-05,已逾期3天未报。',
      ),
    );
  });

  void it('cards, late and missing filings by unit, and the ranking with tied ranks and points in tenths', () => {
    const paragraphs = texts(content.blocks, 'paragraph');
    assert.ok(paragraphs.includes(zh`本季度共亮黄牌1张、红牌1张:`));
    assert.ok(paragraphs.includes(zh`市发改委(第1项):红牌。原因:逾期7天未报;整改期限2024-07-31,待整改。`));
    assert.ok(paragraphs.includes(zh`市发改委:逾期报送1份(第1项),未报送1份(第12项)。`));
    const table = content.blocks.find((block) => block.kind === 'table');
    assert.deepEqual(table?.kind === 'table' && [table.header, table.rows], [
      ['排名', '单位', '得分'],
      [
        ['1', JXJ, '3.5'],
        ['2', FGW, '1.5'],
        ['2', CZJ, '1.5'],
      ],
    ]);
  });

  void it('the chart shows each section’s average completion from the lead reports', () => {
    const chart = content.blocks.find((block) => block.kind === 'chart');
    assert.deepEqual(chart?.kind === 'chart' && chart.data.bars, [
      { label: '一、主要预期目标', percent: 30 },
      { label: '二\uff08一\uff09优化政策机制。', percent: 80 },
      { label: '二\uff08二\uff09提升核心竞争力。', percent: 0 },
    ]);
  });
});

void describe('the bulletin as a Word document in the official format', () => {
  void it('A4 portrait with the official margins, the title in 方正小标宋简体 22pt, the body in 仿宋_GB2312 16pt', async () => {
    const xml = await packagePart(await bulletin(), 'word/document.xml');
    assert.match(xml, /<w:pgSz w:w="11906" w:h="16838"[^>]*\/>/);
    assert.doesNotMatch(xml, /w:orient="landscape"/);
    assert.match(xml, /<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    assert.match(xml, /w:eastAsia="方正小标宋简体"[^>]*\/><w:sz w:val="44"\/>/);
    assert.match(xml, /w:eastAsia="仿宋_GB2312"[^>]*\/><w:sz w:val="32"\/>/);
    assert.match(xml, /<w:spacing w:line="579" w:lineRule="exact"\/>/);
  });

  void it('first-level headings in 黑体, second-level in 楷体, with their texts', async () => {
    const xml = await packagePart(await bulletin(), 'word/document.xml');
    assert.match(
      xml,
      /w:eastAsia="黑体"[^>]*\/><w:sz w:val="32"\/><w:szCs w:val="32"\/><\/w:rPr><w:t xml:space="preserve">一、总体情况<\/w:t>/,
    );
    assert.match(
      xml,
      new RegExp(
        `w:eastAsia="楷体_GB2312"[^>]*/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr><w:t xml:space="preserve">${zh`(一)红灯任务(1项)`}</w:t>`,
      ),
    );
    assert.ok(
      xml.includes('督查通报〔2024〕2号') &&
        xml.includes('芜湖市人民政府督查室') &&
        xml.includes('2024年7月15日'),
    );
  });

  void it('page numbers — 1 — at the bottom, odd pages right and even pages left', async () => {
    const bytes = await bulletin();
    assert.match(await packagePart(bytes, 'word/settings.xml'), /<w:evenAndOddHeaders\/>/);
    const document = await packagePart(bytes, 'word/document.xml');
    assert.match(document, /<w:footerReference w:type="default" r:id="[^"]+"\/>/);
    assert.match(document, /<w:footerReference w:type="even" r:id="[^"]+"\/>/);
    const footers = [
      await packagePart(bytes, 'word/footer1.xml'),
      await packagePart(bytes, 'word/footer2.xml'),
    ];
    for (const footer of footers) {
      assert.match(
        footer,
        /<w:t xml:space="preserve">— <\/w:t>.*<w:instrText xml:space="preserve">PAGE<\/w:instrText>.*<w:t xml:space="preserve"> —<\/w:t>/,
      );
    }
    assert.deepEqual(footers.map((footer) => /<w:jc w:val="(\w+)"\/>/.exec(footer)?.[1]).sort(), [
      'left',
      'right',
    ]);
  });

  void it('the chart is embedded as a PNG picture with a text description', async () => {
    const bytes = await bulletin();
    const zip = await JSZip.loadAsync(bytes);
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    assert.equal(media.length, 1);
    assert.match(media[0] ?? '', /\.png$/);
    const image = (await zip.file(media[0] ?? '')?.async('uint8array')) ?? new Uint8Array();
    assert.deepEqual([...image.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
    assert.match(
      await packagePart(bytes, 'word/_rels/document.xml.rels'),
      /relationships\/image" Target="media\/[^"]+\.png"/,
    );
    const document = await packagePart(bytes, 'word/document.xml');
    assert.match(document, /<wp:docPr [^>]*descr="一、主要预期目标30%;/);
  });

  void it('the font table declares the official fonts with their fallbacks and the Chinese charset', async () => {
    const fonts = await packagePart(await bulletin(), 'word/fontTable.xml');
    for (const [name, fallback] of [
      ['方正小标宋简体', '宋体'],
      ['仿宋_GB2312', '仿宋'],
      ['楷体_GB2312', '楷体'],
    ]) {
      assert.ok(
        fonts.includes(`<w:font w:name="${name}"><w:altName w:val="${fallback}"/><w:charset w:val="86"/>`),
        name,
      );
    }
  });
});

void describe('PDF through LibreOffice, only where it is installed', () => {
  void it('without soffice on the PATH there is no PDF: null, not an error', async () => {
    assert.equal(await findOffice(''), null);
    assert.equal(await bulletinToPdf(new Uint8Array([1, 2, 3]), { searchPath: '' }), null);
  });

  void it('the PATH lookup finds an executable soffice and ignores a file that cannot run', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'duban-path-'));
    try {
      await writeFile(join(directory, 'soffice'), '#!/bin/sh\n');
      assert.equal(await findOffice(directory), null);
      await chmod(join(directory, 'soffice'), 0o755);
      assert.equal(await findOffice(`/nonexistent:${directory}`), join(directory, 'soffice'));
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
