/**
 * GraphiQL, offline: yoga's own GraphiQL build (@graphql-yoga/render-graphiql ships it, with its
 * Monaco workers, as strings) served from this gateway as separate cacheable files, never from a CDN.
 * It opens on the dashboard with the other example operations as tabs, and runs subscriptions over
 * graphql-ws on the GraphQL path.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphiQLOptions } from 'graphql-yoga';
import { sendAsset, type Asset } from './static-asset.js';
import { readOperation } from './operations.js';

export const GRAPHIQL_ASSETS_PATH = '/graphiql/';

/** The tabs GraphiQL opens with, in order; the first is the one shown. Variables are examples to edit. */
const EXAMPLE_TABS: { operation: string; variables?: Record<string, unknown> }[] = [
  { operation: 'dashboard' },
  { operation: 'application', variables: { id: '<an application id from the dashboard>' } },
  { operation: 'applications-page', variables: { first: 20, after: null } },
  { operation: 'registry' },
  { operation: 'deploy', variables: { component: '<a component id>', env: '<an environment id>' } },
  { operation: 'scale', variables: { instance: '<a component instance id>', replica: 3 } },
  { operation: 'job-progress', variables: { id: '<the jobId a mutation answered>' } },
  { operation: 'instance-changes', variables: { appId: 'weather-app', serviceName: 'weather' } },
];

/** The `graphiql` option of createYoga. */
export function graphiqlOptions(): GraphiQLOptions {
  return {
    title: 'ServiceStage GraphQL',
    // Yoga's GraphiQL reads `defaultTabs` (its own `defaultQuery` only fills an empty first tab).
    defaultTabs: EXAMPLE_TABS.map((t) => ({ query: readOperation(t.operation), variables: t.variables ? JSON.stringify(t.variables, null, 2) : null })),
    // graphql-ws on /graphql, like every other client of this gateway. The SSE default would subscribe
    // with a GET that carries no CSRF header; WebSockets are not "simple" requests CSRF could forge.
    subscriptionsProtocol: 'WS',
    // GraphiQL is a script, so it may prove it: the header CSRF prevention asks of GET requests.
    additionalHeaders: { 'x-graphql-yoga-csrf': 'graphiql' },
  };
}

/** JSON inside a <script> element: nothing in it may close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The `renderGraphiQL` option of createYoga: a small page loading the assets below. */
export function renderGraphiQLPage(options: GraphiQLOptions): string {
  const a = GRAPHIQL_ASSETS_PATH;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(options.title ?? 'GraphiQL')}</title>
<link rel="icon" href="${a}favicon.ico">
<link rel="stylesheet" href="${a}graphiql.css">
</head>
<body id="body" class="no-focus-outline">
<noscript>GraphiQL needs JavaScript.</noscript>
<div id="root"></div>
<script>
self.MonacoEnvironment = {
  globalAPI: false,
  getWorkerUrl: function (_moduleId, label) {
    return label === 'json' ? '${a}json.worker.js' : label === 'graphql' ? '${a}graphql.worker.js' : '${a}editor.worker.js';
  },
};
</script>
<script src="${a}yoga-graphiql.js"></script>
<script id="graphiql-options" type="application/json">${scriptJson(options)}</script>
<script>
YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), JSON.parse(document.getElementById('graphiql-options').textContent));
</script>
</body>
</html>
`;
}

let assets: Promise<Map<string, Asset>> | undefined;

/** Loaded on first use: 9 MB of strings a gateway without GraphiQL never needs. */
function loadAssets(): Promise<Map<string, Asset>> {
  assets ??= import('@graphql-yoga/render-graphiql/graphiql').then((m) => {
    const js = (text: string): Asset => ({ body: Buffer.from(text), contentType: 'text/javascript; charset=utf-8', caching: 'revalidate' });
    const favicon = /^data:([^;,]+);base64,(.*)$/s.exec(m.favicon);
    return new Map<string, Asset>([
      ['yoga-graphiql.js', js(m.js)],
      ['editor.worker.js', js(m.editorWorkerService)],
      ['json.worker.js', js(m.jsonWorker)],
      ['graphql.worker.js', js(m.graphqlWorker)],
      ['graphiql.css', { body: Buffer.from(m.css), contentType: 'text/css; charset=utf-8', caching: 'revalidate' }],
      ...(favicon ? [['favicon.ico', { body: Buffer.from(favicon[2]!, 'base64'), contentType: favicon[1]!, caching: 'revalidate' }] as [string, Asset]] : []),
    ]);
  });
  return assets;
}

/** Serves /graphiql/<file>; false when the path is not one of GraphiQL's assets. */
export async function serveGraphiQLAsset(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
  if (!path.startsWith(GRAPHIQL_ASSETS_PATH)) return false;
  const asset = (await loadAssets()).get(path.slice(GRAPHIQL_ASSETS_PATH.length));
  if (!asset) return false;
  sendAsset(req, res, asset);
  return true;
}
