// A text cut into runs at the ranges to mark (half-open, UTF-16 offsets as the server sends them);
// overlapping or unordered ranges are merged, ranges outside the text are clipped.
export interface MarkRange {
  start: number;
  end: number;
}

export interface MarkedRun {
  text: string;
  marked: boolean;
}

function merged(ranges: readonly MarkRange[], length: number): MarkRange[] {
  const clipped = ranges
    .map((range) => ({ start: Math.max(0, range.start), end: Math.min(length, range.end) }))
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start);
  const out: MarkRange[] = [];
  for (const range of clipped) {
    const last = out.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else out.push({ ...range });
  }
  return out;
}

export function markedRuns(text: string, ranges: readonly MarkRange[]): MarkedRun[] {
  const runs: MarkedRun[] = [];
  let at = 0;
  for (const range of merged(ranges, text.length)) {
    if (range.start > at) runs.push({ text: text.slice(at, range.start), marked: false });
    runs.push({ text: text.slice(range.start, range.end), marked: true });
    at = range.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), marked: false });
  return runs;
}

/** Share of the text's characters inside the ranges, 0..1. */
export function markedShare(text: string, ranges: readonly MarkRange[]): number {
  if (text.length === 0) return 0;
  return merged(ranges, text.length).reduce((sum, range) => sum + range.end - range.start, 0) / text.length;
}

export const percentText = (share: number): string => `${Math.round(share * 100)}%`;
