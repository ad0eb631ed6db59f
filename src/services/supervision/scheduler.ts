// The scheduler inside the server: every interval it records the reminders and escalations due
// and posts waiting notices to group chats. Passes never overlap; stop() waits for the current one.
import type { Clock } from '../support/clock.ts';
import type { Store } from '../store.ts';
import type { Deliver } from '../notifications/delivery.ts';
import { deliverDue } from '../notifications/delivery.ts';
import { recordDueNotices } from './escalation-tick.ts';

export interface TickReport {
  recorded: number;
  orders: number;
  delivered: number;
  failed: number;
}

export interface Scheduler {
  /** Runs one pass now (after any pass in progress) and reports what it did. */
  tick(): Promise<TickReport>;
  stop(): Promise<void>;
}

export function startScheduler(input: {
  store: Store;
  clock: Clock;
  intervalMs: number;
  /** The least time between a unit's chat digest and its follow-up (digest-record.ts). */
  followUpMs?: number;
  deliver: Deliver;
  /** Told about a pass that failed; the next pass tries again. */
  onError?: (error: unknown) => void;
  /** Told about each background pass that finished (for /metrics). */
  onPass?: (report: TickReport) => void;
  /** Run a first pass at once (the default) rather than after the first interval. */
  startNow?: boolean;
}): Scheduler {
  let chain: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const pass = async (): Promise<TickReport> => {
    const now = input.clock();
    const { followUpMs } = input;
    const recorded = await recordDueNotices({
      store: input.store,
      now,
      ...(followUpMs === undefined ? {} : { followUpMs }),
    });
    const delivered = await deliverDue({ store: input.store, now, deliver: input.deliver });
    return { ...recorded, ...delivered };
  };
  const tick = (): Promise<TickReport> => {
    const next = chain.then(pass, pass);
    chain = next.catch(() => undefined);
    return next;
  };
  const background = () => {
    if (!stopped) tick().then(input.onPass, (error: unknown) => input.onError?.(error));
  };
  const timer = setInterval(background, input.intervalMs);
  timer.unref();
  if (input.startNow ?? true) background();
  return {
    tick,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await chain;
    },
  };
}
