// The lines above the table: the title and the notice's facts, written the way the notice writes them
// so that a person reads them at a glance and an import of the exported file finds them again. The
// colons are ASCII, as in the published notice, because that is the form an import reads.
import type { Cadence, PlanFacts } from '../core/plan/plan.types.ts';

/** The plan's own title; a plan without one is named after its year. */
export function planTitle(plan: PlanFacts): string {
  if (plan.title !== null && plan.title.trim() !== '') return plan.title;
  return plan.year === null ? '重点工作任务分解' : `${plan.year}年度重点工作任务分解`;
}

const CADENCE_WORDS: Record<Cadence, string> = {
  quarterly: '按季度',
  monthly: '按月',
  'half-yearly': '每半年',
  yearly: '按年度',
};

/** Fact lines under the title, each short enough for one printed line; absent facts are left out. */
export function planFactLines(plan: PlanFacts): string[] {
  const lines: string[] = [];
  const title = planTitle(plan);
  // A title that does not carry the year would lose it; the attachment's caption carries it instead.
  if (plan.year !== null && !title.includes(String(plan.year))) {
    lines.push(`${plan.year}年度重点工作任务分解表`);
  }
  const source = [
    plan.publishedAt === null ? null : `发布时间:${plan.publishedAt}`,
    plan.issuer === null ? null : `信息来源:${plan.issuer}`,
  ];
  lines.push(joinPresent(source, '\u2002\u2002'));
  lines.push(bodyLine(plan));
  const deadline = deadlineText(plan.deadline);
  const closing = [
    plan.hotline === null ? null : `监督电话:${plan.hotline}。`,
    deadline === null ? null : `完成时限:${deadline}。`,
  ];
  lines.push(joinPresent(closing, '\u2002\u2002\u2002\u2002'));
  return lines.filter((line) => line !== '');
}

function bodyLine(plan: PlanFacts): string {
  const count = plan.announcedTaskCount === null ? null : `确定了${plan.announcedTaskCount}项重点工作任务`;
  const cadence =
    plan.cadence === null ? null : `各责任单位${CADENCE_WORDS[plan.cadence]}反馈重点工作进展情况和完成情况`;
  const text = joinPresent([count, cadence], ',');
  return text === '' ? '' : `${text}。`;
}

function joinPresent(parts: (string | null)[], separator: string): string {
  return parts.filter((part): part is string => part !== null).join(separator);
}

/** 2024-12-31 -> 2024年底, 2024-06-30 -> 2024年6月底, else 2024年7月15日: the notice's own wording. */
function deadlineText(iso: string | null): string | null {
  const match = iso === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month === 12 && day === 31) return `${year}年底`;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day === lastDay) return `${year}年${month}月底`;
  return `${year}年${month}月${day}日`;
}
