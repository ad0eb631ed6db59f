import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DomainError } from '../../src/core/errors.ts';
import {
  assertComplete,
  carriedOver,
  contentIssues,
  mergeContent,
  validContent,
} from '../../src/core/report/report-content.ts';
import { EMPTY_CONTENT, type ReportContent } from '../../src/core/report/report.types.ts';

const rules = { indicatorIds: [7, 8] };
const content = (patch: Partial<ReportContent>): ReportContent => ({ ...EMPTY_CONTENT, ...patch });
const paths = (c: ReportContent) => contentIssues(c, rules).map((issue) => `${issue.path}:${issue.code}`);

describe('a filing’s content', () => {
  test('a draft may be partial: an empty filing has no content issues', () => {
    assert.deepEqual(paths(EMPTY_CONTENT), []);
  });

  test('percent complete is a whole number from 0 to 100', () => {
    assert.deepEqual(paths(content({ percentComplete: 101 })), ['percentComplete:out_of_range']);
    assert.deepEqual(paths(content({ percentComplete: 12.5 })), ['percentComplete:out_of_range']);
    assert.deepEqual(paths(content({ percentComplete: -1 })), ['percentComplete:out_of_range']);
    assert.deepEqual(paths(content({ percentComplete: 0 })), []);
  });

  test('a status must agree with the percent: completed is 100, not started is 0', () => {
    assert.deepEqual(paths(content({ selfStatus: 'completed', percentComplete: 90 })), [
      'percentComplete:contradicts_status',
    ]);
    assert.deepEqual(paths(content({ selfStatus: 'not_started', percentComplete: 5 })), [
      'percentComplete:contradicts_status',
    ]);
    assert.deepEqual(paths(content({ selfStatus: 'behind', percentComplete: 30 })), []);
  });

  test("indicator actuals are accepted only for the task's own indicators, once each", () => {
    const actuals = [
      { indicatorId: 7, value: 6.8 },
      { indicatorId: 9, value: 1 },
      { indicatorId: 7, value: 7 },
      { indicatorId: 8, value: Number.NaN },
    ];
    assert.deepEqual(paths(content({ indicatorActuals: actuals })), [
      'indicatorActuals.1.indicatorId:unknown_indicator',
      'indicatorActuals.2.indicatorId:duplicate',
      'indicatorActuals.3.value:not_a_number',
    ]);
  });

  test('every issue is reported at once, as report.invalid_content', () => {
    try {
      validContent(content({ progress: 'x'.repeat(20_001), percentComplete: 200 }), rules);
      assert.fail('expected a refusal');
    } catch (error) {
      assert.ok(error instanceof DomainError);
      assert.equal(error.code, 'report.invalid_content');
      assert.equal((error.details['issues'] as unknown[]).length, 2);
    }
  });

  test('texts are trimmed when saved', () => {
    assert.equal(validContent(content({ progress: '  进展  ' }), rules).progress, '进展');
  });

  test('a save keeps the fields it leaves out, and null clears a field', () => {
    const base = content({ progress: '上季度', selfStatus: 'on_track', percentComplete: 40 });
    const merged = mergeContent(base, { percentComplete: 55, selfStatus: null });
    assert.deepEqual([merged.progress, merged.selfStatus, merged.percentComplete], ['上季度', null, 55]);
  });

  test("last quarter's filing carries over without its evidence files", () => {
    const previous = content({
      progress: '持续推进',
      attachmentIds: [3, 4],
      indicatorActuals: [{ indicatorId: 7, value: 2 }],
    });
    const start = carriedOver(previous);
    assert.equal(start.progress, '持续推进');
    assert.deepEqual(start.attachmentIds, []);
    assert.deepEqual(start.indicatorActuals, previous.indicatorActuals);
    assert.notEqual(start.indicatorActuals[0], previous.indicatorActuals[0]);
  });

  test('a filing leaves the unit only with a narrative and a status', () => {
    assert.throws(() => assertComplete(content({ progress: ' ' })), /progress and selfStatus/);
    assert.doesNotThrow(() => assertComplete(content({ progress: '进展', selfStatus: 'on_track' })));
  });
});
