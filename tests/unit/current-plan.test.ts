import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { currentPlan } from '../../web/src/api/current-plan.ts';

const plan = (year: number, state = 'active') => ({ year, state });

describe('the plan the public page and the pages show by default', () => {
  test('is the plan of the year that contains the city’s today, not one imported for a later year', () => {
    assert.equal(currentPlan([plan(2025), plan(2026), plan(2031)], '2026-03-10')?.year, 2026);
  });

  test('before this year’s plan is imported, is the latest plan whose year has started', () => {
    assert.equal(currentPlan([plan(2024), plan(2025), plan(2030)], '2026-01-02')?.year, 2025);
  });

  test('is a future plan only when no plan’s year has started, the nearest one', () => {
    assert.equal(currentPlan([plan(2029), plan(2027)], '2026-06-01')?.year, 2027);
  });

  test('prefers an active plan to a draft or archived one', () => {
    assert.equal(currentPlan([plan(2026, 'draft'), plan(2025)], '2026-06-01')?.year, 2025);
    assert.equal(currentPlan([plan(2026, 'draft')], '2026-06-01')?.year, 2026);
  });

  test('is none before any plan is imported', () => {
    assert.equal(currentPlan([], '2026-06-01'), undefined);
  });
});
