import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FastifyReply } from 'fastify';
import { acceptedEncoding, worthCompressing } from '../../src/http/plugins/compression.ts';

test("the answer's encoding follows the browser's Accept-Encoding, Brotli first", () => {
  assert.equal(acceptedEncoding(undefined), null);
  assert.equal(acceptedEncoding(''), null);
  assert.equal(acceptedEncoding('identity'), null);
  assert.equal(acceptedEncoding('gzip, deflate, br, zstd'), 'br');
  assert.equal(acceptedEncoding('gzip, deflate'), 'gzip');
  assert.equal(acceptedEncoding('GZIP'), 'gzip');
  assert.equal(acceptedEncoding('br;q=0, gzip'), 'gzip');
  assert.equal(acceptedEncoding('br;q=0.2, gzip;q=0.8'), 'gzip');
  assert.equal(acceptedEncoding('br;q=0, gzip;q=0'), null);
  assert.equal(acceptedEncoding('*'), 'br');
  assert.equal(acceptedEncoding('*;q=0'), null);
  assert.equal(acceptedEncoding('gzip;q=0, *'), 'br');
  assert.equal(acceptedEncoding('br;q=nonsense, gzip'), 'gzip');
  assert.equal(acceptedEncoding(['gzip', 'br']), 'br');
});

test('text answers are worth compressing; office files and images are compressed already', () => {
  const reply = (type: string) =>
    ({
      statusCode: 200,
      hasHeader: () => false,
      getHeader: (name: string) => (name === 'content-type' ? type : undefined),
    }) as unknown as FastifyReply;
  const big = 50_000;
  assert.equal(worthCompressing(reply('application/json; charset=utf-8'), big), true);
  assert.equal(worthCompressing(reply('text/csv; charset=utf-8'), big), true);
  assert.equal(worthCompressing(reply('application/problem+json'), big), true);
  assert.equal(worthCompressing(reply('image/svg+xml'), big), true);
  assert.equal(worthCompressing(reply('application/json'), 1000), false);
  for (const type of [
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/pdf',
    'application/zip',
    'image/png',
  ]) {
    assert.equal(worthCompressing(reply(type), big), false, type);
  }
});
