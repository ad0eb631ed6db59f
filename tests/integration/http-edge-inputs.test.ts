// Every route of the app, walked from its OpenAPI description, with the inputs that used to answer
// 500: NUL characters in every text field and query, ids past PostgreSQL's int4 (2^31 .. 2^53),
// and ids written in hex, exponent or with spaces. None may answer 5xx.
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { errorCode, makeAccount, signInReady, testApp, type Signed } from './support/http.ts';
import { openTestDatabase, type TestDatabase } from './support/test-database.ts';

type Schema = { [key: string]: unknown };
interface Parameter {
  name: string;
  in: string;
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

const NUL = 'a\u0000b';
const BIG_IDS = ['2147483648', '4294967296', '9007199254740991'];
const EXOTIC_IDS = ['0x10', '1e1', ' 16', '0o20', '16.0'];

/** A body the schema accepts in shape, with every string a NUL string and every integer `integer`. */
function sample(schema: Schema | undefined, doc: OpenApi, integer: number, depth = 0): unknown {
  if (!schema || depth > 6) return null;
  const ref = schema['$ref'];
  if (typeof ref === 'string')
    return sample(doc.components?.schemas?.[ref.split('/').pop() ?? ''], doc, integer, depth + 1);
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const options = schema[key];
    if (Array.isArray(options) && options.length > 0)
      return sample(options[0] as Schema, doc, integer, depth + 1);
  }
  if (Array.isArray(schema['enum'])) return schema['enum'][0];
  if ('const' in schema) return schema['const'];
  switch (schema['type']) {
    case 'string':
      return NUL;
    case 'integer':
      return integer;
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'array':
      return [sample(schema['items'] as Schema, doc, integer, depth + 1)];
    case 'object': {
      const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
      return Object.fromEntries(
        Object.entries(properties).map(([name, property]) => [
          name,
          sample(property, doc, integer, depth + 1),
        ]),
      );
    }
    default:
      return null;
  }
}

/** A parameter that takes a number: ids are written `anyOf: [number, string of digits]`. */
const NUMERIC = new Set(['integer', 'number']);
const isNumeric = (schema: Schema | undefined): boolean =>
  NUMERIC.has(String(schema?.['type'])) ||
  (Array.isArray(schema?.['anyOf']) &&
    (schema['anyOf'] as Schema[]).some((option) => NUMERIC.has(String(option['type']))));

