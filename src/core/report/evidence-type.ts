// Which evidence files (佐证材料) are accepted, decided by their content, never by their name:
// PDF, common images, and office documents. A renamed program is refused whatever it is called.
import { invalid } from '../errors.ts';
import { zipEntryNames } from './zip-entries.ts';

export interface EvidenceType {
  mediaType: string;
  /** File name endings that may carry this content, lower case, without the dot. */
  extensions: readonly string[];
}

const PDF: EvidenceType = { mediaType: 'application/pdf', extensions: ['pdf'] };
const PNG: EvidenceType = { mediaType: 'image/png', extensions: ['png'] };
const JPEG: EvidenceType = { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'] };
const GIF: EvidenceType = { mediaType: 'image/gif', extensions: ['gif'] };
const WEBP: EvidenceType = { mediaType: 'image/webp', extensions: ['webp'] };
const OOXML = 'application/vnd.openxmlformats-officedocument';
const DOCX: EvidenceType = { mediaType: `${OOXML}.wordprocessingml.document`, extensions: ['docx'] };
const XLSX: EvidenceType = { mediaType: `${OOXML}.spreadsheetml.sheet`, extensions: ['xlsx'] };
const PPTX: EvidenceType = { mediaType: `${OOXML}.presentationml.presentation`, extensions: ['pptx'] };
const DOC: EvidenceType = { mediaType: 'application/msword', extensions: ['doc'] };
const XLS: EvidenceType = { mediaType: 'application/vnd.ms-excel', extensions: ['xls'] };

export const ACCEPTED_EXTENSIONS = [PDF, PNG, JPEG, GIF, WEBP, DOCX, XLSX, PPTX, DOC, XLS].flatMap(
  (type) => type.extensions,
);

/** The part each office format must contain, next to [Content_Types].xml. */
const OOXML_PARTS: readonly [string, EvidenceType][] = [
  ['word/document.xml', DOCX],
  ['xl/workbook.xml', XLSX],
  ['ppt/presentation.xml', PPTX],
];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[] | string, at = 0): boolean {
  const expected = typeof prefix === 'string' ? [...prefix].map((c) => c.charCodeAt(0)) : prefix;
  return bytes.length >= at + expected.length && expected.every((byte, index) => bytes[at + index] === byte);
}

/** The evidence type the bytes are, or null when they are none of the accepted kinds. */
export function detectEvidenceType(bytes: Uint8Array): EvidenceType | null {
  if (startsWith(bytes, '%PDF-')) return PDF;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(bytes, 'GIF87a') || startsWith(bytes, 'GIF89a')) return GIF;
  if (startsWith(bytes, 'RIFF') && startsWith(bytes, 'WEBP', 8)) return WEBP;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return officeArchiveType(bytes);
  if (startsWith(bytes, OLE2)) return legacyOfficeType(bytes);
  return null;
}

function officeArchiveType(bytes: Uint8Array): EvidenceType | null {
  const names = zipEntryNames(bytes);
  if (!names?.includes('[Content_Types].xml')) return null;
  return OOXML_PARTS.find(([part]) => names.includes(part))?.[1] ?? null;
}

/** Word and Excel 97-2003 files keep their main stream under a fixed name in the OLE2 directory. */
function legacyOfficeType(bytes: Uint8Array): EvidenceType | null {
  if (containsUtf16(bytes, 'WordDocument')) return DOC;
  if (containsUtf16(bytes, 'Workbook') || containsUtf16(bytes, 'Book')) return XLS;
  return null;
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = [...text].flatMap((c) => [c.charCodeAt(0), 0]);
  outer: for (let i = 0; i + needle.length <= bytes.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** A name safe to store and send back: no folders, no control characters, at most 200 characters. */
export function safeFileName(fileName: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const base = (fileName.split(/[\\/]/).at(-1) ?? '').replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return (base === '' ? 'file' : base).slice(-200);
}

/**
 * The accepted type of an upload, or the refusal: content none of the accepted kinds
 * (attachment.unsupported_type), or a name whose ending disagrees with the content
 * (attachment.extension_mismatch, e.g. a picture called .pdf).
 */
export function evidenceTypeOf(bytes: Uint8Array, fileName: string): EvidenceType {
  const type = detectEvidenceType(bytes);
  const extension = extensionOf(fileName);
  if (!type) {
    throw invalid('attachment.unsupported_type', 'only PDF, images (PNG, JPEG, GIF, WebP) and office files', {
      fileName,
      accepted: ACCEPTED_EXTENSIONS,
    });
  }
  if (!type.extensions.includes(extension)) {
    throw invalid(
      'attachment.extension_mismatch',
      `the content is ${type.mediaType}, the name says .${extension}`,
      {
        fileName,
        mediaType: type.mediaType,
        expected: type.extensions,
      },
    );
  }
  return type;
}
