import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { LightMyRequestResponse } from 'fastify';
import { precompressFolder } from '../../web/build/precompress.ts';
import { loopAppForSuite } from './support/loop-app.ts';
import { testApp } from './support/http.ts';
import { openTestDatabase, usingPostgres, type TestDatabase } from './support/test-database.ts';

const database = usingPostgres ? 'PostgreSQL' : 'PGlite';

/** The answer's bytes as sent, decoded by the encoding it names. */
function decoded(response: LightMyRequestResponse): string {
  const bytes = response.rawPayload;
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(bytes).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(bytes).toString('utf8');
  assert.equal(encoding, undefined, `unexpected content-encoding ${String(encoding)}`);
  return bytes.toString('utf8');
}

const varies = (response: LightMyRequestResponse) =>
  /accept-encoding/i.test(String(response.headers['vary'] ?? ''));

describe(`answers travel compressed to a browser that accepts it, on ${database}`, () => {
  const loop = loopAppForSuite(new Date('2024-07-01T02:00:00Z'));
  const read = (url: string, login: string | null, headers: Record<string, string> = {}) =>
    loop.deps.app.inject({
      method: 'GET',
      url,
      headers: { ...(login ? loop.fx.as(login).headers : {}), ...headers },
    });

  test("the office's matrix, a shared answer: Brotli or gzip as asked, the same JSON as sent plain", async () => {
    const plain = await read('/api/matrix?period=2024-Q2', 'supervisor');
    assert.equal(plain.statusCode, 200, plain.body);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.ok(varies(plain), 'a plain answer says it depends on Accept-Encoding');
    const br = await read('/api/matrix?period=2024-Q2', 'supervisor', {
      'accept-encoding': 'gzip, deflate, br',
    });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.ok(varies(br));
    assert.match(String(br.headers['content-type']), /application\/json/);
    assert.equal(decoded(br), plain.body);
    assert.ok(
      br.rawPayload.length * 4 < plain.rawPayload.length,
      `${br.rawPayload.length} of ${plain.rawPayload.length}`,
    );
    assert.equal(br.headers['etag'], plain.headers['etag']);
    const gzip = await read('/api/matrix?period=2024-Q2', 'supervisor', {
      'accept-encoding': 'br;q=0, gzip',
    });
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.equal(decoded(gzip), plain.body);
    const again = await read('/api/matrix?period=2024-Q2', 'supervisor', { 'accept-encoding': 'br' });
    assert.deepEqual(again.rawPayload, br.rawPayload, 'the shared answer is compressed once and kept');
  });

  test('a tag the browser holds still answers 304, whatever it accepts', async () => {
    const first = await read('/api/worklist?period=2024-Q2', 'fgw.reporter', { 'accept-encoding': 'br' });
    assert.equal(first.statusCode, 200);
    const etag = String(first.headers['etag']);
    const unchanged = await read('/api/worklist?period=2024-Q2', 'fgw.reporter', {
      'accept-encoding': 'gzip',
      'if-none-match': etag,
    });
    assert.equal(unchanged.statusCode, 304);
    assert.equal(unchanged.rawPayload.length, 0);
    assert.equal(unchanged.headers['content-encoding'], undefined);
  });

  test('an answer worked out for each request is compressed on its way out', async () => {
    const plain = await read('/api/docs/json', null);
    assert.equal(plain.statusCode, 200);
    const gzip = await read('/api/docs/json', null, { 'accept-encoding': 'gzip' });
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.equal(gzip.headers['content-length'], String(gzip.rawPayload.length));
    assert.deepEqual(JSON.parse(decoded(gzip)), JSON.parse(plain.body));
  });

  test('small answers, refused encodings and errors go as they are', async () => {
    const health = await read('/api/health', null, { 'accept-encoding': 'br, gzip' });
    assert.equal(health.statusCode, 200);
    assert.equal(health.headers['content-encoding'], undefined);
    const refused = await read('/api/docs/json', null, { 'accept-encoding': 'identity, *;q=0' });
    assert.equal(refused.headers['content-encoding'], undefined);
    assert.ok(refused.rawPayload.length > 10_000);
    const denied = await read('/api/matrix?period=2024-Q2', 'fgw.reporter', { 'accept-encoding': 'br' });
    assert.equal(denied.statusCode, 403);
    assert.match(decoded(denied), /"error"/);
  });
});

describe(`the built web's files go precompressed, on ${database}`, () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof testApp>>;
  const webRoot = mkdtempSync(join(tmpdir(), 'duban-web-'));
  const script = `console.log(${JSON.stringify('督办'.repeat(4000))});\n`;

  before(async () => {
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(
      join(webRoot, 'index.html'),
      `<!doctype html><title>督办</title>${'<p>督办</p>'.repeat(300)}`,
    );
    writeFileSync(join(webRoot, 'assets', 'index-AbCd12_-.js'), script);
    writeFileSync(join(webRoot, 'assets', 'tiny-Zz9Yy8Xx.js'), 'export {};\n');
    assert.equal(precompressFolder(webRoot), 2, 'the page and the large script get copies; the tiny one not');
    testDb = await openTestDatabase();
    deps = await testApp(testDb, { webRoot });
  });
  after(async () => {
    await deps.app.close();
    await testDb.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string) =>
    deps.app.inject({
      method: 'GET',
      url,
      headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
    });

  test('a hashed script: its Brotli copy, kept by the browser for a year', async () => {
    const br = await get('/assets/index-AbCd12_-.js', 'gzip, deflate, br');
    assert.equal(br.statusCode, 200);
    assert.equal(br.headers['content-encoding'], 'br');
    assert.match(String(br.headers['content-type']), /javascript/);
    assert.equal(decoded(br), script);
    assert.ok(br.rawPayload.length * 10 < Buffer.byteLength(script));
    assert.equal(br.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.ok(varies(br));
    const gzip = await get('/assets/index-AbCd12_-.js', 'gzip');
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.equal(decoded(gzip), script);
    const plain = await get('/assets/index-AbCd12_-.js');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body, script);
    assert.equal(plain.headers['cache-control'], 'public, max-age=31536000, immutable');
  });

  test('a file without copies goes plain; a deep link gets the page compressed', async () => {
    const tiny = await get('/assets/tiny-Zz9Yy8Xx.js', 'br');
    assert.equal(tiny.statusCode, 200);
    assert.equal(tiny.headers['content-encoding'], undefined);
    assert.equal(tiny.body, 'export {};\n');
    const page = await get('/tasks/12', 'br');
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers['content-encoding'], 'br');
    assert.match(decoded(page), /<title>督办<\/title>/);
    assert.notEqual(page.headers['cache-control'], 'public, max-age=31536000, immutable');
  });
});
