// The corpus agreement as a table: one row per notice, then the whole corpus (npm run corpus:report).
import type { Agreement, NoticeScore } from './notice-corpus.ts';
import { rates, sumAgreement } from './notice-corpus.ts';

const percent = (part: number, whole: number): string =>
  whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;

function row(name: string, level: string, a: Agreement, plan: string): string {
  const cells = [
    name,
    level,
    String(a.expected),
    `${a.found} (${percent(a.found, a.expected)})`,
    `${a.leadRight} (${percent(a.leadRight, a.expected)})`,
    `${a.coRight} (${percent(a.coRight, a.expected)})`,
    `${a.unitsRight}`,
    String(a.extra),
    `${a.deadlinesRight}/${a.deadlinesGiven}`,
    `${a.leadersRight}/${a.leadersGiven}`,
    plan,
  ];
  return `| ${cells.join(' | ')} |`;
}

const HEADER =
  '| notice | level | tasks | number+text right | lead right | co right | both right | extra | deadlines | leaders | plan facts |\n' +
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |';

/** Markdown table: per notice, then the total; with misses listed below when asked. */
export function formatCorpusReport(scores: readonly NoticeScore[], withMisses = false): string {
  const lines = [HEADER];
  for (const s of scores) lines.push(row(s.id, s.level, s, planOf([s])));
  for (const level of ['province', 'city', 'county', 'district', 'zone'] as const) {
    const of = scores.filter((s) => s.level === level);
    if (of.length > 0)
      lines.push(row(`*all ${level} notices (${of.length})*`, level, sumAgreement(of), planOf(of)));
  }
  const total = sumAgreement(scores);
  const plan = planOf(scores);
  lines.push(row(`**all ${scores.length} notices**`, '', total, plan));
  const r = rates(total);
  lines.push(
    '',
    `overall: ${total.expected} tasks; number+text ${percent(total.found, total.expected)}, ` +
      `lead units ${percent(total.leadRight, total.expected)}, co units ${percent(total.coRight, total.expected)}, ` +
      `${total.extra} extra tasks (rates ${r.found.toFixed(3)} / ${r.lead.toFixed(3)} / ${r.co.toFixed(3)})`,
  );
  if (withMisses) lines.push('', ...scores.flatMap((s) => s.misses.map((m) => `${s.id}: ${m}`)));
  return lines.join('\n');
}

function planOf(scores: readonly NoticeScore[]): string {
  const sum = (key: 'planRight' | 'planGiven'): number => scores.reduce((n, s) => n + s[key], 0);
  return `${sum('planRight')}/${sum('planGiven')}`;
}
