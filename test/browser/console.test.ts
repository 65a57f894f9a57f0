import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import type { Page } from 'puppeteer-core';
import { startStack, type TestStack } from '../support/gateway.js';
import { call } from '../support/emulator.js';
import { launchBrowser, type TestBrowser } from '../support/browser.js';

const STEP = 60_000;
const ROW = 'tr[data-instance="console-canary"]';
const ACTION_ROUTE = '/v2/{project_id}/cas/applications/{application_id}/components/{component_id}/instances/{instance_id}/action';

/** The value of the <option> of `select` whose text is `text`. */
async function choose(page: Page, select: string, text: string): Promise<void> {
  await page.waitForFunction((s: string, t: string) => [...(document.querySelector(s) as HTMLSelectElement).options].some((o) => o.text.trim() === t), { polling: 100 }, select, text);
  const value = await page.$eval(select, (el, t) => [...(el as HTMLSelectElement).options].find((o) => o.text.trim() === t)!.value, text);
  await page.select(select, value);
}

async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector, { count: 3 });
  await page.keyboard.press('Backspace');
  await page.type(selector, text);
}

describe('the console at /console', () => {
  let stack: TestStack;
  let browser: TestBrowser;
  let page: Page;

  beforeAll(async () => {
    // The page the gateway serves is the build npm ci makes; the test makes it from the sources it tests.
    await build({ configFile: fileURLToPath(new URL('../../console/vite.config.ts', import.meta.url)), logLevel: 'warn', mode: 'production' });
    expect(existsSync(fileURLToPath(new URL('../../dist/console/index.html', import.meta.url)))).toBe(true);
    // Jobs advance only with the emulator's clock; live pollers look often so the page follows at once.
    stack = await startStack({
      mode: 'service-account',
      emulator: { jobStepMs: STEP },
      env: { JOB_POLL_INTERVAL_MS: '50', INSTANCE_POLL_INTERVAL_MS: '50', REGISTRY_POLL_INTERVAL_MS: '50' },
    });
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('should show the demo environments', async () => {
    await page.goto(new URL('/', stack.gateway.url).href);
    await page.click('a[href="/console"]');
    await page.waitForSelector('[data-environment="development-env"] tr[data-instance]');
    await page.waitForSelector('[data-environment="production-env"] tr[data-instance]');
    // Registry replicas of the demo's microservices are listed under their instances.
    await page.waitForSelector('[data-environment="development-env"] li.replica');
    await browser.screenshot(page, 'console-environments');
  });

  it('should deploy an instance and show its job progress to 100 %', async () => {
    await choose(page, 'select[name=component]', 'weather-app / weather');
    await choose(page, 'select[name=environment]', 'development-env');
    await typeInto(page, 'input[name=name]', 'console-canary');
    await typeInto(page, 'input[name=version]', '2.0.0');
    await page.click('form.deploy button[type=submit]');
    await page.waitForSelector(`${ROW} .job`);
    await browser.screenshot(page, 'console-deploy-running');
    await stack.emu.advance(STEP * 20);
    await page.waitForSelector(`${ROW} .job[data-job-status="SUCCEEDED"]`);
    expect(await page.$eval(`${ROW} .job-text`, (el) => el.textContent)).toContain('100 %');
    await page.waitForSelector(`${ROW} [data-status="RUNNING"]`);
    await page.waitForSelector(`${ROW} li[data-replica="console-canary-1"]`);
    await browser.screenshot(page, 'console-deployed');
  });

  it('should scale it and show the new registry replicas appear live', async () => {
    await typeInto(page, `${ROW} input[aria-label=Replicas]`, '3');
    await page.click(`${ROW} button::-p-text(Scale)`);
    await page.waitForSelector(`${ROW} .job:not([data-job-status="SUCCEEDED"])`);
    await stack.emu.advance(STEP * 20);
    await page.waitForFunction((row: string) => document.querySelectorAll(`${row} li.replica`).length === 3, { polling: 100 }, ROW);
    await page.waitForFunction((row: string) => document.querySelector(`${row} [data-replicas]`)?.textContent === '3/3', { polling: 100 }, ROW);
    await browser.screenshot(page, 'console-scaled');
  });

  it('should stop it', async () => {
    await page.click(`${ROW} button::-p-text(Stop)`);
    await page.waitForSelector(`${ROW} .job:not([data-job-status="SUCCEEDED"])`);
    await stack.emu.advance(STEP * 20);
    await page.waitForSelector(`${ROW} [data-status="STOPPED"]`);
    await page.waitForFunction((row: string) => document.querySelectorAll(`${row} li.replica`).length === 0, { polling: 100 }, ROW);
    await browser.screenshot(page, 'console-stopped');
  });

  it('should show an upstream error as a readable message with its code and what to do', async () => {
    await call(stack.emu.url, 'POST', '/__emulator/faults', { body: { match: { route: ACTION_ROUTE, method: 'POST' }, status: 500, times: 1 } });
    await page.click(`${ROW} button::-p-text(Start)`);
    await page.waitForSelector('.errors .error');
    const text = await page.$eval('.errors .error', (el) => el.textContent ?? '');
    expect(text).toMatch(/Starting console-canary failed: UPSTREAM_UNAVAILABLE/);
    expect(text).toMatch(/try again in a moment/);
    // The upstream's own words are quoted once, not again after its code.
    // The upstream's code and words are quoted once, not again after the gateway's message.
    expect(text.match(/SVCSTG\.00100500/g)).toHaveLength(1);
    await browser.screenshot(page, 'console-upstream-error');
    expect(browser.blocked).toEqual([]);
  });
});
