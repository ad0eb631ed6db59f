// The official document format (公文格式) in the spirit of GB/T 9704: A4 portrait with its margins,
// 方正小标宋简体 title, 仿宋_GB2312 body, 黑体 and 楷体 headings, a fixed 28.95pt line (22 lines a
// page), and page numbers "— 1 —" at the bottom, odd pages right and even pages left.
import JSZip from 'jszip';
import { AlignmentType, Footer, LineRuleType, PageNumber, Paragraph, TextRun } from 'docx';
import type { ISectionPropertiesOptions } from 'docx';

/** The fonts GB/T 9704 names and what Word substitutes on machines without them. */
export const OFFICIAL_FONTS = {
  title: { name: '方正小标宋简体', fallback: '宋体' },
  body: { name: '仿宋_GB2312', fallback: '仿宋' },
  heading1: { name: '黑体', fallback: 'SimHei' },
  heading2: { name: '楷体_GB2312', fallback: '楷体' },
  pageNumber: { name: '宋体', fallback: 'SimSun' },
} as const;

/** Half-points: 二号 (22pt) title, 三号 (16pt) text, 四号 (14pt) page numbers and tables. */
export const SIZES = { title: 44, body: 32, small: 28 } as const;
/** 28.95pt in twips: the fixed line that gives 22 lines on the 225 mm type area. */
const LINE = 579;
/** Two characters of 三号 text: the first-line indent of every paragraph. */
const INDENT = 640;
const mm = (value: number): number => Math.round((value * 1440) / 25.4);

export function officialPage(): ISectionPropertiesOptions {
  return {
    page: {
      size: { width: mm(210), height: mm(297) },
      margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), footer: mm(23), header: mm(15) },
    },
  };
}

const run = (text: string, font: string, size: number): TextRun => new TextRun({ text, font, size });
const spacing = { line: LINE, lineRule: LineRuleType.EXACT } as const;

export function titleParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...spacing, line: 700, after: LINE },
    children: [run(text, OFFICIAL_FONTS.title.name, SIZES.title)],
  });
}

export function centredLine(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing,
    children: [run(text, OFFICIAL_FONTS.body.name, SIZES.body)],
  });
}

/** 一、 in 黑体 and (一) in 楷体, indented like the text as GB/T 9704 lays them out. */
export function headingParagraph(text: string, level: 1 | 2): Paragraph {
  const font = level === 1 ? OFFICIAL_FONTS.heading1.name : OFFICIAL_FONTS.heading2.name;
  return new Paragraph({ spacing, indent: { firstLine: INDENT }, children: [run(text, font, SIZES.body)] });
}

export function bodyParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing,
    indent: { firstLine: INDENT },
    children: [run(text, OFFICIAL_FONTS.body.name, SIZES.body)],
  });
}

/** The issuer and date at the end, right-aligned and kept four characters from the edge. */
export function signatureParagraphs(issuer: string, date: string): Paragraph[] {
  const line = (text: string): Paragraph =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing,
      indent: { right: INDENT * 2 },
      children: [run(text, OFFICIAL_FONTS.body.name, SIZES.body)],
    });
  return [new Paragraph({ spacing }), line(issuer), line(date)];
}

/** — 1 — in 四号 宋体: odd pages on the right, even pages on the left, one character in from the edge. */
export function pageNumberFooters(): { default: Footer; even: Footer } {
  const footer = (alignment: 'right' | 'left'): Footer => {
    const indent = alignment === 'right' ? { right: SIZES.small * 10 } : { left: SIZES.small * 10 };
    const children = ['— ', PageNumber.CURRENT, ' —'];
    const number = new TextRun({ children, font: OFFICIAL_FONTS.pageNumber.name, size: SIZES.small });
    const align = alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;
    return new Footer({ children: [new Paragraph({ alignment: align, indent, children: [number] })] });
  };
  return { default: footer('right'), even: footer('left') };
}

/**
 * Declares each font with its Chinese charset (86 = GB2312) and an alternate name, so that Word and
 * WPS on a machine without 方正小标宋简体 or 仿宋_GB2312 fall back to 宋体 or 仿宋 rather than to a
 * Western font. The docx writer leaves the font table empty, so the entries are added to the package.
 */
export async function withFontFallbacks(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file('word/fontTable.xml');
  if (!part) return bytes;
  const xml = await part.async('string');
  const entries = Object.values(OFFICIAL_FONTS)
    .map(
      ({ name, fallback }) =>
        `<w:font w:name="${name}"><w:altName w:val="${fallback}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join('');
  const filled = /<w:fonts([^>]*)\/>/.test(xml)
    ? xml.replace(/<w:fonts([^>]*)\/>/, `<w:fonts$1>${entries}</w:fonts>`)
    : xml.replace('</w:fonts>', `${entries}</w:fonts>`);
  zip.file('word/fontTable.xml', filled);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
