import assert from 'node:assert/strict';
import { test } from 'node:test';
import { main, type CommandIo } from '../../src/cli/main.ts';

function capture(): CommandIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    isTty: false,
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
  };
  return io;
}

test('duban --help prints one usage line per command and exits 0', async () => {
  const io = capture();
  assert.equal(await main(['--help'], io), 0);
  for (const name of ['import', 'serve', 'demo', 'migrate', 'backup', 'restore', 'users', 'export']) {
    assert.match(io.out, new RegExp(`^  duban ${name} `, 'm'), name);
  }
  assert.equal(io.err, '');
});

test('a name that is not a command, even one every object has, is refused with the usage', async () => {
  for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'nope']) {
    const io = capture();
    assert.equal(await main([name], io), 2, name);
    assert.match(io.err, new RegExp(`unknown command '${name}'`), name);
    assert.match(io.err, /Usage:/);
  }
});
