import assert from 'node:assert/strict';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { main, type CommandIo } from '../../src/cli/main.ts';
import { makeFolder } from '../../src/db/make-folder.ts';

test('makeFolder creates the missing levels and accepts a folder that exists', async () => {
  const root = await mkdtemp(join(tmpdir(), 'duban-folder-'));
  try {
    const deep = join(root, 'a', 'b', 'c');
    await makeFolder(deep);
    assert.ok((await stat(deep)).isDirectory());
    await makeFolder(deep);
    await makeFolder(root);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test('makeFolder refuses a file in the way, at the end or above', async () => {
  const root = await mkdtemp(join(tmpdir(), 'duban-folder-'));
  try {
    await writeFile(join(root, 'file'), 'x');
    await assert.rejects(makeFolder(join(root, 'file')), { code: 'ENOTDIR' });
    await assert.rejects(makeFolder(join(root, 'file', 'below')), { code: 'ENOTDIR' });
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

// Node's recursive mkdir spins for ever on such a path; a test that hangs fails on the runner's timeout.
test(
  'a folder the system cannot create under an existing one is an error, not a hang',
  { timeout: 10_000 },
  async () => {
    await assert.rejects(makeFolder('/proc/duban-cannot-be-made/data'), { code: 'ENOENT' });
  },
);

test(
  'duban migrate on a data folder that cannot be made says so in one line and exits 1',
  { timeout: 30_000 },
  async () => {
    const io = { out: '', err: '', isTty: false } as CommandIo & { out: string; err: string };
    io.stdout = (text) => void (io.out += text);
    io.stderr = (text) => void (io.err += text);
    assert.equal(await main(['migrate', '--data', '/proc/duban-cannot-be-made'], io), 1);
    assert.match(io.err, /^duban migrate: ENOENT: .*'\/proc\/duban-cannot-be-made'\n$/);
  },
);
