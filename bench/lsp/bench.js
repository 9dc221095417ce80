// Diagnostics latency of `lockstep lsp` after edits, through the real server over stdio:
// a 3,000-line spec against a baseline measured in the same run (a ~150-line spec from specs/).
// Usage: node bench/lsp/bench.js [edits=200] [warmup=50]   (run by bench/lsp/run.sh)
'use strict';
const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');
const ext = path.join(__dirname, '..', '..', 'vscode-ext', 'node_modules');
const rpc = require(path.join(ext, 'vscode-jsonrpc', 'node'));
const { generate } = require('./gen-spec');

const root = path.join(__dirname, '..', '..');
const jar = process.env.LOCKSTEP_JAR || path.join(root, 'cli', 'target', 'lockstep.jar');
const edits = Number(process.argv[2] || 200);
const warmup = Number(process.argv[3] || 50);

function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
}

async function measure(label, file, text, editAt) {
  const child = cp.spawn('java', ['-jar', jar, 'lsp'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const uri = pathToFileURL(file).toString();
  // version -> publications so far, and who waits for the n-th one
  const seen = new Map();
  const waiting = new Map();
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    if (p.uri !== uri || p.version == null) return;
    const list = [...(seen.get(p.version) || []), { at: process.hrtime.bigint(), p }];
    seen.set(p.version, list);
    const w = waiting.get(`${p.version}:${list.length}`);
    if (w) w(list[list.length - 1]);
  });
  const nth = (v, n) => new Promise((resolve) => {
    const list = seen.get(v) || [];
    if (list.length >= n) resolve(list[n - 1]);
    else waiting.set(`${v}:${n}`, resolve);
  });
  conn.listen();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(path.dirname(file)).toString(), capabilities: {} });
  conn.sendNotification('initialized', {});
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'tlaplus', version: 1, text } });
  const opened = await nth(1, 2);
  if (opened.p.diagnostics.length > 0) throw new Error(`${label}: the spec has diagnostics: ${JSON.stringify(opened.p.diagnostics)}`);
  const times = [];
  const resolveTimes = [];
  for (let v = 2; v < warmup + edits + 2; v++) {
    const edited = editAt(text, v);
    const t0 = process.hrtime.bigint();
    conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text: edited }] });
    // 1st publication: spec-lang's parse; 2nd: with spec-lang's name resolution.
    const first = await nth(v, 1);
    const second = await nth(v, 2);
    times.push(Number(first.at - t0) / 1e6);
    resolveTimes.push(Number(second.at - t0) / 1e6);
    for (const d of [first, second]) {
      if (d.p.diagnostics.length > 0) throw new Error(`${label}: edit ${v} produced diagnostics: ${JSON.stringify(d.p.diagnostics)}`);
    }
  }
  await conn.sendRequest('shutdown');
  conn.sendNotification('exit');
  await new Promise((r) => child.on('exit', r));
  conn.dispose();
  // The first `warmup` edits warm the JVM (JIT); the figures are over the `edits` after them.
  const warm = times.slice(warmup);
  const warmResolve = resolveTimes.slice(warmup);
  const r = { label, lines: text.split('\n').length, edits: warm.length, median: quantile(warm, 0.5), p95: quantile(warm, 0.95), max: Math.max(...warm),
    resolveMedian: quantile(warmResolve, 0.5), resolveP95: quantile(warmResolve, 0.95) };
  console.log(`${label}: ${r.lines} lines, ${r.edits} edits: diagnostics published after median ${r.median.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, max ${r.max.toFixed(1)} ms; `
    + `with name resolution: median ${r.resolveMedian.toFixed(1)} ms, p95 ${r.resolveP95.toFixed(1)} ms`);
  return r;
}

(async () => {
  if (!fs.existsSync(jar)) throw new Error(`${jar} is missing: mvn -pl cli -am package`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lockstep-bench-lsp-'));
  try {
    const big = path.join(dir, 'Big.tla');
    const bigText = generate('Big', 3000);
    fs.writeFileSync(big, bigText);
    // Each edit changes a number in an action in the middle of the module (the text stays valid).
    const bigEdit = (t, v) => t.replace('rnd |-> round[n] + 0]}', `rnd |-> round[n] + ${v}]}`);
    const small = path.join(root, 'specs', 'TwoPhaseCommit', 'TwoPhaseCommit.tla');
    const smallText = fs.readFileSync(small, 'utf8');
    const smallEdit = (t, v) => t.replace(/\n====/, `\nBenchEdit == ${v}\n====`);
    const base = await measure('baseline (specs/TwoPhaseCommit)', small, smallText, smallEdit);
    const res = await measure('3,000-line spec', big, bigText, bigEdit);
    console.log(`ratio p95 3,000-line / baseline: ${(res.p95 / base.p95).toFixed(2)}; median: ${(res.median / base.median).toFixed(2)}`);
    console.log(`load average during the run: ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
    console.log(`target p95 <= 150 ms: ${res.p95 <= 150 ? 'met' : 'NOT met'} (${res.p95.toFixed(1)} ms)`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
})().catch((e) => { console.error(e); process.exit(1); });
