import { launchBrowser } from './support/browser.ts';
import { signIn } from './pages/office-sign-in.ts';
const base = 'http://127.0.0.1:3200';
const browser = await launchBrowser();
const errors: string[] = [];
for (const [login, paths] of [
  ['duchaban', ['/console?period=2024-Q1', '/dashboard?period=2024-Q2']],
  ['admin', ['/admin/units', '/admin/accounts', '/admin/periods', '/admin/import']],
] as const) {
  const page = await signIn(browser, base, login, 'duban-demo-2024');
  page.on('pageerror', (e) => errors.push(`${login}: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`${login} console: ${m.text()}`));
  for (const path of paths) {
    await page.goto(base + path);
    await page.waitForTimeout(2500);
    await page.screenshot({ path: `/tmp/shots/${path.replace(/[/?=]/g, '_')}.png`, fullPage: true });
  }
  await page.close();
}
console.log(errors.join('\n'));
await browser.close();
