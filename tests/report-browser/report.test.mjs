// Opens an HTML report written by a real `lockstep check --report` run in headless Chromium,
// checks what a reader sees, and saves a screenshot as a test artifact (artifacts/report.png).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '../..');
const artifacts = join(import.meta.dirname, 'artifacts');

function checkWithReport(spec) {
  const out = join(mkdtempSync(join(tmpdir(), 'lockstep-report-')), 'report.html');
  try {
    execFileSync(join(root, 'lockstep'), ['check', join(root, spec), '--report', out, '--no-progress'],
      { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LOCKSTEP_NO_BUILD: '1' } });
  } catch (e) {
    // a violation exits non-zero (12); the report is still written
    assert.equal(e.status, 12, String(e.stderr));
  }
  return out;
}

test('a counterexample report shows the verdict, the steps, the lanes and the state graph', async () => {
  const report = checkWithReport('specs/TwoPhaseCommitBuggy/TwoPhaseCommitBuggy.tla');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1300, height: 1400 } });
    await page.goto('file://' + report);
    assert.match(await page.locator('#verdict').innerText(), /Safety violation: invariant \w+ is violated/);
    assert.equal(await page.locator('#verdict').getAttribute('data-result'), 'safety failure');
    const rows = await page.locator('#trace tbody tr').count();
    assert.ok(rows >= 2, `counterexample has steps (${rows})`);
    assert.equal(await page.locator('#trace tbody tr').first().locator('td').nth(1).innerText(), 'Init');
    assert.ok(await page.locator('#trace td.changed').count() >= rows - 1, 'every step highlights what changed');
    const lanes = await page.locator('#spacetime text.lane').allTextContents();
    assert.deepEqual(lanes, ['r1', 'r2', 'r3']);
    assert.ok(await page.locator('#spacetime circle.event').count() >= 1);
    assert.ok(await page.locator('#stategraph').isVisible());
    const box = await page.locator('#trace').boundingBox();
    assert.ok(box && box.width > 400, 'the table is laid out');
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'report.png'), fullPage: true });
  } finally {
    await browser.close();
  }
});
