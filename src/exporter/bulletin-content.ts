// What the quarterly bulletin (通报) says, as blocks of text in the order an official bulletin reads:
// the overall figures with a chart, the tasks behind schedule, the cards issued, late and missing
// filings by unit, the assessment ranking, and the office's requirements. The Word writer only lays
// these blocks out, so the wording can be checked without opening a document.
import { formatPoints } from '../core/assessment/points.ts';
import { parsePeriod } from '../core/period/period.ts';
import type { CardState } from '../core/supervision/cards.ts';
import { CARD_LABELS } from '../core/supervision/cards.ts';
import { quarterLabel } from '../core/supervision/labels.ts';
import type { CompletionChartData } from './completion-chart.ts';
import type { BulletinInput, PeriodTask } from './documents.types.ts';
import { COMMA, SEMICOLON, zh } from './chinese-text.ts';
import { isFiled, sectionGroups, taskLight, taskPercent, tally, unitTallies } from './period-filings.ts';

export type BulletinBlock =
  | { kind: 'heading1'; text: string }
  | { kind: 'heading2'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'chart'; data: CompletionChartData; caption: string }
  | { kind: 'table'; header: string[]; rows: string[][] };

export interface BulletinContent {
  title: string;
  documentNumber: string | null;
  blocks: BulletinBlock[];
  issuer: string;
  /** 2024年7月15日: GB/T 9704 writes the date in Arabic numerals. */
  dateText: string;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const CARD_STATES: Record<CardState, string> = {
  issued: '待整改',
  answered: '已报整改情况',
  lowered: '已降为黄牌',
  closed: '已销号',
};

export function bulletinContent(input: BulletinInput): BulletinContent {
  const { year } = parsePeriod(input.period);
  const quarter = quarterLabel(input.period);
  const sections: [string, BulletinBlock[]][] = [
    ['总体情况', overview(input, quarter)],
    ['进度滞后的任务', behindSchedule(input.tasks)],
    ['亮牌情况', cards(input)],
    ['逾期和未报送情况', lateAndMissing(input.tasks)],
    ['考核排名', ranking(input)],
  ];
  if (input.closing && input.closing.length > 0) {
    sections.push(['下步工作要求', input.closing.map((text) => ({ kind: 'paragraph', text }))]);
  }
  const opening = zh`为推动${year}年政府工作报告确定的重点工作任务落地见效,现将${quarter}重点工作任务推进情况通报如下。`;
  return {
    title: zh`关于${year}年${quarter}重点工作任务推进情况的通报`,
    documentNumber: input.documentNumber ?? null,
    blocks: [
      { kind: 'paragraph', text: opening },
      ...sections.flatMap(([title, blocks], index): BulletinBlock[] => [
        { kind: 'heading1', text: `${NUMERALS[index] ?? index + 1}、${title}` },
        ...blocks,
      ]),
    ],
    issuer: input.issuer,
    dateText: dateText(input.issuedOn),
  };
}

function overview(input: BulletinInput, quarter: string): BulletinBlock[] {
  const filings = input.tasks.flatMap((task) => task.filings);
  const counts = tally(filings);
  const onTime = filings.filter((filing) => isFiled(filing) && !filing.late).length;
  const units = new Set(filings.map((filing) => filing.unitId)).size;
  const lights = { red: 0, yellow: 0, green: 0, none: 0 };
  for (const task of input.tasks) lights[taskLight(task) ?? 'none'] += 1;
  const figures =
    zh`${quarter}共有重点工作任务${input.tasks.length}项,涉及责任单位${units}家,应报送进展情况${counts.owed}份。` +
    zh`其中按时报送${onTime}份,逾期报送${counts.late}份,未报送${counts.missing}份;经审核采纳${counts.accepted}份,退回修改${counts.returned}份。`;
  const unlit = lights.none > 0 ? zh`,尚未亮灯${lights.none}项` : '';
  const lightText = zh`按照预警规则,亮红灯任务${lights.red}项,亮黄灯任务${lights.yellow}项,亮绿灯任务${lights.green}项${unlit}。`;
  const bars = sectionGroups(input.structure, input.tasks).map((group) => ({
    label: group.heading,
    percent: averagePercent(group.items),
  }));
  const title = `${quarter}各方面重点工作平均完成进度`;
  return [
    { kind: 'paragraph', text: figures },
    { kind: 'paragraph', text: lightText },
    { kind: 'chart', data: { title, bars }, caption: `图1  ${title}` },
  ];
}

function averagePercent(tasks: readonly PeriodTask[]): number {
  const values = tasks.map(taskPercent).filter((value): value is number => value !== null);
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function behindSchedule(tasks: readonly PeriodTask[]): BulletinBlock[] {
  return (['red', 'yellow'] as const).flatMap((light, index): BulletinBlock[] => {
    const lit = tasks.filter((task) => taskLight(task) === light);
    const name = light === 'red' ? '红灯' : '黄灯';
    const heading: BulletinBlock = {
      kind: 'heading2',
      text: zh`(${NUMERALS[index] ?? ''})${name}任务(${lit.length}项)`,
    };
    if (lit.length === 0) return [heading, { kind: 'paragraph', text: `本季度无${name}任务。` }];
    return [
      heading,
      ...lit.map((task): BulletinBlock => ({ kind: 'paragraph', text: behindText(task, light) })),
    ];
  });
}

function behindText(task: PeriodTask, light: 'red' | 'yellow'): string {
  const reasons = task.filings
    .filter((filing) => filing.light === light)
    .map((filing) => zh`${filing.unitName}:${[...new Set(filing.lightReasons)].join(COMMA) || '未说明原因'}`);
  return zh`第${task.seq}项“${brief(task.text)}”(牵头单位:${task.leadUnits.join('、')})。${reasons.join(SEMICOLON)}。`;
}

/** The task's first sentence, short enough for a list line. */
function brief(text: string): string {
  const first = text.split(/[。;\uff1b\n]/)[0] ?? text;
  const chars = [...first];
  return chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : first;
}

function cards(input: BulletinInput): BulletinBlock[] {
  if (input.cards.length === 0) return [{ kind: 'paragraph', text: '本季度未亮牌。' }];
  const yellow = input.cards.filter((card) => card.color === 'yellow').length;
  const summary = zh`本季度共亮黄牌${yellow}张、红牌${input.cards.length - yellow}张:`;
  const lines = [...input.cards]
    .sort((a, b) => a.seq - b.seq || (a.unitName < b.unitName ? -1 : a.unitName > b.unitName ? 1 : 0))
    .map((card): BulletinBlock => ({
      kind: 'paragraph',
      text: zh`${card.unitName}(第${card.seq}项):${CARD_LABELS[card.color]}。原因:${card.reason};整改期限${card.rectifyBy},${CARD_STATES[card.state]}。`,
    }));
  return [{ kind: 'paragraph', text: summary }, ...lines];
}

function lateAndMissing(tasks: readonly PeriodTask[]): BulletinBlock[] {
  const lines = unitTallies(tasks).flatMap((unit): BulletinBlock[] => {
    if (unit.late === 0 && unit.missing === 0) return [];
    const seqs = (test: (task: PeriodTask) => boolean): string =>
      tasks
        .filter(test)
        .map((task) => task.seq)
        .join('、');
    const own = (task: PeriodTask) => task.filings.filter((filing) => filing.unitId === unit.unitId);
    const parts = [
      unit.late > 0
        ? zh`逾期报送${unit.late}份(第${seqs((task) => own(task).some((filing) => filing.late))}项)`
        : '',
      unit.missing > 0
        ? zh`未报送${unit.missing}份(第${seqs((task) => own(task).some((filing) => !isFiled(filing)))}项)`
        : '',
    ];
    return [
      { kind: 'paragraph', text: zh`${unit.unitName}:${parts.filter((part) => part !== '').join(COMMA)}。` },
    ];
  });
  return lines.length > 0 ? lines : [{ kind: 'paragraph', text: '本季度各单位均按时报送。' }];
}

function ranking(input: BulletinInput): BulletinBlock[] {
  const names = new Map(input.units.map((unit) => [unit.unitId, unit.name]));
  const provisional = new Set(input.ledger.provisionalUnitIds ?? []);
  const rows = input.ledger.results.map((result) => [
    String(result.rank),
    names.get(result.unitId) ?? `单位${result.unitId}`,
    `${formatPoints(result.total)}${provisional.has(result.unitId) ? '(含暂计)' : ''}`,
  ]);
  if (rows.length === 0) return [{ kind: 'paragraph', text: '本季度暂无考核结果。' }];
  const formula = (input.ledger.formula ?? []).map((text): BulletinBlock => ({ kind: 'paragraph', text }));
  return [
    { kind: 'paragraph', text: zh`根据公开的考核规则,截至本季度各单位考核得分及排名如下:` },
    { kind: 'table', header: ['排名', '单位', '得分'], rows },
    ...formula,
  ];
}

function dateText(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : iso;
}
