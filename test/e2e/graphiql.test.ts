import { mkdirSync } from 'node:fs';
import type { Response } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { EXAMPLE_VARIABLES } from '../../src/graphiql.ts';
import { useStack } from '../support/stack.ts';
import { type Browser, editorText, openBrowser } from './browser.ts';

// A frontend developer's first minutes: open GraphiQL, run the example, break a limit, read the
// error. Screenshots go to test-results/e2e/ (git-ignored) as the run's artifacts.
const ARTIFACTS = 'test-results/e2e';
const RESPONSE = '.graphiql-response';
// The variables and headers editors share one panel; the hidden one is the other tab.
const VARIABLES = '.graphiql-editor-tool .graphiql-editor:not(.hidden)';

const stack = useStack();
let browser: Browser;
/** GraphiQL's introspection, sent while the page opens: the docs explorer is built from it. */
let introspection: Promise<Response>;
let page: Response | null;
/** What the browser refused under the page's Content-Security-Policy, as it reports it. */
const cspViolations: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await openBrowser();
  introspection = browser.page.waitForResponse(
    (response) => response.url() === stack.url && (response.request().postData() ?? '').includes('__schema'),
  );
  browser.page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) cspViolations.push(message.text());
  });
  page = await browser.page.goto(stack.url);
});
afterAll(() => browser?.close());

/** The response pane's JSON with all whitespace removed, for stable comparisons. */
const compactResponse = async () => (await editorText(browser.page, RESPONSE)).replace(/\s+/g, '');

/** Clicks the run button; returns the variables GraphiQL sent once the gateway has answered. */
async function run(): Promise<typeof EXAMPLE_VARIABLES> {
  const answered = browser.page.waitForResponse(
    (response) =>
      response.url() === stack.url &&
      response.request().method() === 'POST' &&
      (response.request().postData() ?? '').includes('updateContact'),
  );
  await browser.page.click('.graphiql-execute-button');
  const response = await answered;
  return (response.request().postDataJSON() as { variables: typeof EXAMPLE_VARIABLES }).variables;
}

test('GraphiQL opens with the example and running it shows UpdateContactSuccess', async () => {
  const { page } = browser;
  await expect
    .poll(() => editorText(page, '.graphiql-query-editor'), { timeout: 30_000 })
    .toContain('mutation UpdateContact');
  await expect.poll(() => editorText(page, VARIABLES)).toContain(EXAMPLE_VARIABLES.input.contactId);

  expect(await run()).toEqual(EXAMPLE_VARIABLES);
  await expect.poll(compactResponse, { timeout: 15_000 }).toContain('"__typename":"UpdateContactSuccess"');
  const name = JSON.stringify(EXAMPLE_VARIABLES.input.name).replace(/\s+/g, '');
  expect(await compactResponse()).toContain(`"name":${name}`);
  await page.screenshot({ path: `${ARTIFACTS}/graphiql-success.png` });

  const updates = stack.emulator.calls.filter((call) => call.operation === 'UpdateContact');
  expect(updates).toHaveLength(1);
  expect(updates[0]?.contactId).toBe(EXAMPLE_VARIABLES.input.contactId);
});

test("GraphiQL works under the page's `script-src 'self'` policy: the browser refuses nothing", () => {
  expect(page?.headers()['content-security-policy']).toBe("script-src 'self'");
  expect(cspViolations).toEqual([]);
});

test('an over-long name typed into the variables shows InvalidParameterError at ["input","name"]', async () => {
  const { page } = browser;
  const updatesBefore = stack.connectCalls('UpdateContact').length;
  const input = { ...EXAMPLE_VARIABLES.input, name: 'n'.repeat(513) };
  // Pasted, as people do: typed text would get Monaco's auto-closing quotes and brackets.
  await page.evaluate((text) => navigator.clipboard.writeText(text), JSON.stringify({ input }, null, 2));
  await page.click(VARIABLES);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');

  expect(await run()).toEqual({ input });
  await expect.poll(compactResponse, { timeout: 15_000 }).toContain('"__typename":"InvalidParameterError"');
  expect(await compactResponse()).toContain('"fieldErrors":[{"path":["input","name"]');
  await page.screenshot({ path: `${ARTIFACTS}/graphiql-invalid-name.png` });
  // Refused by the gateway: Connect was not called.
  expect(stack.connectCalls('UpdateContact').slice(updatesBefore)).toEqual([]);
});

test('the docs explorer reads like the API reference: descriptions of the mutation and its input', async () => {
  const { page } = browser;
  const schema = await introspection;
  expect(schema.status()).toBe(200);
  expect(((await schema.json()) as { errors?: unknown }).errors).toBeUndefined();

  await page.click('button[aria-label="Show Documentation Explorer"]');
  const docs = page.locator('.graphiql-doc-explorer');
  await docs.locator('a.graphiql-doc-explorer-type-name', { hasText: /^Mutation$/ }).click();
  await docs.locator('a.graphiql-doc-explorer-field-name', { hasText: /^updateContact$/ }).click();
  await docs.getByText('Amazon Connect UpdateContact', { exact: false }).first().waitFor();
  await docs
    .locator('a.graphiql-doc-explorer-type-name', { hasText: /^UpdateContactInput$/ })
    .first()
    .click();
  await docs.getByText('512', { exact: false }).first().waitFor();
  await page.screenshot({ path: `${ARTIFACTS}/graphiql-docs.png` });
});

test('the page made no request to any other origin (GraphiQL works offline)', () => {
  const origin = new URL(stack.url).origin;
  const external = browser.requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(blob|data):/.test(url));
  expect(browser.requests.length).toBeGreaterThan(3);
  expect(external).toEqual([]);
});
