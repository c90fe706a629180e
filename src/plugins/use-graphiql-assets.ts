import { createRequire } from 'node:module';
import type { Plugin } from 'graphql-yoga';

const { version } = createRequire(import.meta.url)('@graphql-yoga/render-graphiql/package.json') as {
  version: string;
};

/** Where GraphiQL's files are served. The version in the path lets browsers cache them for good. */
export const GRAPHIQL_ASSETS_PATH = `/graphiql/${version}`;

/** The GraphiQL page runs scripts from this server only, so browsers refuse any other. */
const GRAPHIQL_CSP = "script-src 'self'";

interface Asset {
  type: string;
  body: string | Uint8Array<ArrayBuffer>;
}

// Runs before the bundle: Monaco asks for its editor workers by label; they are served from here
// rather than built from blobs of unpkg.com downloads as yoga's default page does.
const SETUP_SCRIPT = `self.MonacoEnvironment = {
  globalAPI: false,
  getWorkerUrl: function (_moduleId, label) {
    var file = { json: 'json.worker.js', graphql: 'graphql.worker.js' }[label] || 'editor.worker.js';
    return ${JSON.stringify(GRAPHIQL_ASSETS_PATH)} + '/' + file;
  },
};
addEventListener('DOMContentLoaded', function () {
  var options = JSON.parse(document.getElementById('graphiql-options').textContent);
  // The example's variables are for a first visit; after that GraphiQL restores its saved tabs.
  if (localStorage.getItem('graphiql:tabs') !== null) delete options.variables;
  YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), options);
});
`;

async function loadAssets(): Promise<ReadonlyMap<string, Asset>> {
  // About 9 MB of built JavaScript and CSS: loaded on the first request for it, not at start-up.
  const built = await import('@graphql-yoga/render-graphiql/graphiql');
  const script = 'text/javascript; charset=utf-8';
  const favicon = new Uint8Array(Buffer.from(built.favicon.slice(built.favicon.indexOf(',') + 1), 'base64'));
  return new Map<string, Asset>([
    ['setup.js', { type: script, body: SETUP_SCRIPT }],
    ['yoga-graphiql.js', { type: script, body: built.js }],
    ['editor.worker.js', { type: script, body: built.editorWorkerService }],
    ['json.worker.js', { type: script, body: built.jsonWorker }],
    ['graphql.worker.js', { type: script, body: built.graphqlWorker }],
    ['graphiql.css', { type: 'text/css; charset=utf-8', body: built.css }],
    ['favicon.ico', { type: 'image/x-icon', body: favicon }],
  ]);
}

let assets: Promise<ReadonlyMap<string, Asset>> | undefined;

/**
 * Serves GraphiQL's scripts, styles, editor workers and icon from the installed
 * `@graphql-yoga/render-graphiql` package under GRAPHIQL_ASSETS_PATH, so the page makes no external
 * request, and gives the page (the gateway's only HTML) the GRAPHIQL_CSP policy. Add it only where
 * GraphiQL is enabled.
 */
export function useGraphiQLAssets(): Plugin {
  const prefix = `${GRAPHIQL_ASSETS_PATH}/`;
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(prefix) || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      assets ??= loadAssets();
      const asset = (await assets).get(url.pathname.slice(prefix.length));
      if (asset === undefined) {
        endResponse(new fetchAPI.Response('Not found', { status: 404 }));
        return;
      }
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : asset.body, {
          status: 200,
          headers: {
            'content-type': asset.type,
            'cache-control': 'public, max-age=31536000, immutable',
            'x-content-type-options': 'nosniff',
          },
        }),
      );
    },
    onResponse({ response }) {
      if (response.headers.get('content-type')?.startsWith('text/html'))
        response.headers.set('content-security-policy', GRAPHIQL_CSP);
    },
  };
}
