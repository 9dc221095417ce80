import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { findJava, invocation, resolveLaunch, Settings } from '../../src/launch';

const none: Settings = { javaPath: '', tla2toolsPath: '', tlcWorkers: 'auto', lockstepPath: '' };
const files = (...ps: string[]) => (p: string) => ps.includes(p);

test('java comes from the setting, then JAVA_HOME, then the PATH', () => {
  const jh = path.join('/jdk', 'bin', 'java');
  const onPath = path.join('/usr/bin', 'java');
  assert.equal(findJava({ ...none, javaPath: '/opt/j/java' }, {}, files('/opt/j/java')), '/opt/j/java');
  assert.equal(findJava(none, { JAVA_HOME: '/jdk', PATH: '/usr/bin' }, files(jh, onPath)), jh);
  assert.equal(findJava(none, { JAVA_HOME: '/nope', PATH: '/x:/usr/bin' }, files(onPath)), onPath);
  assert.equal(findJava(none, { PATH: '/x' }, files()), undefined);
});

test('without java the user is told how to configure it', () => {
  const r = resolveLaunch(none, '/ext/server/lockstep.jar', { PATH: '/x' }, files('/ext/server/lockstep.jar'));
  assert.equal(r.ok, false);
  assert.match(!r.ok ? r.message : '', /lockstep\.javaPath/);
  const bad = resolveLaunch({ ...none, javaPath: '/missing/java' }, '/j.jar', {}, files('/j.jar'));
  assert.match(!bad.ok ? bad.message : '', /names \/missing\/java, which does not exist/);
});

test('the bundled jar runs with java -jar, a configured launcher runs as is', () => {
  const java = path.join('/usr/bin', 'java');
  const r = resolveLaunch({ ...none, tla2toolsPath: '/t/tla2tools.jar' }, '/ext/server/lockstep.jar', { PATH: '/usr/bin' }, files(java, '/ext/server/lockstep.jar'));
  assert.ok(r.ok);
  const check = invocation(r.base, { ...none, tlcWorkers: 2 }, { kind: 'check', file: '/s/Spec.tla', report: '/tmp/r/report.html' });
  assert.deepEqual([check.command, ...check.args],
    [java, '-jar', '/ext/server/lockstep.jar', 'check', '--json', '--report', '/tmp/r/report.html', '--workers', '2', '/s/Spec.tla']);
  assert.equal(check.env.LOCKSTEP_TLA2TOOLS, '/t/tla2tools.jar');
  const l = resolveLaunch({ ...none, lockstepPath: '/repo/lockstep' }, '/nojar', { PATH: '/usr/bin' }, files('/repo/lockstep', java));
  assert.ok(l.ok);
  const lsp = invocation(l.base, none, { kind: 'lsp' });
  assert.deepEqual([lsp.command, ...lsp.args], ['/repo/lockstep', 'lsp']);
  const val = invocation(l.base, none, { kind: 'validate', file: 'S.tla', traces: ['a.ndjson', 'b.ndjson'] });
  assert.deepEqual(val.args, ['validate', 'S.tla', '--trace', 'a.ndjson', '--trace', 'b.ndjson']);
});
