import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { EXAMPLE_VARIABLES } from '../../src/graphiql.ts';
import { eventually, metric } from '../subscriptions/support/metrics.ts';
import { type Stack, startStack } from '../support/stack.ts';
import { type Browser, editorText, openBrowser } from './browser.ts';

// The promise, as a person checks it: a subscription in one GraphiQL tab shows the update
// made from another browser tab.
const ARTIFACTS = 'test-results/e2e';
const RESPONSE = '.graphiql-response';
const QUERY = '.graphiql-query-editor';

let stack: Stack;
let browser: Browser;
beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  [stack, browser] = await Promise.all([startStack(), openBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

/** Picks the tab of the operation `name` (GraphiQL keeps tabs across pages) and runs it. */
async function runShownTab(page: Page, name: string, text: string) {
  // GraphiQL restores the tabs of an earlier page once loaded, which may select another tab: click until it shows.
  const shown = async () => {
    await page.locator('.graphiql-tab', { hasText: name }).first().click();
    return editorText(page, QUERY);
  };
  await expect.poll(shown, { timeout: 30_000 }).toContain(text);
  await page.click('.graphiql-execute-button');
}

test('a subscription in one browser tab shows the update made from another', async () => {
  const watcher = browser.page;
  await watcher.goto(stack.url);
  // As below: a late switch of tabs can run another operation; run again while no stream is open.
  const streams = () => metric(stack.metricsUrl, 'subscription_streams_open');
  const subscribed = async () => {
    if ((await streams()) === 0) await runShownTab(watcher, 'ContactChanged', 'subscription ContactChanged');
    return eventually(async () => (await streams()) === 1, 3_000).then(
      () => true,
      () => false,
    );
  };
  await expect.poll(subscribed, { timeout: 30_000, interval: 500 }).toBe(true);

  const editor = await watcher.context().newPage();
  await editor.goto(stack.url);
  // The restore of the watcher's tabs can still switch this page to ContactChanged between the
  // click on the tab and the one on run ("Cannot infer operation"): run again until the update answers.
  const updated = async () => {
    await runShownTab(editor, 'UpdateContact', 'mutation UpdateContact');
    await expect
      .poll(async () => (await editorText(editor, RESPONSE)).replace(/\s+/g, ''), { timeout: 5_000 })
      .toMatch(/"__typename":"UpdateContactSuccess"|"errors"/);
    return (await editorText(editor, RESPONSE)).replace(/\s+/g, '');
  };
  await expect.poll(updated, { timeout: 30_000, interval: 500 }).toContain('"__typename":"UpdateContactSuccess"');

  const shown = async () => (await editorText(watcher, RESPONSE)).replace(/\s+/g, '');
  await expect.poll(shown, { timeout: 15_000 }).toContain('"operation":"updateContact"');
  expect(await shown()).toContain(`"value":${JSON.stringify(EXAMPLE_VARIABLES.input.name).replace(/\s+/g, '')}`);
  await watcher.bringToFront();
  await watcher.screenshot({ path: `${ARTIFACTS}/graphiql-subscription.png` });
});
