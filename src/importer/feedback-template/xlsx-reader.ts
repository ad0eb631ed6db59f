// A lean reader of the parts of an .xlsx a feedback template is read from: the sheets by name, each
// cell's value in exceljs's shapes (shared and inline strings, numbers, booleans, formula results,
// numbers in a date format as dates, 1900 or 1904 based; merged cells reading their range's first
// cell) and its number format. A unit's upload is read on every filing; exceljs builds the whole workbook model
// (styles, validations, drawing parts) and costs about ten times as much for the same values.
// Anything it cannot read throws; the caller answers "file unreadable".
import type { CellValue } from 'exceljs';
import { TEMPLATE_INFLATE_LIMITS } from '../zip/inflate-limits.ts';
import { openZip } from '../zip/zip-archive.ts';
import { excelDate, isDateFormat, readCellFormats } from './xlsx-formats.ts';
import { attribute, decodeXml } from './xml-text.ts';

export interface TemplateCell {
  value: CellValue;
  numFmt: string | undefined;
  address: string;
}

export interface TemplateRow {
  number: number;
  getCell(column: number): TemplateCell;
}

export interface TemplateSheet {
  /** Rows holding at least one value, in order (what exceljs's eachRow visits). */
  eachRow(visit: (row: TemplateRow, number: number) => void): void;
  getRow(number: number): TemplateRow;
}

export interface TemplateWorkbook {
  getWorksheet(name: string): TemplateSheet | undefined;
}

interface RawCell {
  value: CellValue;
  style: number;
}

type Cells = Map<number, Map<number, RawCell>>;

export function readXlsx(bytes: Uint8Array): TemplateWorkbook {
  // Parts are inflated when read, within the limits: parts a template never uses stay compressed.
  const parts = openZip(bytes, TEMPLATE_INFLATE_LIMITS);
  const text = (name: string): string | null => {
    const part = parts.read(name);
    return part ? UTF8.decode(part) : null;
  };
  const workbookXml = text('xl/workbook.xml');
  if (workbookXml === null) throw new Error('no xl/workbook.xml');
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(workbookXml);
  const targets = relationshipTargets(text('xl/_rels/workbook.xml.rels') ?? '');
  const sharedStrings = readSharedStrings(text('xl/sharedStrings.xml') ?? '');
  const formats = readCellFormats(text('xl/styles.xml') ?? '');
  const sheets = new Map<string, string>();
  for (const tag of workbookXml.match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []) {
    const name = attribute(tag, 'name');
    // The relationship id's prefix is whatever the writer bound the namespace to (r: in Excel).
    const target = targets.get(/\s[\w.-]+:id="([^"]*)"/.exec(tag)?.[1] ?? '');
    if (name !== null && target) sheets.set(decodeXml(name), target);
  }
  const opened = new Map<string, TemplateSheet>();
  return {
    getWorksheet(name) {
      const known = opened.get(name);
      if (known) return known;
      const path = sheets.get(name);
      const xml = path ? text(path) : null;
      if (xml === null) return undefined;
      const sheet = sheetOf(xml, { sharedStrings, formats, date1904 });
      opened.set(name, sheet);
      return sheet;
    },
  };
}

const UTF8 = new TextDecoder('utf-8');

function relationshipTargets(xml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const tag of xml.match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id === null || target === null) continue;
    const path = decodeXml(target);
    targets.set(id, path.startsWith('/') ? path.slice(1) : `xl/${path}`);
  }
  return targets;
}

function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  for (const item of xml.match(/<(?:\w+:)?si\b[^>]*>[\s\S]*?<\/(?:\w+:)?si>|<(?:\w+:)?si\b[^>]*\/>/g) ?? []) {
    strings.push(runText(item));
  }
  return strings;
}

/** The text of a string item: its <t> runs, leaving out phonetic guides (<rPh>). */
function runText(xml: string): string {
  const withoutPhonetic = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let result = '';
  for (const match of withoutPhonetic.matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g)) {
    result += decodeXml(match[1] ?? '');
  }
  // Characters XML cannot carry are written _xHHHH_ (a carriage return as _x000D_).
  return result.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

interface SheetContext {
  sharedStrings: readonly string[];
  formats: readonly string[];
  date1904: boolean;
}

