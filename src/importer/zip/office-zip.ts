// An .xlsx or .docx notice made safe for the libraries that read it (exceljs, mammoth inflate every
// part they are handed): only the text parts (XML and relationships) are inflated, within the
// limits, and handed on uncompressed; pictures, fonts and embedded files are left out unread.
import type { InflateLimits } from './inflate-limits.ts';
import { openZip } from './zip-archive.ts';
import { storedZip } from './stored-zip.ts';

export type OfficeKind = 'docx' | 'xlsx';

const TEXT_PART = /\.(xml|rels)$/i;

/** The kind by its main part, or null; throws InflatedTooLarge past the limits, Error when damaged. */
export function officeTextParts(
  bytes: Uint8Array,
  limits: InflateLimits,
): { kind: OfficeKind | null; bytes: Uint8Array } {
  const archive = openZip(bytes, limits);
  const kind = archive.has('word/document.xml') ? 'docx' : archive.has('xl/workbook.xml') ? 'xlsx' : null;
  if (kind === null) return { kind, bytes };
  const parts = archive
    .names()
    .filter((name) => TEXT_PART.test(name))
    .map((name) => [name, archive.read(name) ?? new Uint8Array()] as const);
  return { kind, bytes: storedZip(parts) };
}
