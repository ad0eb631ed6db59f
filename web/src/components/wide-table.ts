// A table of many columns on a phone: rather than squeezing every column to one character's width,
// it keeps the width its columns need and scrolls sideways inside its own box (web/src/app/readable.css),
// which the frame makes a focusable, named region (use-scroll-regions.ts). Ant Design's `scroll.x`
// would do the same but adds a hidden measure row that repeats every column's title: a title holding
// a control (the review queue's tick-all box) is then focusable inside aria-hidden.
import type { CSSProperties } from 'react';

declare module 'react' {
  interface CSSProperties {
    '--duban-table-min'?: string;
  }
}

/** A Table's className and style: at least `minWidth` px wide on a phone, as before on a desk. */
export function wideOnPhone(
  minWidth: number,
  className?: string,
): { className: string; style: CSSProperties } {
  return {
    className: className ? `duban-wide-table ${className}` : 'duban-wide-table',
    style: { '--duban-table-min': `${minWidth}px` },
  };
}
