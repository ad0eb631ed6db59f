// What a closed quarter looked like (lights, cards, scores), and how it differs from the quarter
// before: lights that changed, cards that are new, and each unit's score delta.
import type { PeriodKey } from '../period/period.ts';
import type { CardColor, CardState } from './cards.ts';
import type { Light } from './light-rules.ts';

export interface SnapshotLight {
  taskId: number;
  seq: number;
  unitId: number;
  unitName: string;
  light: Light;
  reasons: string[];
}

export interface SnapshotCard {
  id: number;
  taskId: number;
  unitId: number;
  color: CardColor;
  issuedColor: CardColor;
  state: CardState;
}

export interface SnapshotScore {
  unitId: number;
  unitName: string;
  total: number;
  rank: number;
}

export interface PeriodSnapshot {
  period: PeriodKey;
  /** ISO instant the quarter was closed. */
  takenAt: string;
  lights: SnapshotLight[];
  cards: SnapshotCard[];
  scores: SnapshotScore[];
}

export interface SnapshotDiff {
  period: PeriodKey;
  previousPeriod: PeriodKey | null;
  lightsChanged: { taskId: number; unitId: number; from: Light | null; to: Light | null }[];
  newCards: SnapshotCard[];
  scoreDeltas: { unitId: number; before: number; after: number; delta: number }[];
}

const pairKey = (entry: { taskId: number; unitId: number }) => `${entry.taskId}:${entry.unitId}`;

export function diffSnapshots(previous: PeriodSnapshot | null, current: PeriodSnapshot): SnapshotDiff {
  return {
    period: current.period,
    previousPeriod: previous?.period ?? null,
    lightsChanged: lightChanges(previous?.lights ?? [], current.lights),
    newCards: current.cards.filter((card) => !(previous?.cards ?? []).some((old) => old.id === card.id)),
    scoreDeltas: scoreDeltas(previous?.scores ?? [], current.scores),
  };
}

function lightChanges(
  before: readonly SnapshotLight[],
  after: readonly SnapshotLight[],
): SnapshotDiff['lightsChanged'] {
  const old = new Map(before.map((entry) => [pairKey(entry), entry]));
  const now = new Map(after.map((entry) => [pairKey(entry), entry]));
  const pairs = new Map([...old, ...now]);
  return [...pairs].flatMap(([key, { taskId, unitId }]) => {
    const from = old.get(key)?.light ?? null;
    const to = now.get(key)?.light ?? null;
    return from === to ? [] : [{ taskId, unitId, from, to }];
  });
}

function scoreDeltas(
  before: readonly SnapshotScore[],
  after: readonly SnapshotScore[],
): SnapshotDiff['scoreDeltas'] {
  const unitIds = [...new Set([...before, ...after].map((score) => score.unitId))].sort((a, b) => a - b);
  const totalOf = (scores: readonly SnapshotScore[], unitId: number) =>
    scores.find((score) => score.unitId === unitId)?.total ?? 0;
  return unitIds.map((unitId) => {
    const previous = totalOf(before, unitId);
    const current = totalOf(after, unitId);
    return { unitId, before: previous, after: current, delta: current - previous };
  });
}
