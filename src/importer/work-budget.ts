// How much work the importer may spend on one input. A notice is tens of kilobytes; an input far past
// these bounds (megabytes on one line, tens of thousands of rows, a page of tags) is not a notice, and
// reading all of it would hold the server for seconds. Sizes are cut before the costly steps, every
// loop spends from the budget, and the deadline is read from the clock the caller passes in: once
// either runs out the importer stops where it is and says so.

export interface ImportLimits {
  /** Characters of decoded text (a text file, a web page, a Word file's converted HTML). */
  characters: number;
  /** Tags of a web page or a Word file's HTML: the parser's cost. */
  elements: number;
  /** Paragraphs or table rows. */
  lines: number;
  /** Cells of a table. */
  cells: number;
  /** Characters the assembler scans (a paragraph, a row's cells, a task's text as it grows). */
  work: number;
  /** Milliseconds from the start of the import, on the caller's clock. */
  milliseconds: number;
  /**
   * Work spent before the clock may cut: a notice-sized input is read whole however busy the machine
   * is, and only what costs more than a few notices can meet the deadline.
   */
  workBeforeClock: number;
}

/**
 * Several times what the largest notice needs: the 220-task seed is 13,000 characters on 1,220 lines
 * and spends 56,000 units of work; a Word file of a notice five times its size holds about 60,000 XML
 * elements. The deadline leaves the last half second of the 2 s an import may take for what follows;
 * it cuts only past workBeforeClock (almost three seeds), so a slow machine never cuts a real notice.
 */
export const IMPORT_LIMITS: ImportLimits = {
  characters: 1_000_000,
  elements: 60_000,
  lines: 10_000,
  cells: 100_000,
  work: 3_000_000,
  milliseconds: 1_500,
  workBeforeClock: 150_000,
};

export type CutReason = 'characters' | 'elements' | 'lines' | 'cells' | 'work' | 'time';

export interface Cut {
  reason: CutReason;
  /** The first line left unread (1-based), when known. */
  line: number | null;
  /** How much the input held, for the sizes known before reading (characters, elements, lines, cells). */
  total: number | null;
}

export class WorkBudget {
  readonly limits: ImportLimits;
  private readonly now: () => number;
  /** Reading stops at two thirds of the time, so what was read can still become tasks. */
  private readonly readingDeadline: number;
  private readonly deadline: number;
  private spentWork = 0;
  private cutAt: Cut | null = null;
  private spentOut = false;

  constructor(limits: ImportLimits, now: () => number) {
    this.limits = limits;
    this.now = now;
    const start = now();
    this.readingDeadline = start + (limits.milliseconds * 2) / 3;
    this.deadline = start + limits.milliseconds;
  }

  /** The caller's clock, for timing a step that cannot be interrupted (a Word conversion). */
  clock(): number {
    return this.now();
  }

  /** Milliseconds left before reading stops; infinite when the budget has no running clock. */
  readingTimeLeft(): number {
    if (this.now === unlimitedTime) return Number.POSITIVE_INFINITY;
    return Math.max(0, this.readingDeadline - this.now());
  }

  get spent(): number {
    return this.spentWork;
  }

  get cut(): Cut | null {
    return this.cutAt;
  }

  /** True once the work or the time has run out: the loops read nothing more. */
  get exhausted(): boolean {
    return this.spentOut;
  }

  /** Spends the work of reading `line`; false once the work or the time has run out (and from then on). */
  spend(units: number, line: number | null): boolean {
    if (this.spentOut) return false;
    if (this.spentWork + units > this.limits.work) return this.runOut({ reason: 'work', line, total: null });
    this.spentWork += units;
    if (this.clockMayCut() && this.now() > this.readingDeadline)
      return this.runOut({ reason: 'time', line, total: null });
    return true;
  }

  /** The last step (what was read -> tasks) only stops at the deadline itself. */
  finish(line: number | null): boolean {
    if (!this.clockMayCut() || this.now() <= this.deadline) return true;
    return this.runOut({ reason: 'time', line, total: null });
  }

  /** Records a cut the readers made by size (they go on with what they kept); the first is reported. */
  stop(cut: Cut): void {
    this.cutAt ??= cut;
  }

  private clockMayCut(): boolean {
    return this.spentWork > this.limits.workBeforeClock;
  }

  /** Running out stops reading at a line within what the readers kept: that is the cut reported. */
  private runOut(cut: Cut): false {
    this.spentOut = true;
    this.cutAt = cut;
    return false;
  }
}

/** A budget that never runs out of time: for callers without a clock (the work bound still holds). */
export const unlimitedTime = (): number => 0;

export function cutMessage(cut: Cut, limits: ImportLimits): string {
  const where = cut.line === null ? ',其后的内容' : `,已在第${cut.line}行处截断,从该行起的内容`;
  const rest = `${where}未导入。请检查文件是否正确,或拆分后分别导入`;
  switch (cut.reason) {
    case 'characters':
      return `文件过大:共${cut.total ?? '?'}个字符,超过${limits.characters}个字符的上限${rest}`;
    case 'elements':
      return `页面过于复杂:元素(标签)超过${limits.elements}个${rest}`;
    case 'lines':
      return `文件过长:共${cut.total ?? '?'}个段落或表格行,超过${limits.lines}行的上限${rest}`;
    case 'cells':
      return `表格过大:共${cut.total ?? '?'}个单元格,超过${limits.cells}个的上限${rest}`;
    case 'work':
      return `文件过于庞大或复杂,读取的工作量超过上限${rest}`;
    case 'time':
      return `文件过于庞大或复杂,读取超过${limits.milliseconds / 1000}秒${rest}`;
  }
}

export const INPUT_CUT = 'input.cut';
