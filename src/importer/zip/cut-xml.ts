// An office part's XML cut to its first `maxElements` elements, at the end of a whole paragraph or
// row, with the elements still open closed again: what the Word and Excel libraries then read costs
// what a notice costs, however long the part was (they take tens of microseconds per element).

export interface XmlCut {
  xml: string;
  /** True when elements were left out. */
  cut: boolean;
}

/**
 * `units` names the elements a cut may follow (w:p and w:tr in Word, row in Excel); `tailFrom` is a
 * closing tag whose rest of the document is kept after the cut (Excel's merged cells follow its rows).
 */
export function cutXml(xml: string, maxElements: number, units: string[], tailFrom?: string): XmlCut {
  const stack: string[] = [];
  let elements = 0;
  let safe: { at: number; open: string[] } | null = null;
  for (const match of xml.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)[^>]*?(\/?)>/g)) {
    const [tag, closing, name = '', selfClosing] = match;
    if (!closing && ++elements > maxElements) {
      const here = safe ?? { at: match.index, open: [...stack] };
      return { xml: closeAt(xml, here, tailFrom), cut: true };
    }
    if (selfClosing) continue;
    if (!closing) {
      stack.push(name);
      continue;
    }
    const at = stack.lastIndexOf(name);
    if (at >= 0) stack.length = at;
    if (units.includes(name)) safe = { at: match.index + tag.length, open: [...stack] };
  }
  return { xml, cut: false };
}

function closeAt(xml: string, safe: { at: number; open: string[] }, tailFrom?: string): string {
  const head = xml.slice(0, safe.at);
  const tail = tailFrom === undefined ? -1 : xml.indexOf(tailFrom, safe.at);
  if (tail >= 0) return head + xml.slice(tail);
  return (
    head +
    [...safe.open]
      .reverse()
      .map((name) => `</${name}>`)
      .join('')
  );
}