describe('no route answers 5xx to NUL characters, out-of-range or exotic ids', () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof testApp>>;
  let admin: Signed;
  let doc: OpenApi;

  before(async () => {
    testDb = await openTestDatabase();
    deps = await testApp(testDb);
    const account = await makeAccount(deps, { login: 'edge.admin' });
    admin = await signInReady(deps, account.login, account.password);
    doc = deps.app.swagger() as unknown as OpenApi;
  });
  after(async () => {
    await deps.app.close();
    await testDb.close();
  });

  const send = (method: string, url: string, payload?: unknown): Promise<LightMyRequestResponse> =>
    deps.app.inject({
      method: method.toUpperCase() as 'GET',
      url,
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  function* requests() {
    for (const [template, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const parameters = operation.parameters ?? [];
        const pathParams = parameters.filter((p) => p.in === 'path');
        const query = parameters.filter((p) => p.in === 'query');
        const fill = (values: Record<string, string>) =>
          template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? '1'));
        const jsonSchema = operation.requestBody?.content?.['application/json']?.schema;
        yield { template, method, pathParams, query, fill, jsonSchema };
      }
    }
  }

  test('the walk covers the whole API', () => {
    assert.ok([...requests()].length > 80, `${[...requests()].length} operations`);
  });

  test('path ids past int4, NUL in path parameters: never 5xx; hex, exponent and spaced ids: 400', async () => {
    const failures: string[] = [];
    let exoticChecked = 0;
    for (const { template, method, pathParams, fill } of requests()) {
      for (const param of pathParams) {
        for (const value of [...BIG_IDS, ...EXOTIC_IDS, NUL]) {
          const response = await send(
            method,
            fill({ [param.name]: value }),
            method === 'get' ? undefined : {},
          );
          if (response.statusCode >= 500)
            failures.push(
              `${method} ${template} ${param.name}=${JSON.stringify(value)}: ${response.statusCode}`,
            );
          if (!isNumeric(param.schema) || !EXOTIC_IDS.includes(value)) continue;
          exoticChecked += 1;
          if (response.statusCode !== 400)
            failures.push(
              `${method} ${template} ${param.name}=${JSON.stringify(value)} accepted: ${response.statusCode}`,
            );
        }
      }
    }
    assert.deepEqual(failures, []);
    // Every route with an id in its path is asked with each exotic spelling (not none of them).
    assert.ok(exoticChecked > 200, `${exoticChecked} exotic ids sent`);
  });

  test('NUL and out-of-range ids in query strings: never 5xx', async () => {
    const failures: string[] = [];
    for (const { method, query, fill } of requests()) {
      for (const param of query) {
        for (const value of [NUL, ...BIG_IDS, '0x10']) {
          const url = `${fill({})}?${param.name}=${encodeURIComponent(value)}`;
          const response = await send(method, url, method === 'get' ? undefined : {});
          if (response.statusCode >= 500) failures.push(`${method} ${url}: ${response.statusCode}`);
        }
      }
    }
    assert.deepEqual(failures, []);
  });

  test('JSON bodies with NUL in every text field answer 400 request.nul_character; ids past int4 never 5xx', async () => {
    const failures: string[] = [];
    for (const { template, method, fill, jsonSchema } of requests()) {
      if (!jsonSchema) continue;
      const withNul = await send(method, fill({}), sample(jsonSchema, doc, 1));
      const hasText = JSON.stringify(sample(jsonSchema, doc, 1)).includes('\\u0000');
      if (hasText && (withNul.statusCode !== 400 || errorCode(withNul) !== 'request.nul_character'))
        failures.push(`${method} ${template} NUL: ${withNul.statusCode} ${withNul.body.slice(0, 80)}`);
      const json = JSON.stringify(sample(jsonSchema, doc, 2 ** 40)).replaceAll('a\\u0000b', 'text');
      const big = await send(method, fill({}), JSON.parse(json));
      if (big.statusCode >= 500) failures.push(`${method} ${template} big ids: ${big.statusCode}`);
    }
    assert.deepEqual(failures, []);
  });

  test('signing in with a NUL in the login or password answers 400, not 500', async () => {
    const response = await deps.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'edge\u0000admin', password: 'x\u0000y' },
    });
    assert.equal(response.statusCode, 400);
    assert.equal(errorCode(response), 'request.nul_character');
  });

  test('a multipart upload before sign-in answers 401 before its body has been sent', async () => {
    const url = await deps.app.listen({ port: 0, host: '127.0.0.1' });
    for (const path of [
      '/api/attachments',
      '/api/documents/template?period=2024-Q1',
      '/api/plans/import/preview',
    ]) {
      const status = await new Promise<number>((resolve, reject) => {
        const request = httpRequest(`${url}${path}`, {
          method: 'POST',
          headers: {
            'content-type': 'multipart/form-data; boundary=x',
            'content-length': String(8 * 1024 * 1024),
          },
        });
        request.on('response', (response) => {
          resolve(response.statusCode ?? 0);
          request.destroy();
        });
        request.on('error', reject);
        // Only the start of the promised 8 MB is sent, malformed: the answer must not wait for the rest.
        request.write('--x\r\nnot a part header');
        setTimeout(
          () => reject(new Error(`${path}: no answer while the body was still coming`)),
          3000,
        ).unref();
      });
      assert.equal(status, 401, path);
    }
  });

  test('a malformed multipart body from a signed-in account answers 400, not 500', async () => {
    for (const path of ['/api/attachments', '/api/plans/import/preview']) {
      const response = await deps.app.inject({
        method: 'POST',
        url: path,
        headers: {
          cookie: admin.cookie,
          'x-csrf-token': admin.csrf,
          'content-type': 'multipart/form-data; boundary=x',
        },
        payload: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nunfinished',
      });
      assert.ok(response.statusCode >= 400 && response.statusCode < 500, `${path}: ${response.statusCode}`);
    }
  });
});
