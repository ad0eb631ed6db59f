// How far the server's heap may grow past what it keeps alive before V8 collects it in full.
// V8 lets the old generation reach up to four times the live heap between full collections; the
// server keeps about 40 MB alive (answers, sessions, compiled code), so a day of requests left up to
// 160 MB of garbage resident and peaks near 350 MB. Half again the live heap keeps the peak near
// 170 MB for the same work and the same CPU per request (bench:api prints both); it changes only when
// a collection starts, never how much the heap may hold, so a large import or export is not limited.
import { setFlagsFromString } from 'node:v8';

export const DEFAULT_HEAP_GROWTH_PERCENT = 50;

/** DUBAN_HEAP_GROWTH_PERCENT as given: a whole number 1–300, `0` for V8's own choice, else null. */
export function heapGrowthPercent(given: string | undefined): number | null {
  if (given === undefined || given.trim() === '') return DEFAULT_HEAP_GROWTH_PERCENT;
  if (!/^\d{1,3}$/.test(given.trim())) return null;
  const percent = Number(given.trim());
  return percent <= 300 ? percent : null;
}

/**
 * Sets the heap's growth for this process; returns a warning for the log when the setting is not a
 * percentage (the default is used then). Call before the server starts taking requests.
 */
export function keepHeapLean(env: NodeJS.ProcessEnv = process.env): string | null {
  const given = env['DUBAN_HEAP_GROWTH_PERCENT'];
  const percent = heapGrowthPercent(given);
  const used = percent ?? DEFAULT_HEAP_GROWTH_PERCENT;
  if (used > 0) setFlagsFromString(`--heap-growing-percent=${used}`);
  return percent === null
    ? `DUBAN_HEAP_GROWTH_PERCENT=${given} is not a whole number from 0 to 300; using ${DEFAULT_HEAP_GROWTH_PERCENT}`
    : null;
}
