import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const source = fs.readFileSync(path.join(root, 'src', 'extension.ts'), 'utf8');

test('every contributed command is registered by the extension, and the other way round', () => {
  const contributed = (manifest.contributes.commands as { command: string }[]).map((c) => c.command).sort();
  const registered = [...source.matchAll(/cmd\('([a-zA-Z.]+)'/g)].map((m) => m[1]).sort();
  assert.deepEqual(registered, contributed);
});

test("the server's code lenses name commands the extension contributes", () => {
  const server = fs.readFileSync(path.join(root, '..', 'language-server', 'src', 'main', 'java', 'dev', 'lockstep', 'lsp', 'CodeLensHandler.java'), 'utf8');
  const lensCommands = [...server.matchAll(/new Command\("[^"]+", "([a-z.]+)"/g)].map((m) => m[1]);
  assert.deepEqual([...new Set(lensCommands)].sort(), ['lockstep.check', 'lockstep.generate', 'lockstep.translate', 'lockstep.validate']);
  const contributed = new Set((manifest.contributes.commands as { command: string }[]).map((c) => c.command));
  for (const c of lensCommands) {
    assert.ok(contributed.has(c), c);
  }
});

test('the settings the issue asks for exist: java path, tla2tools path, TLC workers', () => {
  const props = Object.keys(manifest.contributes.configuration.properties);
  for (const p of ['lockstep.javaPath', 'lockstep.tla2toolsPath', 'lockstep.tlcWorkers']) {
    assert.ok(props.includes(p), p);
  }
  for (const p of props.filter((k) => k !== 'lockstep.trace.server')) {
    assert.ok(source.includes(`'${p.replace('lockstep.', '')}'`), `setting ${p} is read by the extension`);
  }
});

test('the grammar and the language configuration are valid JSON that point at each other', () => {
  for (const g of manifest.contributes.grammars as { path: string; scopeName: string }[]) {
    const grammar = JSON.parse(fs.readFileSync(path.join(root, g.path), 'utf8'));
    assert.equal(grammar.scopeName, g.scopeName);
  }
  for (const l of manifest.contributes.languages as { configuration: string }[]) {
    JSON.parse(fs.readFileSync(path.join(root, l.configuration), 'utf8'));
  }
});

test('the language client hands the server every contributed language, model configurations included', () => {
  const selector = source.match(/documentSelector: \[([^\]]*)\]/);
  assert.ok(selector, 'extension.ts sets a documentSelector');
  const served = [...selector[1].matchAll(/language: '([a-z-]+)'/g)].map((m) => m[1]).sort();
  const contributed = (manifest.contributes.languages as { id: string }[]).map((l) => l.id).sort();
  assert.deepEqual(served, contributed);
  assert.ok(served.includes('tlaplus-cfg'));
});
