// How deep a page's elements nest, read with one pass over its tags before any parsing. A notice
// nests a few dozen levels; tens of thousands of unclosed <div>s or nested tables are not a notice,
// and the HTML parser's cost grows with the square of that depth: such a page is given up at once.
const VOID_TAGS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Deeper than any page a person writes: Word's HTML of a nested table stays under a hundred. */
export const MAX_HTML_DEPTH = 1000;

export interface TagScan {
  /** How deep the elements nest (within the first `maxElements` tags). */
  deepest: number;
  /** Where the tag past `maxElements` starts: the page is read up to there; null when within. */
  cutAt: number | null;
}

/** One pass over the tags: their depth, and where the page passes `maxElements` opening tags. */
export function scanTags(html: string, maxElements: number): TagScan {
  let depth = 0;
  let deepest = 0;
  let elements = 0;
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(\/?)>/g)) {
    const [, closing, name = '', selfClosing] = match;
    if (!closing && ++elements > maxElements) return { deepest, cutAt: match.index };
    if (VOID_TAGS.has(name.toLowerCase()) || selfClosing) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  return { deepest, cutAt: null };
}
