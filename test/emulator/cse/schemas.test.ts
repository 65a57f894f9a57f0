import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from '../../support/emulator.js';
import { createService, expectCseError, REG } from './support.js';

const SWAGGER = '---\nswagger: "2.0"\ninfo:\n  version: "1.0.0"\n  title: "swagger definition for com.service.provider.controller.ProviderImpl"\nbasePath: "/provider"\npaths:\n  /helloworld:\n    get:\n      operationId: "helloworld"\n';

describe('registry schemas (§5.6, §5.7, §5.10 type=schema, §5.23)', () => {
  let emu: TestEmulator;
  const schemaPath = (serviceId: string, schemaId?: string) => `${REG}/microservices/${serviceId}/schemas${schemaId ? `/${schemaId}` : ''}`;

  beforeAll(async () => {
    emu = await startTestEmulator();
  });
  afterAll(() => emu.stop());
  beforeEach(() => emu.reset(false));

  it('should store a schema with the reference example body, answer 200 with an empty body and list its id', async () => {
    const id = await createService(emu, { serviceName: 'provider' });
    const put = await emu.call('PUT', schemaPath(id, 'com.test.TestService'), { body: { schema: SWAGGER, summary: 'abcd1234' } });
    expect(put.status).toBe(200);
    expect(put.body).toBeUndefined();
    const service = await emu.call('GET', `${REG}/microservices/${id}`);
    expect(service.body.service.schemas).toEqual(['com.test.TestService']);
  });

  it('should answer GET schema with {schema} and the summary in X-Schema-Summary', async () => {
    const id = await createService(emu, { serviceName: 'provider' });
    await emu.call('PUT', schemaPath(id, 'com.test.TestService'), { body: { schema: SWAGGER, summary: 'abcd1234' } });
    const res = await emu.call('GET', schemaPath(id, 'com.test.TestService'));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ schema: SWAGGER });
    expect(res.headers.get('x-schema-summary')).toBe('abcd1234');
  });

  it('should list schemas with ids and summaries, and content only with withSchema=1', async () => {
    const id = await createService(emu, { serviceName: 'provider', schemas: ['declared'] });
    await emu.call('PUT', schemaPath(id, 'api'), { body: { schema: SWAGGER, summary: 'xyz' } });
    const plain = await emu.call('GET', schemaPath(id));
    expect(plain.status).toBe(200);
    expect(plain.body).toEqual({ schemas: [{ schemaId: 'declared' }, { schemaId: 'api', summary: 'xyz' }] });
    expect((await emu.call('GET', `${schemaPath(id)}?withSchema=0`)).body).toEqual(plain.body);
    const full = await emu.call('GET', `${schemaPath(id)}?withSchema=1`);
    expect(full.body.schemas).toEqual([{ schemaId: 'declared' }, { schemaId: 'api', summary: 'xyz', schema: SWAGGER }]);
  });

  it('should refuse withSchema other than 0 or 1 with 400001', async () => {
    const id = await createService(emu, { serviceName: 'provider' });
    expectCseError(await emu.call('GET', `${schemaPath(id)}?withSchema=true`), 400, '400001', /withSchema/);
  });

  it('should answer 400016 for a schema without content and 400012 for an unknown service', async () => {
    const id = await createService(emu, { serviceName: 'provider', schemas: ['declared'] });
    expectCseError(await emu.call('GET', schemaPath(id, 'declared')), 400, '400016');
    expectCseError(await emu.call('GET', schemaPath(id, 'never')), 400, '400016');
    expectCseError(await emu.call('GET', schemaPath('nope', 'api')), 400, '400012');
    expectCseError(await emu.call('PUT', schemaPath('nope', 'api'), { body: { schema: SWAGGER } }), 400, '400012');
  });

  it('should let development, testing and acceptance services add and change schemas', async () => {
    for (const environment of ['development', 'testing', 'acceptance'] as const) {
      const id = await createService(emu, { serviceName: `svc-${environment}`, environment });
      expect((await emu.call('PUT', schemaPath(id, 'api'), { body: { schema: 'v1' } })).status).toBe(200);
      expect((await emu.call('PUT', schemaPath(id, 'api'), { body: { schema: 'v2', summary: 'second' } })).status).toBe(200);
      expect((await emu.call('GET', schemaPath(id, 'api'))).body).toEqual({ schema: 'v2' });
    }
  });

  it('should refuse adding an undeclared schema in production with 400014 and changing one with 400015', async () => {
    const id = await createService(emu, { serviceName: 'ledger', environment: 'production', schemas: ['declared'] });
    expectCseError(await emu.call('PUT', schemaPath(id, 'other'), { body: { schema: 'v1' } }), 400, '400014');
    // A declared schema gets its first content, and the same content again is no change.
    expect((await emu.call('PUT', schemaPath(id, 'declared'), { body: { schema: 'v1', summary: 's1' } })).status).toBe(200);
    expect((await emu.call('PUT', schemaPath(id, 'declared'), { body: { schema: 'v1', summary: 's1' } })).status).toBe(200);
    expectCseError(await emu.call('PUT', schemaPath(id, 'declared'), { body: { schema: 'v2', summary: 's1' } }), 400, '400015');
    expectCseError(await emu.call('PUT', schemaPath(id, 'declared'), { body: { schema: 'v1', summary: 's2' } }), 400, '400015');
    expect((await emu.call('GET', schemaPath(id, 'declared'))).body).toEqual({ schema: 'v1' });
  });

  it.each([
    ['a schema id starting with a dot', '.api', { schema: 'x' }, 'Schema.SchemaId'],
    ['a schema id of 161 characters', 'a'.repeat(161), { schema: 'x' }, 'Schema.SchemaId'],
    ['a missing schema', 'api', { summary: 'x' }, 'Schema.Schema'],
    ['an empty schema', 'api', { schema: '' }, 'Schema.Schema'],
    ['a schema of 2049 bytes', 'api', { schema: 'x'.repeat(2049) }, 'Schema.Schema'],
    ['a schema of 2048 characters but more bytes', 'api', { schema: 'é'.repeat(1100) }, 'Schema.Schema'],
    ['a summary with a dash', 'api', { schema: 'x', summary: 'a-b' }, 'Schema.Summary'],
    ['a summary of 129 characters', 'api', { schema: 'x', summary: 'a'.repeat(129) }, 'Schema.Summary'],
  ])('should refuse %s with 400001', async (_name, schemaId, body, field) => {
    const id = await createService(emu, { serviceName: 'provider' });
    expectCseError(await emu.call('PUT', schemaPath(id, schemaId), { body }), 400, '400001', `'${field}'`);
  });

  it('should accept a schema id of 160 characters', async () => {
    const id = await createService(emu, { serviceName: 'provider' });
    const schemaId = `a${'.'.repeat(158)}z`;
    expect((await emu.call('PUT', schemaPath(id, schemaId), { body: { schema: 'x' } })).status).toBe(200);
    expect((await emu.call('GET', schemaPath(id, schemaId))).body).toEqual({ schema: 'x' });
  });

  it('should accept a schema of exactly 2048 bytes', async () => {
    const id = await createService(emu, { serviceName: 'provider' });
    expect((await emu.call('PUT', schemaPath(id, 'api'), { body: { schema: 'x'.repeat(2048) } })).status).toBe(200);
  });

  describe('existence of a schema (§5.10 type=schema)', () => {
    it('should answer {serviceId, schemaId} with X-Schema-Summary', async () => {
      const id = await createService(emu, { serviceName: 'provider' });
      await emu.call('PUT', schemaPath(id, 'api'), { body: { schema: SWAGGER, summary: 'sum1' } });
      const res = await emu.call('GET', `${REG}/existence?type=schema&serviceId=${id}&schemaId=api`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ serviceId: id, schemaId: 'api' });
      expect(res.headers.get('x-schema-summary')).toBe('sum1');
    });

    it('should answer 400016 for a missing schema, 400012 for an unknown service and 400001 for a missing schemaId', async () => {
      const id = await createService(emu, { serviceName: 'provider' });
      expectCseError(await emu.call('GET', `${REG}/existence?type=schema&serviceId=${id}&schemaId=api`), 400, '400016');
      expectCseError(await emu.call('GET', `${REG}/existence?type=schema&serviceId=nope&schemaId=api`), 400, '400012');
      expectCseError(await emu.call('GET', `${REG}/existence?type=schema&serviceId=${id}`), 400, '400001', /schemaId/);
    });
  });
});
