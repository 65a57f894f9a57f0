/**
 * `npx tsx bench/attacks-callers.ts`: the caller and origin attacks of issue #11, each with the figure
 * that says whether it got through (status, upstream calls, headers), against in-process stacks.
 */
import { startStack, type TestStack } from '../test/support/gateway.js';
import { startIdp, unsignedToken } from '../test/security/jwks.js';
import { wsOperation } from '../test/security/transports.js';

const CREATE = 'POST /v2/{project_id}/cas/applications';
const LOGIN = 'POST /v3/auth/tokens';
const rows: [string, string][] = [];
const record = (attack: string, figure: string) => {
  rows.push([attack, figure]);
  console.log(`${attack}: ${figure}`);
};

async function creates(stack: TestStack, run: () => Promise<unknown>): Promise<number> {
  await stack.resetCalls();
  await run();
  return (await stack.calls()).byRoute[CREATE] ?? 0;
}

const idp = await startIdp();
// The IAM variables alone, as an operator would set them; the JWKS variables are ignored by code that has none.
const open = await startStack({ mode: 'service-account', env: { ALLOW_ANONYMOUS: '' } });
try {
  const mutation = (name: string) => `mutation { createApplication(input: {name: "${name}"}) { name } }`;
  let status = 0;
  const n = await creates(open, async () => (status = (await open.gql(mutation('anon-http'))).status));
  record('anonymous createApplication over HTTP, IAM variables alone', `HTTP ${status}, ${n} upstream create call(s)`);
} finally {
  await open.stop();
}

// The embedded demo's setting (anonymous write): what a foreign web page could do with it.
const demo = await startStack({ mode: 'service-account', env: { ALLOW_ANONYMOUS: 'write' } });
try {
  const open = demo;
  const mutation = (name: string) => `mutation { createApplication(input: {name: "${name}"}) { name } }`;
  await open.resetCalls();

  const ws = await wsOperation(open.gateway.url, { origin: 'https://evil.example', query: mutation('anon-ws') }).catch((e: Error) => ({ refused: true, status: -1, e }));
  const wsCreates = (await open.calls()).byRoute[CREATE] ?? 0;
  record('WebSocket from a foreign Origin runs createApplication', ws.refused ? `upgrade refused ${'status' in ws ? ws.status : ''}, ${wsCreates} create call(s)` : `upgrade accepted, ${wsCreates} create call(s)`);

  const cors = await fetch(open.gateway.url, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
  record('CORS preflight from a foreign Origin', `allow-origin: ${cors.headers.get('access-control-allow-origin')}, allow-credentials: ${cors.headers.get('access-control-allow-credentials')}`);

  const other = open.emu.projects[1]!.id;
  const res = await open.gql('{ environments { nodes { rawId } } }', undefined, { projectId: other });
  const direct = await open.emu.call<{ environments: { id: string }[] }>('GET', `/v2/${other}/cas/environments`, { token: open.emu.otherToken });
  const theirs = new Set(direct.body.environments.map((e) => e.id));
  const got = res.body.data?.environments.nodes ?? [];
  record(
    "anonymous X-Project-Id of the second project",
    res.body.errors ? `refused ${res.body.errors[0]!.extensions?.code}` : `answered ${got.length} environments, ${got.filter((e: { rawId: string }) => theirs.has(e.rawId)).length} of them the named project's (header ignored)`,
  );
} finally {
  await demo.stop();
}

const known = await startStack({ mode: 'service-account', env: idp.env() });
try {
  const mutation = 'mutation { createApplication(input: {name: "viewer-app"}) { name } }';
  for (const [attack, token] of [
    ['viewer JWT runs a mutation', await idp.token({ roles: ['viewer'] })],
    ['alg:none JWT claiming operator', unsignedToken({ roles: ['operator'], projects: ['*'] })],
    ['expired operator JWT', await idp.token({ roles: ['operator'] }, { expiresIn: Math.floor(Date.now() / 1000) - 3600 })],
    ['operator JWT signed by a foreign key', await idp.token({ roles: ['operator'] }, { key: 'foreign' })],
  ] as const) {
    await known.resetCalls();
    const r = await known.gql(mutation, undefined, { headers: { authorization: `Bearer ${token}` } });
    const calls = await known.calls();
    record(attack, `HTTP ${r.status} ${r.body.errors?.[0]?.extensions?.code ?? 'ok'}, ${calls.total} upstream call(s), ${calls.byRoute[CREATE] ?? 0} create(s)`);
  }
  const token = await idp.token({ projects: ['*'] });
  await known.emu.advance(24 * 60 * 60 * 1000 + 1);
  await known.resetCalls();
  await Promise.all(Array.from({ length: 30 }, () => known.gql('{ environments { totalCount } microservices { serviceName } }', undefined, { headers: { authorization: `Bearer ${token}` } })));
  record('30 concurrent requests after the token expired', `${(await known.calls()).byRoute[LOGIN] ?? 0} IAM login(s)`);
} finally {
  await known.stop();
  await idp.stop();
}

console.log('\n| attack | figure |\n| --- | --- |');
for (const [attack, figure] of rows) console.log(`| ${attack} | ${figure} |`);
