import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mintDevToken } from '../../scripts/dev-token.ts';
import { EXAMPLE_VARIABLES } from '../../src/graphiql.ts';
import { useStack } from '../support/stack.ts';
import { type Browser, editorText, openBrowser } from './browser.ts';

// With authentication on: the headers tab opens with the placeholder, the docs still load without a
// token, and a token from scripts/dev-token.ts pasted into the headers runs the example.
const ARTIFACTS = 'test-results/e2e';
const SECRET = 'e2e-only-secret-0123456789abcdef-0123';
const ACTIVE_TOOL = '.graphiql-editor-tool .graphiql-editor:not(.hidden)';

const stack = useStack({ env: { AUTH_JWT_SECRET: SECRET } });
let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await openBrowser();
});
afterAll(() => browser?.close());

const compactResponse = async () => (await editorText(browser.page, '.graphiql-response')).replace(/\s+/g, '');

async function run() {
  const answered = browser.page.waitForResponse(
    (r) => r.url() === stack.url && (r.request().postData() ?? '').includes('updateContact'),
  );
  await browser.page.click('.graphiql-execute-button');
  return answered;
}

test('the headers tab opens with the Authorization placeholder and the schema loads without a token', async () => {
  const { page } = browser;
  const introspection = page.waitForResponse(
    (r) => r.url() === stack.url && (r.request().postData() ?? '').includes('__schema'),
  );
  await page.goto(stack.url);
  const schema = await introspection;
  expect(schema.status()).toBe(200);
  expect(((await schema.json()) as { errors?: unknown }).errors).toBeUndefined();
  await expect
    .poll(() => editorText(page, ACTIVE_TOOL), { timeout: 30_000 })
    .toContain('// "Authorization": "Bearer <token>"');
});

test('without a token the example answers UNAUTHENTICATED and Connect is not called', async () => {
  const response = await run();
  expect(response.status()).toBe(401);
  await expect.poll(compactResponse, { timeout: 15_000 }).toContain('"code":"UNAUTHENTICATED"');
  expect(stack.connectCalls('UpdateContact')).toEqual([]);
});

test('a dev token pasted into the headers runs the example', async () => {
  const { page } = browser;
  const token = await mintDevToken({ secret: SECRET });
  const headers = JSON.stringify({ Authorization: `Bearer ${token}` }, null, 2);
  await page.evaluate((text) => navigator.clipboard.writeText(text), headers);
  await page.click(ACTIVE_TOOL);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');

  const response = await run();
  expect(response.request().headers().authorization).toBe(`Bearer ${token}`);
  await expect.poll(compactResponse, { timeout: 15_000 }).toContain('"__typename":"UpdateContactSuccess"');
  await page.screenshot({ path: `${ARTIFACTS}/graphiql-auth-success.png` });
  const updates = stack.connectCalls('UpdateContact');
  expect(updates.map((c) => c.contactId)).toEqual([EXAMPLE_VARIABLES.input.contactId]);
});
