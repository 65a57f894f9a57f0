import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startStack, type TestStack } from '../support/gateway.js';
import { launchBrowser, type TestBrowser } from '../support/browser.js';
import { data, deployInput } from '../mutations/helpers.js';

/** Monaco renders spaces as no-break spaces. */
const editorText = (page: Page, selector: string) =>
  page.$eval(selector, (el) => (el.textContent ?? '').replace(/\u00a0/g, ' '));

const waitForText = (page: Page, selector: string, text: string) =>
  page.waitForFunction((s: string, t: string) => (document.querySelector(s)?.textContent ?? '').replace(/\u00a0/g, ' ').includes(t), { polling: 100 }, selector, text);

const QUERY_EDITOR = '.graphiql-query-editor .view-lines';
const RESPONSE = '.graphiql-response .view-lines';

describe('GraphiQL', () => {
  let stack: TestStack;
  let browser: TestBrowser;

  beforeAll(async () => {
    // The demo's way: no credentials in the browser, the gateway's service account upstream.
    stack = await startStack({ mode: 'service-account', env: { JOB_POLL_INTERVAL_MS: '50' } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('should load offline, open on the dashboard operation and run it', async () => {
    const page = await browser.newPage();
    await page.goto(new URL('/', stack.gateway.url).href);
    await page.click('a[href="/graphql"]');
    await waitForText(page, QUERY_EDITOR, 'query Dashboard');
    expect(await editorText(page, QUERY_EDITOR)).toContain('environments {');
    // The other examples are a click away, as tabs.
    const tabs = await page.$$eval('.graphiql-tab', (els) => els.map((e) => e.textContent ?? ''));
    expect(tabs.join('|')).toMatch(/Dashboard.*App.*Registry.*Deploy.*JobProgress/);
    await page.click('.graphiql-execute-button');
    await waitForText(page, RESPONSE, '"totalCount"');
    expect(await editorText(page, RESPONSE)).toContain('"environments"');
    await browser.screenshot(page, 'graphiql-dashboard');
    expect(browser.blocked).toEqual([]);
    await page.close();
  });

  it('should keep CSRF prevention: a GET without the header a script sets is refused', async () => {
    const res = await fetch(`${stack.gateway.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(res.status).toBe(403);
    const html = await (await fetch(stack.gateway.url, { headers: { accept: 'text/html' } })).text();
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('should run a jobProgress subscription to SUCCEEDED over graphql-ws', async () => {
    const env = data(await stack.gql('{ environments { nodes { id name } } }')).environments.nodes[0];
    const component = data(await stack.gql('{ applications { nodes { components { nodes { id name } } } } }')).applications.nodes[0].components.nodes[0];
    const deployed = data(await stack.gql('mutation($c: ID!, $in: DeployComponentInput!) { deployComponent(componentId: $c, input: $in) { jobId } }', { c: component.id, in: deployInput(env.id, 'graphiql-canary') }));
    const jobId: string = deployed.deployComponent.jobId;

    const page = await browser.newPage();
    const subscription = `subscription Watch { jobProgress(jobId: "${jobId}") { status progress } }`;
    await page.goto(`${stack.gateway.url}?query=${encodeURIComponent(subscription)}`);
    await waitForText(page, QUERY_EDITOR, 'subscription Watch');
    await page.click('.graphiql-execute-button');
    await waitForText(page, RESPONSE, '"jobProgress"');
    // The job's tasks advance with the emulator's clock: past the last of them at once.
    await stack.emu.advance(60_000);
    await waitForText(page, RESPONSE, '"SUCCEEDED"');
    expect(await editorText(page, RESPONSE)).toMatch(/"progress": 1\b/);
    await browser.screenshot(page, 'graphiql-job-progress');
    expect(browser.blocked).toEqual([]);
    await page.close();
  });
});
