/** `GET /`: what this gateway is, and the way to GraphiQL and the console. */

export interface LandingLinks {
  graphqlPath: string;
  /** GraphiQL is off in production. */
  graphiql: boolean;
  console: boolean;
}

export function renderLandingPage(links: LandingLinks): string {
  const item = (href: string, name: string, what: string) => `<li><a href="${href}">${name}</a><span>${what}</span></li>`;
  const items = [
    links.console ? item('/console', 'Console', 'environments, applications, components and instances with their jobs and registry replicas, live') : '',
    links.graphiql ? item(links.graphqlPath, 'GraphiQL', 'explore the schema and run the example operations (they open as tabs)') : '',
  ].join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ServiceStage GraphQL gateway</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 44rem; margin: 3rem auto; padding: 0 1rem; color: #1f2328; }
h1 { font-size: 1.6rem; margin-bottom: .25rem; }
ul { list-style: none; padding: 0; }
li { margin: .75rem 0; display: flex; flex-direction: column; }
li a { font-size: 1.2rem; font-weight: 600; color: #0b5cad; }
code { background: #f3f4f6; padding: 0 .25rem; border-radius: 3px; }
</style>
</head>
<body>
<h1>ServiceStage GraphQL gateway</h1>
<p>One GraphQL endpoint over Huawei Cloud ServiceStage: application management and the CSE registry, with live job progress and registry changes.</p>
<ul>${items}</ul>
<p>Endpoint: <code>POST ${links.graphqlPath}</code>; subscriptions over graphql-ws on the same path, or server-sent events at <code>${links.graphqlPath}/stream</code>. Health: <a href="/health">/health</a>, <a href="/ready">/ready</a>, <a href="/metrics">/metrics</a>.</p>
</body>
</html>
`;
}
