// Which targets a stretch word (力争/争取/争创) governs.
//
// A stretch word covers the rest of its clause and the comma clauses after it in the same
// sentence, until a clause opens with a new action verb: 力争新上市企业4家,直接融资规模超200亿元
// are both stretch targets, while in 积极争取增发国债…,推动实施重点项目921个 the 921 is not.
import { STRETCH_WORDS, opensWithVerb } from './lexicon.ts';
import { clauseFirstChar } from './text.ts';
import type { Clause } from './text.ts';

export type StretchTest = (position: number, clauseIndex: number) => boolean;

export function stretchTest(text: string, clauses: readonly Clause[]): StretchTest {
  const firstWord = clauses.map((clause) => firstStretchWord(text, clause));
  const reach = clauseReach(text, clauses);
  // coveredBy[j]: the furthest clause reached by a stretch word in a clause before j.
  const coveredBy: number[] = [];
  let furthest = -1;
  clauses.forEach((_clause, index) => {
    coveredBy.push(furthest);
    if ((firstWord[index] ?? -1) >= 0) furthest = Math.max(furthest, reach[index] ?? index);
  });
  return (position, clauseIndex) => {
    const word = firstWord[clauseIndex] ?? -1;
    return (coveredBy[clauseIndex] ?? -1) >= clauseIndex || (word >= 0 && word <= position);
  };
}

function firstStretchWord(text: string, clause: Clause): number {
  const body = text.slice(clause.start, clause.end);
  const hits = STRETCH_WORDS.map((word) => body.indexOf(word)).filter((hit) => hit >= 0);
  return hits.length === 0 ? -1 : clause.start + Math.min(...hits);
}

/** reach[k]: the last clause a stretch word in clause k still covers. */
function clauseReach(text: string, clauses: readonly Clause[]): number[] {
  const reach = clauses.map((_clause, index) => index);
  for (let index = clauses.length - 2; index >= 0; index -= 1) {
    const clause = clauses[index];
    const next = clauses[index + 1];
    if (clause === undefined || next === undefined || clause.endsSentence) continue;
    if (!opensWithVerb(text, clauseFirstChar(text, next))) reach[index] = reach[index + 1] ?? index + 1;
  }
  return reach;
}
