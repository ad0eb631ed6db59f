// The HTTP API as a signed-in page's account: for a test's setup steps that are not what it tests
// (another unit filing its part), with the session's CSRF token.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

export type ApiCall = <T>(method: string, path: string, data?: object) => Promise<T>;

export async function apiAs(page: Page, baseUrl: string): Promise<ApiCall> {
  const me = (await (await page.request.get(`${baseUrl}/api/auth/me`)).json()) as { csrfToken: string };
  return async <T>(method: string, path: string, data?: object): Promise<T> => {
    const response = await page.request.fetch(`${baseUrl}${path}`, {
      method,
      ...(data === undefined ? {} : { data }),
      headers: { 'x-csrf-token': me.csrfToken },
    });
    assert.ok(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  };
}
