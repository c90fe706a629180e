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

/** Opens GraphiQL, picks the tab of the operation `name` (GraphiQL keeps tabs across pages), and runs it. */
async function runTab(page: Page, name: string, text: string) {
  await page.goto(stack.url);
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
  await runTab(watcher, 'ContactChanged', 'subscription ContactChanged');
  await eventually(async () => (await metric(stack.metricsUrl, 'subscription_streams_open')) === 1, 15_000);

  const editor = await watcher.context().newPage();
  await runTab(editor, 'UpdateContact', 'mutation UpdateContact');
  await expect
    .poll(async () => (await editorText(editor, RESPONSE)).replace(/\s+/g, ''), { timeout: 15_000 })
    .toContain('"__typename":"UpdateContactSuccess"');

  const shown = async () => (await editorText(watcher, RESPONSE)).replace(/\s+/g, '');
  await expect.poll(shown, { timeout: 15_000 }).toContain('"operation":"updateContact"');
  expect(await shown()).toContain(`"value":${JSON.stringify(EXAMPLE_VARIABLES.input.name).replace(/\s+/g, '')}`);
  await watcher.bringToFront();
  await watcher.screenshot({ path: `${ARTIFACTS}/graphiql-subscription.png` });
});
