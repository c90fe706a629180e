import { readFileSync } from 'node:fs';
// Only the seed ids: the emulator's entry point loads its whole server (and the SDK's model) at start.
import { SEED_CONTACT_IDS, SEED_INSTANCE_ID } from '@connect-gateway/connect-emulator/seed';
import type { GraphiQLOptions } from 'graphql-yoga';
import { GRAPHIQL_ASSETS_PATH } from './plugins/use-graphiql-assets.ts';

/** A seeded emulator contact, so the example runs as it stands on `npm start`. */
export const EXAMPLE_VARIABLES = {
  input: {
    instanceId: SEED_INSTANCE_ID,
    contactId: SEED_CONTACT_IDS.voiceInbound,
    name: 'Billing question — refund approved',
    description: 'Customer asked about a double charge; refund issued.',
    references: [{ key: 'ticket', type: 'URL', value: 'https://tickets.example.com/T-1042' }],
  },
};

const EXAMPLE_DOCUMENT = readFileSync(new URL('../operations/update-contact.graphql', import.meta.url), 'utf8');

// GraphiQL takes only the query of a second tab: the committed subscription with the seeded
// contact written in place of its variables.
const SUBSCRIPTION_EXAMPLE = `# Live changes: run this, then updateContact in the first tab or in another browser tab.
${readFileSync(new URL('../operations/contact-changed.graphql', import.meta.url), 'utf8')
  .replace(/\(\$instanceId: ID!, \$contactId: ID\)/, '')
  .replace('$instanceId', JSON.stringify(EXAMPLE_VARIABLES.input.instanceId))
  .replace('$contactId', JSON.stringify(EXAMPLE_VARIABLES.input.contactId))}`;

const seeded = `instanceId: ${JSON.stringify(SEED_INSTANCE_ID)}, contactId: ${JSON.stringify(SEED_CONTACT_IDS.voiceInbound)}`;
const recordingIds = `${seeded}, initialContactId: ${JSON.stringify(SEED_CONTACT_IDS.voiceInbound)}`;

/**
 * The supervisor flow, one operation after the other on the seeded voice call: listen in, then
 * pause the recording while the customer reads out a card number, and resume it. Needs the scopes
 * contacts:monitor and contacts:recording. Values in place, as GraphiQL takes only a tab's query.
 */
export const SUPERVISOR_EXAMPLE = `# Supervisor flow: run the operations in order (the run button asks which).
# Needs contacts:monitor and contacts:recording (npm run -s dev-token -- contacts:read contacts:monitor contacts:recording).

mutation Monitor {
  monitorContact(input: { ${seeded}, userId: "supervisor-0001", allowedMonitorCapabilities: [SILENT_MONITOR, BARGE] }) {
    __typename
    ... on MonitorContactSuccess { contactId contact { initiationMethod relatedContactId agent { id } } }
    ... on Error { message }
  }
}

# On the emulator no flow has started a recording: start one first.
mutation StartRecording {
  startContactRecording(input: { ${recordingIds}, voiceRecordingConfiguration: { voiceRecordingTrack: ALL } }) {
    __typename
    ... on Error { message }
  }
}

mutation SuspendRecording {
  suspendContactRecording(input: { ${recordingIds}, contactRecordingType: AGENT }) {
    __typename
    ... on Error { message }
  }
}

mutation ResumeRecording {
  resumeContactRecording(input: { ${recordingIds}, contactRecordingType: AGENT }) {
    __typename
    ... on Error { message }
  }
}
`;

/** The seeded contacts were initiated in January 2025: a search of that month finds them. */
const SEARCH_EXAMPLE_INPUT = `{
    instanceId: ${JSON.stringify(SEED_INSTANCE_ID)}
    timeRange: { type: INITIATION_TIMESTAMP, start: "2025-01-01T00:00:00Z", end: "2025-02-01T00:00:00Z" }
    searchCriteria: { channels: [TASK] }
  }`;

