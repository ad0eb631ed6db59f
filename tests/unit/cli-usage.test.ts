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

test("a command's --help prints that command's usage and runs nothing", async () => {
  for (const name of ['serve', 'import', 'backup', 'users', 'export']) {
    const io = capture();
    assert.equal(await main([name, '--help'], io), 0, name);
    assert.match(io.out, new RegExp(`^  duban ${name} `, 'm'), name);
    assert.equal(io.out.match(/^ {2}duban /gm)?.length, 1, `${name}: only its own usage`);
  }
});

test('an option a command does not know, or a missing value, is refused with its usage and exit 2', async () => {
  const cases: [string[], RegExp][] = [
    [['serve', '--bogus'], /Unknown option '--bogus'/],
    [['migrate', '--data'], /--data/],
    [['backup', '--out'], /--out/],
  ];
  for (const [argv, message] of cases) {
    const io = capture();
    assert.equal(await main(argv, io), 2, argv.join(' '));
    assert.match(io.err, message, argv.join(' '));
    assert.match(io.err, new RegExp(`Usage:\\n {2}duban ${argv[0]} `), argv.join(' '));
  }
});
