// Numbers Word draws itself (automatic numbering: a 序号 column filled by a numbered list, tasks
// numbered 1. 2. as a list) are not in the document's text, and the converter leaves them out: a
// 序号 cell comes out empty and a numbered task loses its number. Each numbered paragraph gets its
// number written in as text, the way Word shows it (lvlText "%1." with the level's format and start).
// Bullets and unnumbered levels are left alone.

interface Level {
  start: number;
  format: string;
  text: string;
}

const CHINESE = '零一二三四五六七八九';

function chinese(n: number): string {
  if (n < 10) return CHINESE[n] ?? String(n);
  if (n < 100) {
    const tens = Math.floor(n / 10);
    return `${tens === 1 ? '' : (CHINESE[tens] ?? '')}十${n % 10 === 0 ? '' : (CHINESE[n % 10] ?? '')}`;
  }
  return String(n);
}

function formatted(n: number, format: string): string | null {
  switch (format) {
    case 'bullet':
    case 'none':
      return null;
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'ideographTraditional':
    case 'taiwaneseCounting':
    case 'japaneseCounting':
      return chinese(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'lowerLetter':
      return String.fromCharCode(0x60 + (((n - 1) % 26) + 1));
    case 'upperLetter':
      return String.fromCharCode(0x40 + (((n - 1) % 26) + 1));
    default:
      return String(n);
  }
}

const attr = (xml: string, tag: string): string | undefined =>
  new RegExp(`<w:${tag}\\b[^>]{0,500}?\\bw:val="([^"]*)"`, 'u').exec(xml)?.[1];

interface Element {
  start: number;
  /** The opening tag's captures. */
  open: RegExpExecArray;
  body: string;
  end: number;
}

/**
 * Each element opened by `open` (a global pattern) and closed by `close`, in one pass: the closing tag
 * is found with indexOf from the opening one, so a file of openings that never close costs one scan,
 * not one scan per opening (a lazy [\s\S]*? per match is quadratic on hostile XML).
 */
function* elements(xml: string, open: RegExp, close: string): Generator<Element> {
  open.lastIndex = 0;
  for (let m = open.exec(xml); m; m = open.exec(xml)) {
    const from = m.index + m[0].length;
    const at = xml.indexOf(close, from);
    if (at < 0) return;
    yield { start: m.index, open: m, body: xml.slice(from, at), end: at + close.length };
    open.lastIndex = at + close.length;
  }
}

/** numId -> its levels, from word/numbering.xml. */
function readNumbering(numbering: string): Map<string, Map<number, Level>> {
  const abstracts = new Map<string, Map<number, Level>>();
  for (const m of elements(
    numbering,
    /<w:abstractNum\b[^>]{0,500}?w:abstractNumId="(\d+)"[^>]{0,500}>/gu,
    '</w:abstractNum>',
  )) {
    const levels = new Map<number, Level>();
    for (const l of elements(m.body, /<w:lvl\b[^>]{0,500}?w:ilvl="(\d+)"[^>]{0,500}>/gu, '</w:lvl>')) {
      const body = l.body;
      levels.set(Number(l.open[1]), {
        start: Number(attr(body, 'start') ?? '1'),
        format: attr(body, 'numFmt') ?? 'decimal',
        text: attr(body, 'lvlText') ?? `%${Number(l.open[1]) + 1}.`,
      });
    }
    abstracts.set(m.open[1] ?? '', levels);
  }
  const lists = new Map<string, Map<number, Level>>();
  for (const m of elements(numbering, /<w:num\b[^>]{0,500}?w:numId="(\d+)"[^>]{0,500}>/gu, '</w:num>')) {
    const levels = abstracts.get(attr(m.body, 'abstractNumId') ?? '');
    if (levels) lists.set(m.open[1] ?? '', levels);
  }
  return lists;
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The document with every list number written into its paragraph as a run of text. */
export function writeListNumbers(document: string, numbering: string | null): string {
  if (numbering === null || !document.includes('<w:numPr>')) return document;
  const lists = readNumbering(numbering);
  const counters = new Map<string, number[]>();
  const pieces: string[] = [];
  let kept = 0;
  for (const p of elements(document, /<w:p\b(?!Pr)[^>]{0,2000}>/gu, '</w:p>')) {
    pieces.push(document.slice(kept, p.start), numbered(document.slice(p.start, p.end), lists, counters));
    kept = p.end;
  }
  pieces.push(document.slice(kept));
  return pieces.join('');
}

function numbered(
  paragraph: string,
  lists: Map<string, Map<number, Level>>,
  counters: Map<string, number[]>,
): string {
  const props = /<w:pPr>[\s\S]*?<\/w:pPr>/u.exec(paragraph);
  const numPr = props ? /<w:numPr>([\s\S]*?)<\/w:numPr>/u.exec(props[0]) : null;
  if (!props || !numPr) return paragraph;
  const numId = attr(numPr[1] ?? '', 'numId') ?? '0';
  const level = Number(attr(numPr[1] ?? '', 'ilvl') ?? '0');
  const levels = lists.get(numId);
  if (numId === '0' || !levels?.has(level)) return paragraph;
  const counts = counters.get(numId) ?? [];
  counters.set(numId, counts);
  counts[level] = (counts[level] ?? (levels.get(level)?.start ?? 1) - 1) + 1;
  counts.length = level + 1;
  let label = levels.get(level)?.text ?? '';
  for (let l = 0; l <= level; l++) {
    const value = formatted(counts[l] ?? levels.get(l)?.start ?? 1, levels.get(l)?.format ?? 'decimal');
    if (value === null) return paragraph;
    label = label.replaceAll(`%${l + 1}`, value);
  }
  const hasText = /<w:t\b[^>]*>[^<]/u.test(paragraph);
  if (hasText && /[\p{L}\p{N}]$/u.test(label)) label += ' ';
  const run = `<w:r><w:t xml:space="preserve">${escapeXml(label)}</w:t></w:r>`;
  const at = props.index + props[0].length;
  return paragraph.slice(0, at) + run + paragraph.slice(at);
}