// A third tab: the committed searchContacts query with the seeded search written in place of its
// variables, and the fragment it spreads.
const SEARCH_EXAMPLE = `# Find contacts: the seeded tasks, 3 a page. Pass pageInfo.endCursor as \`after\` for the next page.
${readFileSync(new URL('../operations/search-contacts.graphql', import.meta.url), 'utf8')
  .replace('($input: SearchContactsInput!, $first: Int, $after: String)', '')
  .replace('input: $input, first: $first, after: $after', `input: ${SEARCH_EXAMPLE_INPUT}, first: 3`)}
${readFileSync(new URL('../operations/connect-error-fields.graphql', import.meta.url), 'utf8')}`;

/**
 * GraphiQL reads headers as JSONC. The placeholder stays commented out: a literal `Bearer <token>`
 * would be refused with 401 and take the schema (and so the docs explorer) down with it, while with
 * no token introspection still works and operations answer "Authentication required".
 */
export const AUTH_HEADERS_PLACEHOLDER = `{
  // Authentication is on. Mint a development token (docs/frontend-guide.md):
  //   AUTH_JWT_SECRET=... npm run -s dev-token
  // then uncomment the next line and put the token in place of <token>.
  // "Authorization": "Bearer <token>"
}`;

/**
 * yoga passes `variables` through to GraphiQL 5 as its initial variables (the type does not list
 * it). GraphiQL 5 takes only the query from `defaultTabs`, so the variables and headers of the
 * example must also be given here to show up in their editors.
 */
export type GraphiQLPageOptions = GraphiQLOptions & { variables?: string };

/**
 * GraphiQL opens with the updateContact example (every union member selected by __typename), in a
 * second tab a contactChanged subscription on the same contact (GraphiQL speaks SSE to yoga), in a
 * third the supervisor flow, and in a fourth a searchContacts query that finds the seeded tasks.
 */
export function graphiqlOptions(authRequired: boolean): GraphiQLPageOptions {
  const headers = authRequired ? AUTH_HEADERS_PLACEHOLDER : undefined;
  const variables = JSON.stringify(EXAMPLE_VARIABLES, null, 2);
  return {
    title: 'Connect contact gateway',
    defaultTabs: [
      { query: EXAMPLE_DOCUMENT, variables, headers },
      { query: SUBSCRIPTION_EXAMPLE, headers },
      { query: SUPERVISOR_EXAMPLE, headers },
      { query: SEARCH_EXAMPLE, headers },
    ],
    variables,
    headers,
    defaultEditorToolsVisibility: authRequired ? 'headers' : 'variables',
    useGETForQueries: false,
    // GraphiQL subscribes with a GET (SSE): the header that marks it as no simple cross-site request.
    additionalHeaders: { 'x-graphql-yoga-csrf': 'graphiql' },
  };
}

// JSON inside <script> must not be able to close the element.
const scriptSafeJson = (value: unknown) => JSON.stringify(value).replaceAll('<', '\\u003c');
const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * yoga's `renderGraphiQL`: a small page whose scripts, styles and editor workers all come from this
 * server (see useGraphiQLAssets). yoga's default page loads them from unpkg.com, which offline
 * machines and strict networks cannot reach. No inline script, so the page is served with a
 * `script-src 'self'` Content-Security-Policy (useGraphiQLAssets).
 */
export function renderGraphiQLPage(options: GraphiQLOptions = {}): string {
  const title = escapeHtml(options.title ?? 'GraphiQL');
  const asset = (name: string) => `${GRAPHIQL_ASSETS_PATH}/${name}`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <link rel="icon" href="${options.favicon ?? asset('favicon.ico')}" />
    <link rel="stylesheet" href="${asset('graphiql.css')}" />
    <script type="application/json" id="graphiql-options">${scriptSafeJson(options)}</script>
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run GraphiQL.</noscript>
    <div id="root">Loading ${title}…</div>
    <script src="${asset('setup.js')}"></script>
    <script src="${asset('yoga-graphiql.js')}"></script>
  </body>
</html>
`;
}
