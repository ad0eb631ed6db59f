// An .xlsx or .docx notice made safe for the libraries that read it (exceljs, mammoth inflate every
// part they are handed): only the text parts (XML and relationships) are inflated, within the
// limits, and handed on uncompressed; pictures, fonts and embedded files are left out unread.
import type { InflateLimits } from './inflate-limits.ts';
import { openZip } from './zip-archive.ts';
import { storedZip } from './stored-zip.ts';
import { cutXml } from './cut-xml.ts';
import { writeListNumbers } from './list-numbers.ts';

export type OfficeKind = 'docx' | 'xlsx';

const TEXT_PART = /\.(xml|rels)$/i;

/** Where a Word document or an Excel sheet may be cut, and what follows the cut. */
const CUTS: Record<OfficeKind, { part: RegExp; units: string[]; tailFrom?: string }> = {
  docx: { part: /^word\/document\.xml$/, units: ['w:p', 'w:tr'] },
  xlsx: { part: /^xl\/worksheets\/[^/]+\.xml$/, units: ['row'], tailFrom: '</sheetData>' },
};

/** An office file's text parts, inflated once; `within` packs them again cut to a number of elements. */
export interface OfficeText {
  kind: OfficeKind;
  /** A stored zip of the text parts, the document or each sheet cut to `maxElements` elements. */
  within(maxElements: number): { bytes: Uint8Array; cut: boolean };
}

/** Word's automatic list numbers written into the document's text (list-numbers.ts). */
function numberLists(parts: { name: string; bytes: Uint8Array; text: string | null }[]): void {
  const document = parts.find((p) => p.name === 'word/document.xml');
  const numbering = parts.find((p) => p.name === 'word/numbering.xml');
  if (!document || !numbering) return;
  const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
  const before = decode(document.bytes);
  const after = writeListNumbers(before, decode(numbering.bytes));
  if (after === before) return;
  document.bytes = new TextEncoder().encode(after);
  document.text = after;
}

/** The kind by its main part (null: neither); throws InflatedTooLarge past the limits, Error when damaged. */
export function openOfficeText(bytes: Uint8Array, limits: InflateLimits): OfficeText | null {
  const archive = openZip(bytes, limits);
  const kind = archive.has('word/document.xml') ? 'docx' : archive.has('xl/workbook.xml') ? 'xlsx' : null;
  if (kind === null) return null;
  const rule = CUTS[kind];
  const parts = archive
    .names()
    .filter((name) => TEXT_PART.test(name))
    .map((name) => ({ name, bytes: archive.read(name) ?? new Uint8Array(), text: null as string | null }));
  if (kind === 'docx') numberLists(parts);
  return {
    kind,
    within(maxElements) {
      let cut = false;
      const packed = parts.map((part) => {
        // An element takes a few bytes at least: a part shorter than the limit cannot pass it.
        if (!rule.part.test(part.name) || part.bytes.length < maxElements)
          return [part.name, part.bytes] as const;
        part.text ??= new TextDecoder().decode(part.bytes);
        const bounded = cutXml(part.text, maxElements, rule.units, rule.tailFrom);
        cut ||= bounded.cut;
        return [part.name, bounded.cut ? new TextEncoder().encode(bounded.xml) : part.bytes] as const;
      });
      return { bytes: storedZip(packed), cut };
    },
  };
}
