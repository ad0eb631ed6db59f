// The notice's own facts: title, issuer, year, dates, cadence, hotline. Garbled values are reported.
import type { Cadence, ImportIssue, PlanFacts } from '../core/plan/plan.types.ts';
import type { SourceLine } from './source.types.ts';
import { issue } from './assemble/structure.ts';
import { isBlankCell, toAsciiDigits } from './assemble/text-normalise.ts';

export function readPlanFacts(preamble: SourceLine[]): { plan: PlanFacts; issues: ImportIssue[] } {
  const lines = preamble
    .filter((l) => !isBlankCell(l.text))
    .map((l) => ({ ...l, text: toAsciiDigits(l.text) }));
  const all = lines.map((l) => l.text).join('\n');
  const issues: ImportIssue[] = [];
  const title = lines.find((l) => /通知|决定|方案|分解/.test(l.text) && l.text.length <= 80)?.text ?? null;
  const plan: PlanFacts = {
    title,
    issuer: readIssuer(title, all),
    year: readYear(title, all),
    publishedAt: readPublishedAt(all),
    deadline: readDeadline(lines, issues),
    cadence: readCadence(all),
    hotline: /监督电话\s*[:\uff1a]\s*([\d\-—()\uff08\uff09]{2,20}\d)/.exec(all)?.[1] ?? null,
    announcedTaskCount: numberOrNull(/确定了?\s*(\d+)\s*项/.exec(all)?.[1]),
  };
  reportGarbledDates(lines, issues);
  return { plan, issues };
}

function numberOrNull(text: string | undefined): number | null {
  return text === undefined ? null : Number(text);
}

function readIssuer(title: string | null, all: string): string | null {
  const fromTitle = title
    ? /^(.+?(?:人民政府办公室|人民政府|办公室|委员会|管委会))关于/.exec(title)?.[1]
    : undefined;
  return fromTitle ?? /信息来源\s*[:\uff1a]\s*(\S+?(?:人民政府|办公室))/.exec(all)?.[1] ?? null;
}

function readYear(title: string | null, all: string): number | null {
  const match = /(20\d{2})\s*年度?/.exec(title ?? '') ?? /(20\d{2})\s*年度/.exec(all);
  return match ? Number(match[1]) : null;
}

function readPublishedAt(all: string): string | null {
  const iso = /发布(?:时间|日期)\s*[:\uff1a]\s*(\d{4})-(\d{1,2})-(\d{1,2})/.exec(all);
  const cn = /发布(?:时间|日期)\s*[:\uff1a]\s*(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(all);
  const match = iso ?? cn;
  return match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date.toISOString().slice(0, 10);
}

function lastDayOfMonth(year: number, month: number): string | null {
  return isoDate(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
}

function readDeadline(lines: SourceLine[], issues: ImportIssue[]): string | null {
  const line = lines.find((l) => /完成时限/.test(l.text));
  if (!line) return null;
  const value = /完成时限\s*[:\uff1a]\s*([^。;\uff1b\s]*)/.exec(line.text)?.[1] ?? '';
  const endOfYear = /^(\d{4})年(?:底|末|年底|12月底|12月31日)$/.exec(value);
  if (endOfYear) return isoDate(Number(endOfYear[1]), 12, 31);
  const endOfMonth = /^(\d{4})年(\d{1,2})月底$/.exec(value);
  if (endOfMonth) return lastDayOfMonth(Number(endOfMonth[1]), Number(endOfMonth[2]));
  const day = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(value);
  if (day) return isoDate(Number(day[1]), Number(day[2]), Number(day[3]));
  issues.push(
    issue('warning', 'plan.garbled_deadline', `完成时限"${value}"无法识别,未推断`, line.line, null),
  );
  return null;
}

function readCadence(all: string): Cadence | null {
  if (/按季度|每季度|逐季/.test(all)) return 'quarterly';
  if (/按月|每月/.test(all)) return 'monthly';
  if (/每半年|按半年/.test(all)) return 'half-yearly';
  if (/每年|按年度/.test(all)) return 'yearly';
  return null;
}

/** A line of 5–8 bare digits near the signature is a date whose 年月日 were lost. */
function reportGarbledDates(lines: SourceLine[], issues: ImportIssue[]): void {
  for (const line of lines) {
    const digits = line.text.replace(/[\s\u00a0\u3000]/g, '');
    if (/^20\d{3,6}$/.test(digits)) {
      issues.push(
        issue('info', 'plan.garbled_date', `"${digits}"像是丢失了年月日的落款日期,未使用`, line.line, null),
      );
    }
  }
}
