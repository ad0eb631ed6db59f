import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type {
  ImportResult,
  PlanFacts,
  StructureNode,
  Task,
  UnitRecord,
} from '../../src/core/plan/plan.types.ts';
import { exportPlanDocx } from '../../src/exporter/plan.docx.ts';
import type { PlanExportInput } from '../../src/exporter/plan-table.ts';
import { planTableRows } from '../../src/exporter/plan-table.ts';
import { exportPlanXlsx } from '../../src/exporter/plan.xlsx.ts';
import { importNotice } from '../../src/importer/import-notice.ts';
import { seedBytes } from '../support/seed.ts';

const FORMATS = [
  { name: 'xlsx', fileName: 'plan.xlsx', exportPlan: exportPlanXlsx },
  { name: 'docx', fileName: 'plan.docx', exportPlan: exportPlanDocx },
] as const;
type Format = (typeof FORMATS)[number];
const [XLSX, DOCX] = FORMATS;

// The seed is read once and exported once per format; the tests only look at the results.
let seedImport: Promise<ImportResult> | undefined;
const seed = (): Promise<ImportResult> => (seedImport ??= importNotice({ bytes: seedBytes() }));
const seedFiles = new Map<string, Promise<Uint8Array>>();
const seedFile = (format: Format): Promise<Uint8Array> => {
  const file = seedFiles.get(format.name) ?? seed().then((plan) => format.exportPlan(plan));
  seedFiles.set(format.name, file);
  return file;
};

async function roundTrip(format: Format, input: PlanExportInput | null, directory?: UnitRecord[]) {
  const bytes = input === null ? await seedFile(format) : await format.exportPlan(input);
  return importNotice({ bytes, fileName: format.fileName, ...(directory ? { directory } : {}) });
}

/** What a task says; where it stood in the source (line) and how sure the split was are not the plan. */
const said = ({ seq, path, text, leadUnits, responsibleUnits }: Task) => ({
  seq,
  path,
  text,
  leadUnits,
  responsibleUnits,
});

// A hand-made plan. Full-width forms are escapes so that no editor folds them to ASCII.
const ZHUJIAN = '市住建局(市人民城建办)';
const ZONE = '中国\uff08安徽\uff09自由贸易试验区芜湖片区管委会';
const AI = '\uff21\uff29产业专班';
const smallDirectory = ['市发改委', '市财政局', ZHUJIAN, ZONE, AI].map((name): UnitRecord => ({
  name,
  kind: 'department',
  aliases: [],
  members: [],
}));

const task = (seq: number, path: string, text: string, lead: string[], co: string[]): Task => {
  const facts = { seq, path: path.split('/'), text, leadUnits: lead, responsibleUnits: co };
  return { ...facts, assignment: 'certain', complete: true, indicators: [], line: 0 };
};

const node = (kind: StructureNode['kind'], path: string, title: string, children: StructureNode[] = []) => {
  const numbers = path.split('/');
  return { kind, number: numbers.at(-1) ?? '', title, path: numbers, children };
};

const smallFacts: PlanFacts = {
  title: null,
  issuer: '芜湖市人民政府',
  level: 'city',
  year: 2025,
  publishedAt: '2025-03-15',
  deadline: '2025-06-30',
  cadence: 'monthly',
  hotline: '0553-3902532',
  announcedTaskCount: 7,
};

const small: PlanExportInput = {
  plan: smallFacts,
  structure: [
    node('part', '一', '主要预期目标'),
    node('part', '二', '主要做好两个方面工作', [
      node('section', '二/一', '推进城市更新,建设宜居城市。', [
        node('subsection', '二/一/1', '改造老旧小区。'),
        node('subsection', '二/一/2', '建设自贸片区。'),
      ]),
      node('section', '二/二', '发展人工智能产业。'),
    ]),
    node('part', '三', '加强政府自身建设', [node('section', '三/一', '打造创新政府。')]),
  ],
  tasks: [
    task(1, '一', '地区生产总值增长7.5%左右。', ['市发改委'], [ZONE]),
    task(2, '一', '新增规上工业企业\uff11\uff12\uff10家以上\uff0c研发投入增长10%。', ['市发改委', AI], []),
    task(3, '二/一/1', '推进城市更新:\n改造老旧小区50个\u3000以上。', [ZHUJIAN], ['市财政局', ZONE]),
    task(4, '二/一/1', '完善小区配套设施。', ['市财政局'], [ZHUJIAN]),
    task(5, '二/一/2', '争创自贸试验区制度创新成果\uff15项。', [ZONE], [AI, '市发改委']),
    task(6, '二/二', '培育人工智能企业。', [AI], []),
    task(7, '三/一', '把抓落实放在更加突出的位置。', ['市财政局', ZHUJIAN], []),
  ],
};

