import { afterEach, describe, expect, it } from 'vitest';
import { AUTH_HEADERS_PLACEHOLDER, EXAMPLE_VARIABLES } from '../../src/graphiql.ts';
import { GRAPHIQL_ASSETS_PATH } from '../../src/plugins/use-graphiql-assets.ts';
import { type Stack, startStack } from '../support/stack.ts';
import { PRODUCTION_ENV, SECRET } from '../support/tokens.ts';

// The page and its files over real HTTP; test/e2e/ proves in a browser that they make GraphiQL work.
let stack: Stack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

const origin = () => new URL(stack!.url).origin;
const openPage = () => fetch(stack!.url, { headers: { accept: 'text/html' } });

/** The options the page hands to GraphiQL (a JSON script element). */
function pageOptions(html: string): Record<string, unknown> {
  const json = /<script type="application\/json" id="graphiql-options">(.*?)<\/script>/s.exec(html)?.[1];
  return JSON.parse(json ?? 'null') as Record<string, unknown>;
}

describe('GraphiQL page (development)', () => {
  it('refers only to files on this server, and each of them is served with its type, cacheable for good', async () => {
    stack = await startStack();
    const response = await openPage();
    expect(response.status).toBe(200);
    const html = await response.text();
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(urls.sort()).toEqual(
      ['favicon.ico', 'graphiql.css', 'setup.js', 'yoga-graphiql.js'].map((f) => `${GRAPHIQL_ASSETS_PATH}/${f}`),
    );
    // Outside the options (whose example variables hold a URL as data), no absolute URL at all.
    expect(html.replace(/<script type="application\/json".*?<\/script>/s, '')).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script>/); // no inline script: a `script-src 'self'` policy holds
    expect(response.headers.get('content-security-policy')).toBe("script-src 'self'");

    const workers = ['editor.worker.js', 'json.worker.js', 'graphql.worker.js'].map(
      (f) => `${GRAPHIQL_ASSETS_PATH}/${f}`,
    );
    for (const path of [...urls, ...workers]) {
      const asset = await fetch(`${origin()}${path}`);
      expect(asset.status, path).toBe(200);
      expect(asset.headers.get('content-type'), path).toMatch(/^(text\/javascript|text\/css|image\/x-icon)/);
      expect(asset.headers.get('cache-control'), path).toContain('immutable');
      expect((await asset.arrayBuffer()).byteLength, path).toBeGreaterThan(100);
    }
    const setup = await (await fetch(`${origin()}${GRAPHIQL_ASSETS_PATH}/setup.js`)).text();
    for (const worker of workers) expect(setup).toContain(worker.split('/').pop());
  });

  it("is also a browser's answer at another spelling of the path (yoga renders it before the route guard), where GraphQL answers 404", async () => {
    stack = await startStack();
    const elsewhere = `${origin()}/x/graphql`;
    const page = await fetch(elsewhere, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('id="graphiql-options"');
    const query = await fetch(elsewhere, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(query.status).toBe(404);
  });

  it('answers 404 for a file it does not have, and nothing outside its path', async () => {
    stack = await startStack();
    expect((await fetch(`${origin()}${GRAPHIQL_ASSETS_PATH}/nope.js`)).status).toBe(404);
    expect((await fetch(`${origin()}${GRAPHIQL_ASSETS_PATH}/../../package.json`)).status).toBe(404);
    expect((await fetch(`${origin()}/graphiql/0.0.0/setup.js`)).status).toBe(404);
  });

  it('opens the example with its variables; no headers without authentication', async () => {
    stack = await startStack();
    const options = pageOptions(await (await openPage()).text());
    expect(options.defaultTabs).toEqual([
      expect.objectContaining({ query: expect.stringContaining('mutation UpdateContact') }),
      expect.objectContaining({ query: expect.stringContaining('subscription ContactChanged') }),
      expect.objectContaining({ query: expect.stringContaining('mutation Monitor') }),
      expect.objectContaining({ query: expect.stringContaining('query SearchContacts') }),
    ]);
    // The search tab runs as it stands and finds the seeded tasks.
    const search = (options.defaultTabs as { query: string }[])[3]?.query;
    const found = (await (await stack.post({ query: search })).json()) as {
      data: { searchContacts: { edges: unknown[]; totalCount: number } };
    };
    expect(found.data.searchContacts.edges).toHaveLength(3);
    expect(found.data.searchContacts.totalCount).toBe(6);
    expect(JSON.parse(options.variables as string)).toEqual(EXAMPLE_VARIABLES);
    expect(options.headers).toBeUndefined();
    expect(options.defaultEditorToolsVisibility).toBe('variables');
  });

  it('with authentication on, opens the headers tab with the Authorization placeholder', async () => {
    stack = await startStack({ env: { AUTH_JWT_SECRET: SECRET } });
    const options = pageOptions(await (await openPage()).text());
    expect(options.headers).toBe(AUTH_HEADERS_PLACEHOLDER);
    expect(options.headers).toContain('"Authorization": "Bearer <token>"');
    expect(options.defaultEditorToolsVisibility).toBe('headers');
  });
});

describe('GraphiQL in production', () => {
  it('is off by default: no page, no files', async () => {
    stack = await startStack({ env: PRODUCTION_ENV });
    const response = await openPage();
    expect(response.headers.get('content-type') ?? '').not.toContain('text/html');
    expect((await fetch(`${origin()}${GRAPHIQL_ASSETS_PATH}/setup.js`)).status).toBe(404);
  });

  it('is served with GRAPHIQL=true', async () => {
    stack = await startStack({ env: { ...PRODUCTION_ENV, GRAPHIQL: 'true' } });
    const response = await openPage();
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain(`${GRAPHIQL_ASSETS_PATH}/yoga-graphiql.js`);
    expect((await fetch(`${origin()}${GRAPHIQL_ASSETS_PATH}/setup.js`)).status).toBe(200);
  });
});
