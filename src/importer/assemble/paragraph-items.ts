// Loose paragraphs (the seed's one-cell-per-paragraph text, labelled or inline layouts) -> items.
import type { SourceLine } from '../source.types.ts';
import type { Item } from './items.types.ts';
import { parseHeading } from './items.types.ts';
import { isBlankCell, NBSP, parseNumberCell, toAsciiDigits } from './text-normalise.ts';
import { isHeaderWord, parseUnitLabel, splitInlineUnits } from './unit-labels.ts';

type Numbered = Extract<Item, { kind: 'numbered' }>;

/** A numbered row being read: its text may still be pending, its units still arriving. */
interface OpenRow {
  row: Numbered;
  textPending: boolean;
  lead: string[];
  responsible: string[];
  paragraphs: string[];
}

const NUMBERED_WITH_TEXT = /^(\d{1,4})\s*[.、．]\s*(\S.*)$/;

export function paragraphsToItems(lines: SourceLine[]): { preamble: SourceLine[]; items: Item[] } {
  const start = findTableStart(lines);
  const items: Item[] = [];
  let open: OpenRow | null = null;
  const close = (): void => {
    if (open) items.push(finishRow(open));
    open = null;
  };
  for (const line of lines.slice(start)) {
    const text = line.text;
    const heading = isBlankCell(text) ? null : parseHeading(text, line.line);
    if (heading) {
      close();
      items.push(heading);
      continue;
    }
    const opened = openRow(text, line.line);
    if (opened) {
      close();
      open = opened;
      continue;
    }
    if (isHeaderWord(text)) continue;
    if (open) addToRow(open, text);
    else if (!isBlankCell(text)) items.push({ kind: 'stray', text, line: line.line });
  }
  const last: OpenRow | null = open;
  if (last) last.row.cutOff = isCutOff(last);
  close();
  return { preamble: lines.slice(0, start), items };
}

function findTableStart(lines: SourceLine[]): number {
  const header = lines.findIndex((l) => l.text.replace(/\s/g, '') === '序号');
  if (header >= 0) return header;
  const first = lines.findIndex(
    (l) => parseHeading(l.text, 0)?.kind === 'part' || openRow(l.text, l.line) !== null,
  );
  return first >= 0 ? first : lines.length;
}

function openRow(text: string, line: number): OpenRow | null {
  const bare = parseNumberCell(text);
  if (bare !== null) return newRow(bare, '', line, true);
  const match = NUMBERED_WITH_TEXT.exec(toAsciiDigits(text));
  if (!match) return null;
  const number = Number(match[1]);
  const body = (match[2] ?? '').trim();
  const inline = splitInlineUnits(body);
  if (!inline) return newRow(number, body, line, false);
  const row = newRow(number, inline.text, line, false);
  row.lead.push(inline.lead);
  if (inline.responsible) row.responsible.push(inline.responsible);
  return row;
}

function newRow(number: number, text: string, line: number, textPending: boolean): OpenRow {
  const row: Numbered = {
    kind: 'numbered',
    number,
    text,
    line,
    units: { mode: 'paragraphs', paragraphs: [] },
  };
  return { row, textPending, lead: [], responsible: [], paragraphs: [] };
}

function addToRow(open: OpenRow, text: string): void {
  const label = parseUnitLabel(text);
  if (label) {
    (label.label === 'lead' ? open.lead : open.responsible).push(label.value);
    return;
  }
  if (open.textPending) {
    if (isBlankCell(text)) open.paragraphs.push(NBSP);
    else open.row.text = text;
    open.textPending = false;
    return;
  }
  open.paragraphs.push(isBlankCell(text) ? NBSP : text);
}

function finishRow(open: OpenRow): Numbered {
  const labelled = open.lead.length > 0 || open.responsible.length > 0;
  open.row.units = labelled
    ? { mode: 'cells', lead: open.lead, responsible: open.responsible }
    : { mode: 'paragraphs', paragraphs: open.paragraphs };
  return open.row;
}

/** The input ended inside this row: no text yet, or text but not one unit after it. */
function isCutOff(open: OpenRow): boolean {
  if (open.textPending || open.row.text === '') return true;
  const hasUnits =
    open.lead.length + open.responsible.length > 0 || open.paragraphs.some((p) => !isBlankCell(p));
  return !hasUnits;
}
