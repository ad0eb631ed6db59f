// A numbered row of loose paragraphs while it is read: its text, its units as labels, lines and
// role sentences give them, its other cells in order, and how many cells it has had.
import type { ColumnRole, Labelled } from './columns.ts';
import type { Item } from './items.types.ts';
import type { NumberedLine } from './numbering.ts';
import {
  isDeadlineText,
  isProse,
  isUnitList,
  readUnitText,
  splitTrailingBracket,
  splitTrailingDeadline,
} from './cell-kinds.ts';
import { isBlankCell, joinWrappedText, NBSP } from './text-normalise.ts';
import { looksLikeOfficial, looksLikePerson } from '../units/unit-grammar.ts';
import { takePeopleInBrackets } from '../units/person-bracket.ts';
import { isMilestoneRole, quarterOfRole, withMilestone } from './quarter-milestones.ts';

export type Numbered = Extract<Item, { kind: 'numbered' }>;

/** A numbered row being read: its text may still be pending, its units still arriving. */
export interface OpenRow {
  row: Numbered;
  textPending: boolean;
  lead: string[];
  responsible: string[];
  co: string[];
  paragraphs: string[];
  leaders: string[];
  /** Every paragraph after the text that is not prose or a label: the row's other cells, in order. */
  cells: string[];
  /** The row's cells were written on its own line, separated by spaces. */
  inline: boolean;
  /** Every paragraph of the row from its text on, as written, blank cells left out; null once a label line came. */
  raw: string[] | null;
  /** The row opened with its number alone (a 序号 cell): its other cells follow one per paragraph. */
  bare: boolean;
  /** The number of the numbered line its last cell holds last (1. 2. in a progress cell), else null. */
  listNumber: number | null;
  /**
   * Every cell read after the row's number, in order, a blank one as '' (the next number of a list
   * joins the cell it continues): counted against the header's columns.
   */
  counted: string[];
}

export const UNIT_ROLES = new Set<ColumnRole>(['lead', 'responsible', 'co', 'roles']);

export function newRow(numbered: NumberedLine, line: number): OpenRow {
  const row: Numbered = {
    kind: 'numbered',
    number: numbered.number,
    text: '',
    line,
    units: { mode: 'paragraphs', paragraphs: [] },
    label: numbered.label,
    form: numbered.form,
  };
  const open: OpenRow = {
    row,
    textPending: true,
    lead: [],
    responsible: [],
    co: [],
    paragraphs: [],
    leaders: [],
    cells: [],
    inline: false,
    raw: [],
    bare: numbered.body === '' && numbered.form === 'arabic',
    listNumber: null,
    counted: numbered.body === '' ? [] : [numbered.body],
  };
  if (numbered.body !== '') {
    open.raw?.push(numbered.body);
    setText(open, numbered.body);
  }
  return open;
}

export function setText(open: OpenRow, text: string): void {
  open.textPending = false;
  const before = open.row.text;
  const gap = before === '' || /[。;\uff1b,\uff0c:\uff1a、!?\uff01\uff1f]$/u.test(before) ? '' : ' ';
  const joined = joinWrappedText(before + gap + text);
  const bracket = splitTrailingBracket(joined);
  open.row.text = bracket ? bracket.text : joined;
  if (bracket) applyLabels(open, bracket.labels);
}

/**
 * A note on the notice's own rule written into a unit list: (列第一位者为牵头单位,下同). A bracket that
 * only marks the unit before it as the lead (市发改委(牵头单位)) is no note: marked-lead.ts reads it.
 */
const RULE_NOTE =
  /[(\uff08](?![牵牽][头頭][单單]位[)\uff09])[^()\uff08\uff09]*(?:下同|[牵牽][头頭][单單]位|[汇彙匯][总總][单單]位)[^()\uff08\uff09]*[)\uff09]/gu;

function stripRuleNote(value: string): string {
  return value.replace(RULE_NOTE, '').trim();
}

/** People named by office among the units (分管副省长、协管副秘书长负责) are leaders, not units. */
function takeOfficials(open: OpenRow, written: string): string {
  const { value, people } = takePeopleInBrackets(written);
  open.leaders.push(...people);
  const mentions = value.split(/[、,\uff0c]/u);
  const officials = mentions.filter((m) => looksLikeOfficial(m.trim()));
  if (officials.length === 0) return value;
  open.leaders.push(...officials.map((m) => m.trim()));
  return mentions.filter((m) => !looksLikeOfficial(m.trim())).join('、');
}

/** A deadline written as the last item of a unit list (责任单位:A、B,6月底完成) is the deadline, not a unit. */
function takeDeadline(open: OpenRow, value: string): string {
  const { units, deadline } = splitTrailingDeadline(value);
  if (deadline !== '') open.row.deadline ??= deadline;
  return units;
}

export function applyLabels(open: OpenRow, labels: Labelled[]): void {
  for (const label of labels) {
    const { role } = label;
    let { value } = label;
    if (value === '') continue;
    if (role === 'leader') open.leaders.push(value);
    else if (role === 'deadline') open.row.deadline = value;
    else if (role === 'progress') open.row.progress = value;
    else if (isMilestoneRole(role))
      open.row.milestones = withMilestone(open.row.milestones, quarterOfRole(role), value);
    else if (role === 'roles') applyLabels(open, readUnitText(value) ?? [{ role: 'responsible', value }]);
    else {
      value = takeDeadline(open, takeOfficials(open, stripRuleNote(value)));
      if (value === '') continue;
      const roles = role === 'lead' ? null : readUnitText(value);
      if (roles && roles.every((r) => r.role !== role)) applyLabels(open, roles);
      else open[role].push(value);
    }
  }
}

export function hasAnyUnits(open: OpenRow): boolean {
  return open.lead.length + open.responsible.length + open.co.length > 0;
}

export function addToRow(open: OpenRow, text: string, columns: ColumnRole[]): void {
  open.counted.push(isBlankCell(text) ? '' : text);
  if (!isBlankCell(text)) open.raw?.push(text);
  if (isBlankCell(text)) {
    if (open.textPending) open.textPending = false;
    open.paragraphs.push(NBSP);
    return;
  }
  if (open.textPending) return setText(open, text);
  const spaced = splitTrailingDeadline(text);
  if (spaced.deadline !== '' && !columns.includes('deadline') && isUnitList(spaced.units)) {
    open.row.deadline ??= spaced.deadline;
    open.cells.push(spaced.units);
    open.paragraphs.push(spaced.units);
    return;
  }
  if (!isProse(text) || isDeadlineText(text)) open.cells.push(text);
  if (columns.includes('deadline') && isDeadlineText(text)) {
    open.row.deadline = text;
    return;
  }
  if (columns.includes('leader') && looksLikePerson(text)) {
    open.leaders.push(text);
    return;
  }
  const roles = readUnitText(text);
  if (roles && roles.every((r) => isUnitList(r.value))) return applyLabels(open, roles);
  if (isProse(text)) return setText(open, text);
  open.paragraphs.push(text);
}
