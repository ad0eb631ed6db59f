// The signature a feedback template carries in its hidden sheet: which plan year, period and unit
// the file was made for, and for each task row the task's id, its number, how its indicator columns
// are scaled and a hash of its locked cells. Reading a file back starts here: a file without a
// readable signature is not a template the product made.
import type { PeriodKey } from '../period/period.ts';
import { isPeriodKey } from '../period/period.ts';
import { FEEDBACK_TEMPLATE_FORMAT, FEEDBACK_TEMPLATE_VERSION, MAX_INDICATORS } from './feedback-layout.ts';

export interface SignedIndicator {
  indicatorId: number;
  /** The factor a typed figure is multiplied by to reach base units. */
  factor: number;
}

export interface SignedRow {
  taskId: number;
  seq: number;
  indicators: SignedIndicator[];
  /** lockedCellHashes of the row as written. */
  hash: string;
}

export interface TemplateSignature {
  version: number;
  planYear: number;
  period: PeriodKey;
  unitId: number;
  unitName: string;
  indicatorColumns: number;
  rows: SignedRow[];
}

export type SignatureValue = string | number | null;

export type SignatureReading =
  | { ok: true; signature: TemplateSignature }
  | { ok: false; problem: 'missing' | 'unsupported_version' | 'malformed'; detail: string };

/** The signature as rows of a sheet: key-value lines, then one line per task row. */
export function signatureRows(signature: TemplateSignature): SignatureValue[][] {
  const head: SignatureValue[][] = [
    ['format', FEEDBACK_TEMPLATE_FORMAT],
    ['version', signature.version],
    ['planYear', signature.planYear],
    ['period', signature.period],
    ['unitId', signature.unitId],
    ['unitName', signature.unitName],
    ['indicatorColumns', signature.indicatorColumns],
  ];
  const rows = signature.rows.map((row): SignatureValue[] => {
    const indicators = row.indicators.map((entry) => `${entry.indicatorId}*${entry.factor}`).join(',');
    return ['task', row.taskId, row.seq, indicators, row.hash];
  });
  return [...head, ...rows];
}

/** Reads the rows back; anything unexpected means the file cannot be trusted as our template. */
export function readSignature(rows: readonly (readonly SignatureValue[])[]): SignatureReading {
  const values = new Map<string, SignatureValue>();
  for (const row of rows) {
    const key = row[0];
    if (typeof key === 'string' && key !== 'task') values.set(key, row[1] ?? null);
  }
  if (values.get('format') !== FEEDBACK_TEMPLATE_FORMAT) {
    return { ok: false, problem: 'missing', detail: 'no template signature' };
  }
  const version = wholeNumber(values.get('version'));
  if (version !== FEEDBACK_TEMPLATE_VERSION) {
    return { ok: false, problem: 'unsupported_version', detail: `version ${String(values.get('version'))}` };
  }
  const head = readHead(values);
  if (typeof head === 'string') return { ok: false, problem: 'malformed', detail: head };
  const taskRows: SignedRow[] = [];
  for (const row of rows.filter((entry) => entry[0] === 'task')) {
    const signed = readTaskRow(row);
    if (signed === null) return { ok: false, problem: 'malformed', detail: 'a task line is unreadable' };
    taskRows.push(signed);
  }
  return { ok: true, signature: { ...head, version, rows: taskRows } };
}

function readHead(
  values: ReadonlyMap<string, SignatureValue>,
): Omit<TemplateSignature, 'version' | 'rows'> | string {
  const planYear = wholeNumber(values.get('planYear'));
  const period = values.get('period');
  const unitId = wholeNumber(values.get('unitId'));
  const unitName = values.get('unitName');
  const indicatorColumns = wholeNumber(values.get('indicatorColumns'));
  if (planYear === null || unitId === null) return 'plan year or unit id unreadable';
  if (typeof period !== 'string' || !isPeriodKey(period)) return 'period unreadable';
  if (typeof unitName !== 'string') return 'unit name unreadable';
  if (indicatorColumns === null || indicatorColumns > MAX_INDICATORS) return 'indicator columns unreadable';
  return { planYear, period, unitId, unitName, indicatorColumns };
}

function readTaskRow(row: readonly SignatureValue[]): SignedRow | null {
  const [, taskIdValue, seqValue, indicatorValue, hash] = row;
  const taskId = wholeNumber(taskIdValue);
  const seq = wholeNumber(seqValue);
  const indicators = readIndicators(indicatorValue ?? '');
  if (taskId === null || seq === null || indicators === null || typeof hash !== 'string') return null;
  return { taskId, seq, indicators, hash };
}

function readIndicators(value: SignatureValue): SignedIndicator[] | null {
  if (typeof value !== 'string') return null;
  if (value === '') return [];
  const entries = value.split(',').map((entry) => entry.split('*').map(Number));
  const valid = entries.every(
    ([id, factor, ...rest]) =>
      rest.length === 0 && Number.isSafeInteger(id) && factor !== undefined && factor > 0,
  );
  return valid ? entries.map(([indicatorId = 0, factor = 1]) => ({ indicatorId, factor })) : null;
}

function wholeNumber(value: SignatureValue | undefined): number | null {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) && number >= 0 ? number : null;
}
