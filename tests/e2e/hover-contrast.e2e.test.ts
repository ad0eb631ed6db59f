// Colour contrast with the pointer resting on the controls of the main pages, at 1440 px: primary,
// danger, link and default buttons and plain links keep 4.5:1 while hovered (the theme's hover
// tokens, web/src/app/DubanTheme.tsx), not only at rest.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_YEAR } from '../../src/services/demo/demo-accounts.ts';
import { recordDueNotices } from '../../src/services/supervision/escalation-tick.ts';
import { HOVER_KINDS, hoverProblems } from './support/hover-check.ts';
import { settle, WIDTHS } from './support/readable-check.ts';
import { openSignedInBrowser, type SignedInBrowser } from './support/signed-in-browser.ts';

const Q1 = `${DEMO_YEAR}-Q1`;

/** The main pages, each as the account that works on it. */
const PAGES: readonly { login: string; path: string; name: string }[] = [
  { login: 'fgw-reporter', path: `/?period=${Q1}`, name: '工作台' },
  { login: 'fgw-reporter', path: `/tasks/1/periods/${Q1}`, name: '填报' },
  { login: 'fgw-reporter', path: '/notices', name: '通知中心' },
  { login: 'fgw-approver', path: `/?period=${Q1}`, name: '工作台(审核人)' },
  { login: 'fgw-approver', path: `/tasks/1/periods/${Q1}`, name: '审核签发' },
  { login: 'duchaban', path: `/console?period=${Q1}`, name: '督查台' },
  { login: 'duchaban', path: '/dashboard', name: '总览' },
  { login: 'duchaban', path: '/tasks/1', name: '任务' },
  { login: 'admin', path: '/admin/accounts', name: '账号管理' },
];

let ui: SignedInBrowser | undefined;

before(async () => {
  ui = await openSignedInBrowser();
  // A day's digest in each unit's notification centre: its 展开 is a link button.
  await recordDueNotices({ store: ui.server.db.store, now: new Date(`${DEMO_YEAR}-04-02T01:00:00Z`) });
});
after(() => ui?.close());

describe('hover colours keep their contrast', () => {
  it('every primary, danger, link and default button and plain link on the main pages passes axe while hovered', async () => {
    const opened = ui ?? assert.fail('the browser is not open');
    const problems: string[] = [];
    const hovered = new Map<string, number>();
    for (const { login, path, name } of PAGES) {
      const page = await opened.pageAs(login, WIDTHS.desktop);
      await page.goto(`${opened.server.url}${path}`);
      await settle(page);
      problems.push(...(await hoverProblems(page, hovered)).map((line) => `${name}: ${line}`));
      await page.context().close();
    }
    console.log(`hovered: ${[...hovered].map(([kind, n]) => `${kind} ${n}`).join(', ')}`);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      HOVER_KINDS.filter((kind) => !hovered.has(kind)),
      [],
      'every kind of control was hovered somewhere',
    );
  });
});
