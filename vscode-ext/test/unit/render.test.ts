import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CheckResult, parseLocation, renderCheckResult } from '../../src/results/render';
import { spaceTime } from '../../src/results/spacetime';

const fixture = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'buggy-mutex.check.json');
const data = JSON.parse(fs.readFileSync(fixture, 'utf8')) as CheckResult;

test('finds one lane per process from the functions over processes', () => {
  const st = spaceTime(data.trace!);
  assert.ok(st);
  assert.deepEqual(st.lanes, ['p1', 'p2']);
  assert.deepEqual(st.laneVariables.sort(), ['flag', 'pc']);
  assert.equal(st.labelVariable, 'pc');
  assert.equal(st.rows.length, data.trace!.states.length);
  // Step 1 (Try by p1) moves only p1; the last step (Enter by p2) only p2.
  assert.deepEqual(st.rows[1].cells.map((c) => c.active), [true, false]);
  assert.deepEqual(st.rows.at(-1)!.cells.map((c) => c.active), [false, true]);
  assert.equal(st.rows.at(-1)!.cells[1].label, '"cs"');
});

test('no space-time diagram without per-process functions', () => {
  assert.equal(spaceTime({ states: [{ x: 1 }, { x: 2 }] }), undefined);
  assert.equal(spaceTime({ states: [{ f: { '#map': [['a', 1]] } }] }), undefined, 'one key is not a set of processes');
});

test('renders the verdict, the stats, the violation and one row per step', () => {
  const html = renderCheckResult(data, { title: 'BuggyMutex.tla' });
  assert.match(html, /Invariant or safety property violated/);
  assert.match(html, /<b>22<\/b> distinct states/);
  assert.match(html, /data-action="MutualExclusion"/);
  assert.equal((html.match(/<tr data-step=/g) ?? []).length, 7);
  assert.match(html, /id="spacetime"/);
  // The Init row has nothing changed; every later row has at least one changed cell.
  const rows = html.split('<tr data-step=').slice(1);
  assert.ok(!rows[0].includes('class="value changed"'));
  for (const r of rows.slice(1)) {
    assert.ok(r.includes('class="value changed"'), r);
  }
});

test('escapes everything that comes from the spec or TLC', () => {
  const html = renderCheckResult({
    result: 'safety failure',
    violation: { kind: 'invariant', property: '<img src=x onerror=alert(1)>', message: '</pre><script>alert(1)</script>' },
    trace: { states: [{ '#meta': { action: '<b>Init</b>' }, x: '<i>' }] },
  });
  assert.ok(!html.includes('<img'));
  assert.ok(!html.includes('<script>alert'));
  assert.ok(html.includes('&lt;img src=x'));
});

test('a successful check shows no trace, an error shows its message', () => {
  const ok = renderCheckResult({ result: 'success', distinctStates: 10, totalStates: 20, depth: 3, durationMs: 1200 });
  assert.match(ok, /No error found/);
  assert.ok(!ok.includes('id="trace"'));
  const err = renderCheckResult({ result: 'error', message: 'Spec.tla:3:1: error: unknown operator Foo' });
  assert.match(err, /TLC could not check the spec/);
  assert.match(err, /unknown operator Foo/);
});

test('a liveness lasso marks the state it loops back to', () => {
  const html = renderCheckResult({ result: 'liveness failure', trace: { states: [{ x: 0 }, { x: 1 }, { x: 2 }], loop: 1 } });
  assert.match(html, /returns to state 1/);
  assert.match(html, /<tr data-step="1">.*loop start/);
});

test('a real liveness counterexample (specs/LeaseServiceUnfair) shows its lasso', () => {
  const lease = JSON.parse(fs.readFileSync(path.join(path.dirname(fixture), 'lease-unfair.check.json'), 'utf8')) as CheckResult;
  assert.equal(lease.result, 'liveness failure');
  assert.equal(typeof lease.trace!.loop, 'number');
  const html = renderCheckResult(lease);
  assert.match(html, /Liveness property violated/);
  assert.match(html, /data-action="NoStarvation"/);
  assert.match(html, new RegExp(`<tr data-step="${lease.trace!.loop}">.*loop start`));
  assert.match(html, new RegExp(`returns to state ${lease.trace!.loop} and repeats forever`));
});

test('a real deadlock (specs/LockOrderDeadlock) has one lane per client, not per lock', () => {
  const dl = JSON.parse(fs.readFileSync(path.join(path.dirname(fixture), 'lock-order-deadlock.check.json'), 'utf8')) as CheckResult;
  assert.equal(dl.result, 'deadlock failure');
  const st = spaceTime(dl.trace!);
  assert.ok(st);
  assert.equal(st.labelVariable, 'phase');
  assert.deepEqual(st.lanes, ['c1', 'c2']);
  const html = renderCheckResult(dl);
  assert.match(html, /Deadlock reached/);
  assert.equal((html.match(/<tr data-step=/g) ?? []).length, dl.trace!.states.length);
});

test('messages of a real trace (specs/ReplicatedKV) become arrows between lanes', () => {
  const kv = JSON.parse(fs.readFileSync(path.join(path.dirname(fixture), 'replicated-kv-ack.check.json'), 'utf8')) as CheckResult;
  const st = spaceTime(kv.trace!);
  assert.ok(st);
  assert.deepEqual(st.lanes, ['f1', 'f2']);
  const actions = kv.trace!.states.map((s, i) => (s['#meta'] as { action?: string } | undefined)?.action ?? String(i));
  const append = actions.indexOf('SendAppend');
  const receive = actions.indexOf('ReceiveAppend');
  assert.ok(append > 0 && receive > append, actions.join(','));
  // The leader is not a lane: the Append comes from "others" to f1 and is consumed by ReceiveAppend;
  // the Ack goes from f1 back to "others" and is still in flight when the invariant fails.
  assert.deepEqual(st.messages.map((m) => [m.label, m.from, m.to, m.sent, m.received]), [
    ['Append', -1, 0, append, receive],
    ['Ack', 0, -1, receive, undefined],
  ]);
  const html = renderCheckResult(kv);
  assert.match(html, /class="lane-name others"/);
  assert.equal((html.match(/<g class="msg/g) ?? []).length, 2);
});

test("a step's location links to its place in the spec", () => {
  const loc = (data.trace!.states[1]['#meta'] as { location: string }).location;
  assert.deepEqual(parseLocation(loc), { module: 'BuggyMutex', line: 14, column: 11 });
  assert.equal(parseLocation('no location'), undefined);
  assert.match(renderCheckResult(data), /data-action="Try" data-location="BuggyMutex:14:11-16:40"/);
});
