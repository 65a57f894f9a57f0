/**
 * Debian's Chromium driven by puppeteer-core for the browser tests: headless, a fresh profile, and
 * every request that is not to loopback blocked (and recorded), so a page that needs the internet fails.
 */
import { mkdirSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** Where the browser tests write their screenshots (git-ignored; named in the README). */
export const SCREENSHOTS_DIR = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export interface TestBrowser {
  browser: Browser;
  /** A page whose non-loopback requests are refused. */
  newPage(): Promise<Page>;
  /** URLs refused so far: a test asserts there are none. */
  blocked: string[];
  /** Console errors and uncaught exceptions of every page. */
  pageErrors: string[];
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    return LOOPBACK.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

export async function launchBrowser(): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not at ${CHROMIUM}: install Debian's "chromium" package (apt-get install chromium; .ci/run does) or set CHROMIUM_PATH.`);
  const profile = mkdtempSync(join(tmpdir(), 'gateway-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
      `--user-data-dir=${profile}`,
    ],
    defaultViewport: { width: 1400, height: 900 },
    protocolTimeout: 120_000,
  });
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const blocked: string[] = [];
  const pageErrors: string[] = [];
  return {
    browser,
    blocked,
    pageErrors,
    newPage: async () => {
      const page = await browser.newPage();
      page.setDefaultTimeout(60_000);
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (isLocal(request.url())) void request.continue();
        else {
          blocked.push(request.url());
          void request.abort('blockedbyclient');
        }
      });
      page.on('pageerror', (err) => pageErrors.push(String(err)));
      page.on('console', (msg) => {
        if (msg.type() === 'error') pageErrors.push(msg.text());
      });
      return page;
    },
    screenshot: async (page, name) => {
      const path = join(SCREENSHOTS_DIR, `${name}.png`);
      await page.screenshot({ path, fullPage: false });
      return path;
    },
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