function sheetOf(xml: string, context: SheetContext): TemplateSheet {
  const cells = readCells(xml, context);
  const merges = readMerges(xml);
  const formatOf = (raw: RawCell | undefined): string | undefined => {
    const code = raw ? context.formats[raw.style] : undefined;
    return code === undefined || code === '' ? undefined : code;
  };
  const getRow = (number: number): TemplateRow => ({
    number,
    getCell(column) {
      const master = merges.get(`${number}:${column}`);
      const raw = master ? cells.get(master.row)?.get(master.column) : cells.get(number)?.get(column);
      return {
        value: raw?.value ?? null,
        numFmt: formatOf(raw),
        address: `${columnLetters(column)}${number}`,
      };
    },
  });
  return {
    getRow,
    eachRow(visit) {
      const numbers = new Set<number>();
      for (const [number, row] of cells) {
        if ([...row.values()].some((cell) => cell.value !== null)) numbers.add(number);
      }
      for (const [key, master] of merges) {
        if (cells.get(master.row)?.get(master.column)?.value != null) numbers.add(Number(key.split(':')[0]));
      }
      for (const number of [...numbers].sort((a, b) => a - b)) visit(getRow(number), number);
    },
  };
}

function readCells(xml: string, context: SheetContext): Cells {
  const cells: Cells = new Map();
  const data = /<(?:\w+:)?sheetData\b[^>]*>([\s\S]*?)<\/(?:\w+:)?sheetData>/.exec(xml)?.[1] ?? '';
  let rowNumber = 0;
  for (const rowMatch of data.matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
    const numbered = Number(attribute(rowMatch[1] ?? '', 'r'));
    rowNumber = Number.isInteger(numbered) && numbered > 0 ? numbered : rowNumber + 1;
    const row = new Map<number, RawCell>();
    let column = 0;
    for (const cellMatch of (rowMatch[2] ?? '').matchAll(
      /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g,
    )) {
      const attributes = cellMatch[1] ?? '';
      const reference = attribute(attributes, 'r');
      column = reference ? columnNumber(reference) : column + 1;
      const style = Number(attribute(attributes, 's') ?? 0);
      const value = cellValue(attribute(attributes, 't'), cellMatch[2] ?? '', context, style);
      row.set(column, { value, style: Number.isInteger(style) ? style : 0 });
    }
    cells.set(rowNumber, row);
  }
  return cells;
}

function cellValue(type: string | null, inner: string, context: SheetContext, style: number): CellValue {
  if (type === 'inlineStr') {
    const inline = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(inner)?.[1];
    return inline === undefined ? null : runText(inline);
  }
  const raw = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner)?.[1];
  if (raw === undefined) return null;
  const text = decodeXml(raw);
  switch (type) {
    case 's':
      return context.sharedStrings[Number(text)] ?? null;
    case 'str':
      return text;
    case 'b':
      return text === '1' || text === 'true';
    case 'e':
      return null;
    case 'd':
      return new Date(text);
    case null:
    default: {
      const number = Number(text);
      if (!Number.isFinite(number)) return null;
      return isDateFormat(context.formats[style]) ? excelDate(number, context.date1904) : number;
    }
  }
}

/** Every cell of a merged range but the first, pointing at the first. */
function readMerges(xml: string): Map<string, { row: number; column: number }> {
  const merges = new Map<string, { row: number; column: number }>();
  for (const tag of xml.match(/<(?:\w+:)?mergeCell\b[^>]*>/g) ?? []) {
    const [from, to] = (attribute(tag, 'ref') ?? '').split(':');
    if (!from || !to) continue;
    const top = { row: rowNumberOf(from), column: columnNumber(from) };
    const bottom = { row: rowNumberOf(to), column: columnNumber(to) };
    // A range is at most a few cells in a real template; a huge one is not walked.
    if ((bottom.row - top.row + 1) * (bottom.column - top.column + 1) > 10_000) continue;
    for (let row = top.row; row <= bottom.row; row++) {
      for (let column = top.column; column <= bottom.column; column++) {
        if (row !== top.row || column !== top.column) merges.set(`${row}:${column}`, top);
      }
    }
  }
  return merges;
}

function columnNumber(reference: string): number {
  let column = 0;
  for (const char of /^[A-Z]+/i.exec(reference)?.[0].toUpperCase() ?? '') {
    column = column * 26 + (char.charCodeAt(0) - 64);
  }
  return column;
}

function rowNumberOf(reference: string): number {
  return Number(/\d+$/.exec(reference)?.[0] ?? 0);
}

function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
