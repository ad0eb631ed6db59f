// A test file's demo server and browser, each page a fresh browser context signed in as one account.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { signIn } from '../pages/sign-in.page.ts';
import { DESKTOP, launchBrowser } from './browser.ts';
import { startDemoServer, type DemoServer } from './server.ts';

/** A device: the phone, the desktop, or any viewport a test reads pages at. */
type Device = BrowserContextOptions;

export interface SignedInBrowser {
  server: DemoServer;
  browser: Browser;
  /** A new context on the device, signed in as `login`. */
  pageAs(login: string, device?: Device): Promise<Page>;
  /** A new context on the device, signed in as nobody (the public). */
  anonymousPage(device?: Device): Promise<Page>;
  close(): Promise<void>;
}

export async function openSignedInBrowser(): Promise<SignedInBrowser> {
  const server = await startDemoServer();
  const browser = await launchBrowser();
  const contexts: BrowserContext[] = [];
  const anonymousPage = async (device: Device = DESKTOP) => {
    const context = await browser.newContext(device);
    contexts.push(context);
    return context.newPage();
  };
  return {
    server,
    browser,
    anonymousPage,
    async pageAs(login, device = DESKTOP) {
      const page = await anonymousPage(device);
      await signIn(page, server.url, login, server.password);
      return page;
    },
    async close() {
      for (const context of contexts) await context.close();
      await browser.close();
      await server.close();
    },
  };
}