void describe('the plan as table rows', () => {
  void it('each heading comes before the tasks placed in it, and sections and subsections nest in order', () => {
    const shape = planTableRows(small).map((row) =>
      row.kind === 'task' ? row.seq : row.kind === 'subsection' ? `${row.number} ${row.title}` : row.text,
    );
    assert.deepEqual(shape, [
      '一、主要预期目标',
      1,
      2,
      '二、主要做好两个方面工作',
      '\uff08一\uff09推进城市更新,建设宜居城市。',
      '1 改造老旧小区。',
      3,
      4,
      '2 建设自贸片区。',
      5,
      '\uff08二\uff09发展人工智能产业。',
      6,
      '三、加强政府自身建设',
      '\uff08一\uff09打造创新政府。',
      7,
    ]);
  });

  void it('a task row joins its units with 、 and keeps parentheses inside a name', () => {
    const row = planTableRows(small).find((r) => r.kind === 'task' && r.seq === 3);
    assert.deepEqual(row && row.kind === 'task' && [row.leadUnits, row.responsibleUnits], [
      ZHUJIAN,
      `市财政局\u3001${ZONE}`,
    ]);
  });

  void it('a task whose path names no structure node is still written, after the structure', () => {
    const stray = task(8, '九', '未归类的任务。', ['市财政局'], []);
    const rows = planTableRows({ ...small, tasks: [...small.tasks, stray] });
    assert.deepEqual(rows.at(-1), {
      kind: 'task',
      seq: 8,
      text: '未归类的任务。',
      leadUnits: '市财政局',
      responsibleUnits: '',
      quarterPlans: [],
    });
  });
});

for (const format of FORMATS) {
  void describe(`${format.name}: export then import gives back the same plan`, () => {
    void it("the seed's 220 tasks and its structure read back unchanged, every split now certain", async () => {
      const [before, after] = [await seed(), await roundTrip(format, null)];
      assert.equal(after.source.format, format.name);
      assert.deepEqual(after.tasks.map(said), before.tasks.map(said));
      assert.equal(after.tasks.length, 220);
      assert.equal(before.tasks.filter((t) => t.assignment === 'inferred').length, 90);
      assert.deepEqual(new Set(after.tasks.map((t) => t.assignment)), new Set(['certain']));
      assert.deepEqual(after.structure, before.structure);
      assert.deepEqual(after.issues, []);
    });

    void it("every fact of the seed's notice survives in the lines above the table", async () => {
      const [before, after] = [await seed(), await roundTrip(format, null)];
      assert.deepEqual(after.plan, before.plan);
      assert.deepEqual(after.plan, {
        title: '芜湖市人民政府关于分解下达2024年度重点工作任务的通知',
        issuer: '芜湖市人民政府',
        level: 'city',
        year: 2024,
        publishedAt: '2024-04-09',
        deadline: '2024-12-31',
        cadence: 'quarterly',
        hotline: '3902532',
        announcedTaskCount: 220,
      });
    });

    void it('unit names with parentheses and full-width characters read back unchanged', async () => {
      const after = await roundTrip(format, small, smallDirectory);
      assert.deepEqual(after.tasks.map(said), small.tasks.map(said));
      assert.deepEqual(after.structure, small.structure);
      assert.deepEqual(after.issues, []);
    });

    void it('with the shipped directory the parenthesised form of 市住建局 is one unit, named canonically', async () => {
      const after = await roundTrip(format, small);
      const fourth = after.tasks.find((t) => t.seq === 4);
      assert.deepEqual(fourth?.responsibleUnits, ['市住建局']);
    });

    void it('a plan without a title is named after its year; the other facts survive as given', async () => {
      const after = await roundTrip(format, small, smallDirectory);
      assert.deepEqual(after.plan, { ...smallFacts, title: '2025年度重点工作任务分解' });
    });

    void it('each deadline wording, each cadence and a year missing from the title read back as written', async () => {
      const cases: [string, Partial<PlanFacts>][] = [
        ['2024-12-31', {}],
        ['2024-02-29', { cadence: 'yearly' }],
        ['2025-07-15', { title: '关于分解下达重点工作任务的通知', year: 2026, cadence: 'half-yearly' }],
      ];
      for (const [deadline, extra] of cases) {
        const plan: PlanFacts = { ...smallFacts, deadline, ...extra };
        const after = await roundTrip(format, { ...small, plan }, smallDirectory);
        const title = plan.title ?? '2025年度重点工作任务分解';
        assert.deepEqual(after.plan, { ...plan, title }, deadline);
      }
    });
  });
}

