// An .xlsx or .docx notice made safe for the libraries that read it (exceljs, mammoth inflate every
// part they are handed): only the text parts (XML and relationships) are inflated, within the
// limits, and handed on uncompressed; pictures, fonts and embedded files are left out unread.
import type { InflateLimits } from './inflate-limits.ts';
import { openZip } from './zip-archive.ts';
import { storedZip } from './stored-zip.ts';
import { cutXml } from './cut-xml.ts';

export type OfficeKind = 'docx' | 'xlsx';

const TEXT_PART = /\.(xml|rels)$/i;

/** Where a Word document or an Excel sheet may be cut, and what follows the cut. */
const CUTS: Record<OfficeKind, { part: RegExp; units: string[]; tailFrom?: string }> = {
  docx: { part: /^word\/document\.xml$/, units: ['w:p', 'w:tr'] },
  xlsx: { part: /^xl\/worksheets\/[^/]+\.xml$/, units: ['row'], tailFrom: '</sheetData>' },
};

/**
 * The kind by its main part, or null, with the document or each sheet cut to `maxElements` elements
 * (`cut` says so); throws InflatedTooLarge past the limits, Error when damaged.
 */
export function officeTextParts(
  bytes: Uint8Array,
  limits: InflateLimits,
  maxElements = Number.POSITIVE_INFINITY,
): { kind: OfficeKind | null; bytes: Uint8Array; cut: boolean } {
  const archive = openZip(bytes, limits);
  const kind = archive.has('word/document.xml') ? 'docx' : archive.has('xl/workbook.xml') ? 'xlsx' : null;
  if (kind === null) return { kind, bytes, cut: false };
  let cut = false;
  const parts = archive
    .names()
    .filter((name) => TEXT_PART.test(name))
    .map((name) => {
      const part = archive.read(name) ?? new Uint8Array();
      const rule = CUTS[kind];
      if (!rule.part.test(name) || part.length < maxElements) return [name, part] as const;
      const bounded = cutXml(new TextDecoder().decode(part), maxElements, rule.units, rule.tailFrom);
      cut ||= bounded.cut;
      return [name, bounded.cut ? new TextEncoder().encode(bounded.xml) : part] as const;
    });
  return { kind, bytes: storedZip(parts), cut };
}
