// The assemblers' common vocabulary: what a reader's rows or paragraphs say, before structure.
import type { TaskMilestone } from '../../core/plan/plan.types.ts';
import type { NumberForm } from './numbering.ts';
import { NUMBER_STOPS } from './text-normalise.ts';

/** Units as a source gives them for one task. */
export type UnitCells =
  /** Real cells (a table, or labelled lines): the split is certain. */
  | {
      mode: 'cells';
      lead: string[];
      /** 责任单位: co-responsible beside a lead, the lead itself when no lead is named. */
      responsible: string[];
      /** Units named as co-responsible outright (配合单位, X配合). */
      co?: string[];
    }
  /**
   * Loose paragraphs whose cell boundary was lost. Each entry is one paragraph; '\u00a0' marks an
   * empty cell.
   */
  | { mode: 'paragraphs'; paragraphs: string[] };

export type Item =
  | { kind: 'part'; number: string; title: string; line: number }
  | { kind: 'section'; number: string; title: string; line: number }
  /** A numbered row: a task, or a subsection title when no units follow and the numbering says so. */
  | {
      kind: 'numbered';
      number: number;
      text: string;
      units: UnitCells;
      line: number;
      leaderName?: string;
      /** The number as printed ("1." "(一)"), and its form. */
      label?: string;
      form?: NumberForm;
      /** The task's own deadline as written (完成时限 12月底前). */
      deadline?: string;
      /** 进展情况 as written. */
      progress?: string;
      /** The plan for each quarter the row's milestone columns fill (进度安排 第一季度…), in quarter order. */
      milestones?: TaskMilestone[];
      /** The input ended inside this row. */
      cutOff?: boolean;
    }
  /** Text that fits nowhere; kept so the report can show it. */
  | { kind: 'stray'; text: string; line: number };

const PART = new RegExp(`^([一二三四五六七八九十]{1,3})[、${NUMBER_STOPS}]\\s*(.+)$`, 'u');
const SECTION = /^[(（]([一二三四五六七八九十]{1,3})[)）]\s*(.*)$/;

/** A part (一、…) or section ((一)…) heading, or null. */
export function parseHeading(text: string, line: number): Extract<Item, { kind: 'part' | 'section' }> | null {
  const part = PART.exec(text);
  if (part) return { kind: 'part', number: part[1] ?? '', title: (part[2] ?? '').trim(), line };
  const section = SECTION.exec(text);
  if (section) return { kind: 'section', number: section[1] ?? '', title: (section[2] ?? '').trim(), line };
  return null;
}
