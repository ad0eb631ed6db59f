// Time is an argument: the server passes the wall clock, tests a fixed one.
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

export function fixedClock(start: Date): Clock & { advance(ms: number): void; set(at: Date): void } {
  let now = start.getTime();
  const clock = () => new Date(now);
  clock.advance = (ms: number) => {
    now += ms;
  };
  clock.set = (at: Date) => {
    now = at.getTime();
  };
  return clock;
}
