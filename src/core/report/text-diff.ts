// Two versions of a text as runs of same / removed / added, for marking what changed from one
// quarter to the next. Clauses (up to a Chinese or Latin stop, comma or line break) are matched
// first, so a moved paragraph reads as moved text rather than noise; a clause replaced by one of a
// similar length is then compared character by character, so a changed figure stands out alone.

export type DiffKind = 'same' | 'removed' | 'added';

export interface DiffRun {
  kind: DiffKind;
  text: string;
}

/** Past this many cells the comparison gives up and shows the whole text as replaced. */
const MAX_CELLS = 4_000_000;
const MAX_CHAR_PAIR = 400;
const CLAUSE =
  /[^\u3002\uFF1B;\uFF0C,\uFF01!\uFF1F?\u3001\n]*[\u3002\uFF1B;\uFF0C,\uFF01!\uFF1F?\u3001\n]?/gu;
/** Within a clause: a number (with its decimals and per cent) or a Latin word is one token. */
const TOKEN = /[0-9\uFF10-\uFF19]+(?:[.\uFF0E][0-9\uFF10-\uFF19]+)?[%\uFF05]?|[A-Za-z]+|./gsu;

export function clausesOf(text: string): string[] {
  return (text.match(CLAUSE) ?? []).filter((clause) => clause !== '');
}

export function diffTexts(before: string, after: string): DiffRun[] {
  if (before === after) return before === '' ? [] : [{ kind: 'same', text: before }];
  const runs = diffTokens(clausesOf(before), clausesOf(after));
  return merge(refine(runs));
}

/** The longest common subsequence of two token lists as runs; replaced wholesale when too large. */
export function diffTokens(a: readonly string[], b: readonly string[]): DiffRun[] {
  if (a.length * b.length > MAX_CELLS) {
    return [
      { kind: 'removed', text: a.join('') },
      { kind: 'added', text: b.join('') },
    ].filter((run): run is DiffRun => run.text !== '');
  }
  const width = b.length + 1;
  // lengths[i * width + j]: the LCS length of a[i..] and b[j..].
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[i] === b[j]
          ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
    }
  }
  const runs: DiffRun[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      runs.push({ kind: 'same', text: a[i] ?? '' });
      i++;
      j++;
    } else if (i < a.length && (j === b.length || removeFirst(lengths, width, i, j))) {
      runs.push({ kind: 'removed', text: a[i] ?? '' });
      i++;
    } else {
      runs.push({ kind: 'added', text: b[j] ?? '' });
      j++;
    }
  }
  return runs;
}

/** Removals before additions where both keep the longest match: old text reads first. */
function removeFirst(lengths: Uint32Array, width: number, i: number, j: number): boolean {
  return (lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0);
}

/** A removed clause followed by an added one of a similar size: compared character by character. */
function refine(runs: readonly DiffRun[]): DiffRun[] {
  const grouped = merge(runs);
  const out: DiffRun[] = [];
  for (let k = 0; k < grouped.length; k++) {
    const run = grouped[k];
    const next = grouped[k + 1];
    if (
      run?.kind === 'removed' &&
      next?.kind === 'added' &&
      run.text.length <= MAX_CHAR_PAIR &&
      next.text.length <= MAX_CHAR_PAIR
    ) {
      const chars = diffTokens(tokensOf(run.text), tokensOf(next.text));
      const shared = chars.filter((c) => c.kind === 'same').reduce((n, c) => n + c.text.length, 0);
      // Mostly different: two whole clauses read better than confetti.
      if (shared * 2 >= Math.max(run.text.length, next.text.length)) {
        out.push(...chars);
        k++;
        continue;
      }
    }
    if (run) out.push(run);
  }
  return out;
}

function tokensOf(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function merge(runs: readonly DiffRun[]): DiffRun[] {
  const out: DiffRun[] = [];
  for (const run of runs) {
    const last = out.at(-1);
    if (last && last.kind === run.kind) last.text += run.text;
    else out.push({ ...run });
  }
  return out;
}
