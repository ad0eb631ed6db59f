// The two XML chores of the lean .xlsx reader: an attribute's raw value, and text with entities decoded.

export function attribute(tag: string, name: string): string | null {
  const escaped = name.replace(':', '\\:');
  return new RegExp(`(?:^|\\s)${escaped}="([^"]*)"`).exec(tag)?.[1] ?? null;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X'))
      return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return ENTITIES[entity] ?? whole;
  });
}