async function loadSheet(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  const sheet = workbook.worksheets[0];
  assert.ok(sheet, 'a worksheet');
  return sheet;
}

const rowValues = (sheet: ExcelJS.Worksheet, row: number): ExcelJS.CellValue[] =>
  [1, 2, 3, 4].map((column) => sheet.getCell(row, column).value);

void describe('the xlsx file as a person opens it', () => {
  void it('the title is merged across the four columns, then the fact lines, then the header row', async () => {
    const sheet = await loadSheet(await seedFile(XLSX));
    assert.equal(sheet.getCell('A1').value, '芜湖市人民政府关于分解下达2024年度重点工作任务的通知');
    assert.equal(sheet.getCell('D1').master.address, 'A1');
    assert.equal(sheet.getCell('A2').value, '发布时间:2024-04-09\u2002\u2002信息来源:芜湖市人民政府');
    assert.deepEqual(rowValues(sheet, 5), ['序号', '目标与任务', '牵头责任单位', '责任单位']);
    assert.deepEqual(
      [1, 2, 3, 4].map((c) => sheet.getColumn(c).width),
      [6, 60, 22, 22],
    );
  });

  void it('part and section rows are merged across the width; task numbers are numbers, units joined by 、', async () => {
    const sheet = await loadSheet(await seedFile(XLSX));
    assert.equal(sheet.getCell('A6').value, '一、主要预期目标');
    assert.equal(sheet.getCell('D6').master.address, 'A6');
    assert.deepEqual(rowValues(sheet, 7), [
      1,
      '地区生产总值增长7.5%左右。',
      '市发改委',
      '各县市区政府\u3001开发区管委会',
    ]);
    assert.equal(sheet.getCell('B7').alignment.wrapText, true);
  });

  void it('prints A4 landscape one page wide with the header row on every page, and the header stays frozen', async () => {
    const sheet = await loadSheet(await seedFile(XLSX));
    const { orientation, paperSize, fitToPage, fitToWidth, fitToHeight, printTitlesRow } = sheet.pageSetup;
    assert.deepEqual(
      { orientation, paperSize, fitToPage, fitToWidth, fitToHeight, printTitlesRow },
      {
        orientation: 'landscape',
        paperSize: 9,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '5:5',
      },
    );
    const view = sheet.views[0];
    assert.deepEqual(view && view.state === 'frozen' && [view.ySplit, view.topLeftCell], [5, 'A6']);
  });
});

async function documentXml(bytes: Uint8Array, part = 'word/document.xml'): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file(part)?.async('string');
  assert.ok(xml, part);
  return xml;
}

const count = (text: string, needle: string): number => text.split(needle).length - 1;

void describe('the docx file as a person opens it', () => {
  void it('the header row repeats on each page, the page is landscape A4, the table spans the width', async () => {
    const xml = await documentXml(await seedFile(DOCX));
    assert.equal(count(xml, '<w:tblHeader/>'), 1);
    assert.match(xml, /<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    assert.match(xml, /<w:tblW w:type="pct" w:w="5000"\/>/);
  });

  void it('each of the 3 parts and 14 sections is one cell spanning the 4 columns; the texts are all there', async () => {
    const [before, xml] = [await seed(), await documentXml(await seedFile(DOCX))];
    assert.equal(count(xml, '<w:gridSpan w:val="4"/>'), 17);
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    const headings = [
      before.plan.title,
      '序号',
      '一、主要预期目标',
      '\uff08一\uff09优化政策机制,激发经济增长新动能。',
    ];
    assert.deepEqual(
      headings.filter((h) => h !== null && texts.includes(h)),
      headings,
    );
    assert.equal(texts.filter((t) => before.tasks.some((task) => task.text === t)).length, 220);
  });

  void it('the body is set in 仿宋, the title and the header row in 黑体', async () => {
    const bytes = await seedFile(DOCX);
    assert.match(await documentXml(bytes, 'word/styles.xml'), /w:eastAsia="仿宋"/);
    assert.equal(count(await documentXml(bytes), 'w:eastAsia="黑体"'), 5);
  });
});

void it('the 220-task plan exports to both formats in one pass each', async (t) => {
  const input = await seed();
  for (const format of FORMATS) {
    const start = performance.now();
    const bytes = await format.exportPlan(input);
    const elapsed = performance.now() - start;
    t.diagnostic(`${format.name}: ${bytes.length} bytes in ${elapsed.toFixed(0)} ms`);
    assert.ok(bytes.length > 0 && Number.isFinite(elapsed));
  }
});
