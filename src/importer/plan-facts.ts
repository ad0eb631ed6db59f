// The notice's own facts: title, issuer, year, dates, cadence, hotline. Garbled values are reported.
import type { Cadence, ImportIssue, PlanFacts, PlanLevel } from '../core/plan/plan.types.ts';
import type { SourceLine } from './source.types.ts';
import { issue } from './assemble/structure.ts';
import { fullIssuerFromMetadata } from './issuer-metadata.ts';
import { joinWrappedTitle, placeBeforeYear } from './title-lines.ts';
import { isBlankCell, toAsciiDigits } from './assemble/text-normalise.ts';

/** `body` is the whole notice's text, for the level when neither issuer nor title names it. */
export function readPlanFacts(
  preamble: SourceLine[],
  body: readonly string[] = [],
): { plan: PlanFacts; issues: ImportIssue[] } {
  const lines = preamble
    .filter((l) => !isBlankCell(l.text))
    .map((l) => ({ ...l, text: withoutGlosses(toAsciiDigits(l.text)) }));
  body = body.map(withoutGlosses);
  const all = lines.map((l) => l.text).join('\n');
  const issues: ImportIssue[] = [];
  const title = readTitle(lines);
  const issuer = readIssuer(title, [...lines, ...body.map((text) => ({ text, line: 0 }))], all);
  const plan: PlanFacts = {
    title,
    issuer,
    level: readLevel(issuer, title, body.length > 0 ? body : lines.map((l) => l.text)),
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

/** A pinyin gloss a repost writes after a character (區(qū), 劃（huà）), which splits the words around it. */
const GLOSS = /(?<=[\u4e00-\u9fff])[(\uff08][a-z\u00e0-\u00fc\u0101-\u01dc]{1,6}[)\uff09]/gu;

function withoutGlosses(text: string): string {
  return text.replace(GLOSS, '');
}

function numberOrNull(text: string | undefined): number | null {
  return text === undefined ? null : Number(text);
}

const TITLE_WORDS =
  /通知|决定|方案|分解|清单|责任|任务|实事|分工|重点工作|进展情况|責任|任務|實事|清單|決定|重點工作|進展情況/u;
/** 关于, also as reposts in traditional characters write it (關于, 關於). */
const ABOUT = /关于|關于|關於/u;

/** The notice's title: a line "…关于…的通知" first, else a short line naming a task list. */
function readTitle(lines: SourceLine[]): string | null {
  const short = lines.filter((l) => l.text.length <= 80 && !/[。:：]$/u.test(l.text));
  // A title wrapped before its last words (…关于印发2020年市 / 《政府工作报告》…的通知) names them on the next line.
  const about = short
    .filter((l) => ABOUT.test(l.text))
    .map((l) => joinWrappedTitle(lines, l))
    .find((t) => TITLE_WORDS.test(t));
  const other = short.find((l) => TITLE_WORDS.test(l.text) && !/^(各|根据|为|现将|请)/u.test(l.text));
  return about ?? (other ? joinWrappedTitle(lines, other) : null);
}

const ISSUER_END =
  '(?:人民政府办公室|人民政府办公厅|人民政府辦公室|人民政府辦公廳|人民政府|办公室|办公厅|辦公室|辦公廳|管理委员会|委员会|管委会)';

const SIGNATURE = new RegExp(`^[\\u4e00-\\u9fff]{2,20}${ISSUER_END}$`, 'u');

function readIssuer(title: string | null, lines: SourceLine[], all: string): string | null {
  // The title may follow its document number, a label or a site's tag (武政辦〔2023〕1號《…, 名称: …,
  // 【市政府重点工作】滁州市人民政府关于…).
  const fromTitle = title
    ? new RegExp(
        `(?:^|[《:\\uff1a\\s】\\]])([\\u4e00-\\u9fff]{2,24}?${ISSUER_END})(?:关于|關于|關於)`,
        'u',
      ).exec(title)?.[1]
    : undefined;
  const fromFile = issuerOfFileHeader(lines);
  const fromSource = /信息来源\s*[:\uff1a]\s*(\S+?(?:人民政府|办公室))/u.exec(all)?.[1];
  const signature = lines
    .filter((l) => l.text.length <= 40)
    .map((l) => l.text.replace(/\s/gu, ''))
    .filter((t) => SIGNATURE.test(t));
  const issuer = fromTitle ?? fromFile ?? fromSource ?? signature[0] ?? issuerOfSentence(all) ?? null;
  if (issuer === null || !/^[省市县区]/u.test(issuer)) return issuer;
  // 市政府办公室 is the short form of the signature's 衢州市人民政府办公室.
  const short = (t: string): string => t.replace('人民政府', '政府');
  const signed = signature.find(
    (t) => (t.endsWith(issuer) || short(t).endsWith(issuer)) && t.length > issuer.length,
  );
  return signed ?? fullIssuerFromMetadata(issuer, all) ?? issuer;
}

/**
 * A copy without a title line names the notice in a sentence before the list (湖北省人民政府關于印發…的
 * 通知,鄂政發〔2020〕19號,… or 近日,安徽省人民政府发布关于…的通知): the government that issues it.
 */
function issuerOfSentence(all: string): string | undefined {
  const named = new RegExp(
    `(?:^|[,\\uff0c。;\\uff1b\\s])([\\u4e00-\\u9fff]{2,24}?${ISSUER_END})\\s?(?:发布|印发|下发|印發|發布)?(?:关于|關于|關於)[^。\\n]{2,120}?的通知`,
    'mu',
  );
  return named.exec(all)?.[1];
}

/**
 * The red header "许昌市人民政府文件 许政〔2020〕21号": at a line's start, or glued into a paragraph,
 * where the document number's first character (许) marks where the place name starts.
 */
function issuerOfFileHeader(lines: SourceLine[]): string | undefined {
  for (const { text } of lines) {
    if (!text.includes('文件')) continue;
    const line = text.replace(/\s/gu, '');
    const head = /^([\u4e00-\u9fff]{2,20}?人民政府(?:办公室|办公厅)?)文件/u.exec(line);
    if (head) return head[1];
    const glued = /人民政府(办公室|办公厅)?文件([\u4e00-\u9fff])[\u4e00-\u9fff]?[政办]/u.exec(line);
    if (!glued) continue;
    const start = line.lastIndexOf(glued[2] ?? '', glued.index);
    if (start >= 0 && glued.index - start <= 8)
      return line.slice(start, glued.index + 4 + (glued[1] ?? '').length);
  }
  return undefined;
}

/** A year, or a range of years (2020—2022年), whose first year is the one captured. */
const YEARS = '(20\\d{2})(?:\\s*[—–\\-－~～至到]\\s*20\\d{2})?\\s*年';

/**
 * The title's year, else 20xx年度, else the document number (平政办〔2013〕11号, 杭政辦函〔2018〕14號) on
 * its own or after 文号 (文號), else the first 20xx年 that is not a date, else the year of a date line
 * (13.03.2015), else the year of the date the page gives as issued (发文日期: 2019-04-18). A plan over several years (三年行动方案(2020—2022年)) is the plan of its first year,
 * the year it is issued in and starts.
 */
function readYear(title: string | null, all: string): number | null {
  const match =
    new RegExp(`${YEARS}度?`, 'u').exec(title ?? '') ??
    /(20\d{2})\s*年度/u.exec(all) ??
    /(?:^|文[号號]|字[号號])[\s|:\uff1a]*[\u4e00-\u9fff]{1,8}\s*[〔[\uff3b(\uff08](20\d{2})[〕\]\uff3d)\uff09]\s*\d+\s*[号號]/mu.exec(
      all,
    ) ??
    new RegExp(`${YEARS}(?!\\s*\\d{1,2}\\s*月)`, 'u').exec(all) ??
    /(?:发文|成文|发布)日期\s*[:\uff1a]\s*(20\d{2})[-./年]\d{1,2}/u.exec(all) ??
    /^\d{1,2}[./]\d{1,2}[./](20\d{2})\b|^(20\d{2})[-./]\d{1,2}[-./]\d{1,2}/mu.exec(all) ??
    // The date under the signature, on a line of its own (2025 年 3 月 1 日).
    /^\s*(20\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$/mu.exec(all);
  const year = match?.[1] ?? match?.[2];
  return year === undefined ? null : Number(year);
}

const ZONE = /开发区|高新区|经开区|新区|园区|集中区|示范区|管委会|管理委员会|试验区|保税区/u;
const LEVEL_OF: Record<string, PlanLevel> = {
  省: 'province',
  市: 'city',
  州: 'city',
  盟: 'city',
  县: 'county',
  縣: 'county',
  旗: 'county',
  区: 'district',
  區: 'district',
};

/** The level of the issuer's place (自治区 is a province), else what the notice calls itself (全区, 区政府). */
function readLevel(issuer: string | null, title: string | null, body: readonly string[]): PlanLevel | null {
  for (const name of [issuer, title]) {
    if (!name) continue;
    if (ZONE.test(name)) return 'zone';
    // A title naming the government by its level alone (市政府2020年重点工作…, 县人民政府关于…).
    const own = /^([省市县区縣區])(?:人民)?政府/u.exec(name)?.[1];
    if (own) return LEVEL_OF[own] ?? null;
    const place = name.replace(new RegExp(`${ISSUER_END}.*$`, 'u'), '').replace(/(关于|關于|關於).*$/u, '');
    if (/自治区$/u.test(place)) return 'province';
    const level = LEVEL_OF[place.at(-1) ?? ''] ?? LEVEL_OF[placeBeforeYear(name)?.at(-1) ?? ''];
    if (level) return level;
  }
  return levelFromWords(body);
}

/**
 * The level the document's words speak of most (全县, 县政府, 本县), outside the titles it cites;
 * failing those, the level its units are named at (县水务局, 县住建局: a sheet that names no issuer is
 * still a county's).
 */
function levelFromWords(body: readonly string[]): PlanLevel | null {
  // The titles of the documents a notice cites (《省政府办公厅关于印发…的通知》) speak of their issuers.
  const text = body.join('\n').replace(CITED_TITLE, '');
  return mostNamed(text, (c) => `全${c}|${c}政府|${c}委|本${c}`) ?? mostNamed(text, (c) => UNIT_AT(c));
}

/** A cited document's title in book-title marks, nested marks (《…〈…〉…》) inside it. */
const CITED_TITLE = /《[^《》\n]{1,200}》/gu;

const UNIT_AT = (level: string): string =>
  `(?<![\u4e00-\u9fff])${level}[\u4e00-\u9fff]{1,8}?(?:局|委|办|中心|厅)(?![\u4e00-\u9fff])`;

function mostNamed(text: string, pattern: (char: string) => string): PlanLevel | null {
  let best: PlanLevel | null = null;
  let bestCount = 0;
  for (const [char, level] of Object.entries(LEVEL_OF)) {
    const count = text.split(new RegExp(pattern(char), 'u')).length - 1;
    if (count > bestCount) [best, bestCount] = [level, count];
  }
  return best;
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
