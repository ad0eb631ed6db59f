import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testApp } from './support/http.ts';
import {
  caller,
  code,
  ok,
  seedSupervision,
  type Call,
  type SupervisionFixture,
} from './support/supervision-fixture.ts';
import { openTestDatabase, usingPostgres, type TestDatabase } from './support/test-database.ts';

interface Card {
  id: number;
  color: string;
  issuedColor: string;
  state: string;
  rectificationOverdue: boolean;
  history: { action: string; state: string; color: string; text: string }[];
}

describe(`cards (亮牌) as acts on ${usingPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof testApp>>;
  let fx: SupervisionFixture;
  let call: Call;
  let red: Card;

  const issue = (login: string | null, overrides: object = {}) =>
    call(login, 'POST', '/api/cards', {
      taskId: fx.task(1),
      unitId: fx.unit('市财政局'),
      period: '2024-Q2',
      color: 'red',
      reason: '二季度填报严重逾期',
      rectifyBy: '2024-07-31',
      ...overrides,
    });
  const act = (login: string, path: string, payload?: object) =>
    call(login, 'POST', `/api/cards/${red.id}/${path}`, payload);

  before(async () => {
    testDb = await openTestDatabase();
    deps = await testApp(testDb);
    fx = await seedSupervision(testDb.database.db);
    call = caller(deps.app, fx);
    deps.clock.set(new Date('2024-07-20T02:00:00Z'));
  });
  after(async () => {
    await deps.app.close();
    await testDb.close();
  });

  test('only the office issues a card, with a reason and a deadline not in the past', async () => {
    assert.equal((await issue('czj.approver')).statusCode, 403);
    assert.equal((await issue('leader')).statusCode, 403);
    assert.equal((await issue(null)).statusCode, 401);
    assert.equal(code(await issue('supervisor', { rectifyBy: '2024-07-01' })), 'card.rectify_by_past');
    assert.equal(code(await issue('supervisor', { reason: '   ' })), 'card.reason_required');
    assert.equal(code(await issue('supervisor', { unitId: fx.unit('市教育局') })), 'report.not_owed');
    red = ok<{ card: Card }>(await issue('supervisor')).card;
    assert.equal(red.state, 'issued');
    assert.deepEqual(
      red.history.map((step) => step.action),
      ['issue'],
    );
  });

  test('the carded unit is told in its notification centre', async () => {
    const centre = ok<{ unread: number; notifications: { kind: string; title: string }[] }>(
      await call('czj.reporter', 'GET', '/api/notifications'),
    );
    assert.equal(centre.unread, 1);
    assert.equal(centre.notifications[0]?.kind, 'card');
    assert.match(centre.notifications[0]?.title ?? '', /红牌/);
  });

  test("only the carded unit answers; to another unit's account the card does not exist", async () => {
    assert.equal(code(await act('fgw.reporter', 'answer', { text: '已整改' })), 'card.not_found');
    assert.equal((await act('supervisor', 'answer', { text: '已整改' })).statusCode, 403);
    assert.equal(code(await act('czj.reporter', 'lower')), 'auth.forbidden');
    const answered = ok<{ card: Card }>(
      await act('czj.reporter', 'answer', { text: '已于7月25日补报' }),
    ).card;
    assert.equal(answered.state, 'answered');
    assert.equal(code(await act('czj.approver', 'answer', { text: '再答一次' })), 'card.already_answered');
  });

  test('the office rejects an answer, the unit answers again, and the red card is lowered then closed', async () => {
    const rejected = ok<{ card: Card }>(await act('supervisor', 'reject-answer', { text: '缺少佐证' })).card;
    assert.equal(rejected.state, 'issued');
    ok(await act('czj.approver', 'answer', { text: '已补充佐证材料' }));
    const lowered = ok<{ card: Card }>(await act('supervisor', 'lower')).card;
    assert.deepEqual([lowered.state, lowered.color, lowered.issuedColor], ['lowered', 'yellow', 'red']);
    const closed = ok<{ card: Card }>(await act('supervisor', 'close', { text: '整改到位' })).card;
    assert.equal(closed.state, 'closed');
    assert.deepEqual(
      closed.history.map((step) => step.action),
      ['issue', 'answer', 'reject_answer', 'answer', 'lower', 'close'],
    );
    assert.equal(code(await act('supervisor', 'close')), 'card.closed');
  });

  test('every step is in the audit trail', async () => {
    const audit = await deps.store.repos.audit.findForEntity('card', String(red.id));
    assert.deepEqual(
      audit.map((event) => event.action),
      ['card.issue', 'card.answer', 'card.reject_answer', 'card.answer', 'card.lower', 'card.close'],
    );
  });

  test('a yellow card cannot be lowered, and an unanswered card past its deadline is overdue', async () => {
    const yellow = ok<{ card: Card }>(
      await issue('supervisor', { color: 'yellow', rectifyBy: '2024-07-22' }),
    ).card;
    ok(await call('czj.reporter', 'POST', `/api/cards/${yellow.id}/answer`, { text: '已整改' }));
    assert.equal(code(await call('supervisor', 'POST', `/api/cards/${yellow.id}/lower`)), 'card.not_red');
    const late = ok<{ card: Card }>(
      await issue('supervisor', { color: 'yellow', rectifyBy: '2024-07-22' }),
    ).card;
    deps.clock.set(new Date('2024-07-23T02:00:00Z'));
    const seen = ok<{ card: Card }>(await call('czj.reporter', 'GET', `/api/cards/${late.id}`)).card;
    assert.equal(seen.rectificationOverdue, true);
  });

  test('a unit lists its own cards; the office and leaders list every card; others see none of it', async () => {
    const own = ok<{ cards: Card[] }>(await call('czj.reporter', 'GET', '/api/cards?year=2024')).cards;
    assert.equal(own.length, 3);
    assert.equal(
      ok<{ cards: Card[] }>(await call('fgw.reporter', 'GET', '/api/cards?year=2024')).cards.length,
      0,
    );
    assert.equal((await call('fgw.reporter', 'GET', `/api/cards/${red.id}`)).statusCode, 404);
    assert.equal(
      ok<{ cards: Card[] }>(await call('leader', 'GET', '/api/cards?period=2024-Q2')).cards.length,
      3,
    );
    assert.equal((await call(null, 'GET', '/api/cards?year=2024')).statusCode, 401);
    assert.equal(code(await call('leader', 'GET', '/api/cards')), 'cards.year_required');
  });
});
