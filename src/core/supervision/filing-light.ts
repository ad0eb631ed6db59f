// The light of one unit's filing for one task in one period, from what the office holds: when the
// filing first reached it, the filed status, percent and indicator figures, and how often it came
// back. Indicator paces are judged at the quarter's end, the moment a quarterly filing describes.
import type { Indicator } from '../plan/plan.types.ts';
import type { IsoDate } from '../period/period.ts';
import type { LightRules } from './light-rules.ts';
import type { IndicatorPace, LightResult } from './lights.ts';
import type { SelfStatus } from '../report/report.types.ts';
import { computeLight } from './lights.ts';
import { elapsedShareAtPeriodEnd, paceOf } from './pace.ts';

export interface FiledFacts {
  /** The first time the filing reached the office (its first sign-off). */
  filedAt: Date;
  selfStatus: SelfStatus | null;
  percentComplete: number | null;
  indicatorActuals: readonly { indicatorId: number; value: number | null }[];
  /** How many times the office returned it in the period. */
  returnCount: number;
  /** The office accepted its latest version. */
  accepted?: boolean;
}

export interface FilingLightInput {
  period: string;
  dueOn: IsoDate;
  now: Date;
  utcOffsetMinutes: number;
  /** null while nothing has reached the office. */
  filing: FiledFacts | null;
  indicators: readonly { id: number; indicator: Indicator }[];
  completionVerified: boolean;
  rules: LightRules;
}

export interface PacedIndicator extends IndicatorPace {
  indicatorId: number;
  actual: number;
}

export interface FilingLight extends LightResult {
  elapsedShare: number;
  indicatorPaces: PacedIndicator[];
}

export function filingLight(input: FilingLightInput): FilingLight {
  const elapsedShare = elapsedShareAtPeriodEnd(input.period);
  const indicatorPaces = pacesOf(input, elapsedShare);
  const { filing } = input;
  const result = computeLight(
    {
      period: input.period,
      dueOn: input.dueOn,
      filedAt: filing?.filedAt ?? null,
      now: input.now,
      utcOffsetMinutes: input.utcOffsetMinutes,
      status: filing?.selfStatus ?? null,
      percentComplete: filing?.percentComplete ?? null,
      elapsedShare,
      indicatorPaces,
      returnCount: filing?.returnCount ?? 0,
      completionVerified: input.completionVerified,
      accepted: filing?.accepted ?? false,
    },
    input.rules,
  );
  return { ...result, elapsedShare, indicatorPaces };
}

function pacesOf(input: FilingLightInput, elapsedShare: number): PacedIndicator[] {
  const actuals = input.filing?.indicatorActuals ?? [];
  return input.indicators.flatMap(({ id, indicator }) => {
    const actual = actuals.find((entry) => entry.indicatorId === id)?.value;
    if (actual === undefined || actual === null) return [];
    const pace = paceOf({ indicator, actual, elapsedShare });
    return [
      { indicatorId: id, actual, metric: indicator.metric, pace: pace.pace, explanation: pace.explanation },
    ];
  });
}
