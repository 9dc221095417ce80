/**
 * The results view end to end: runs the real `lockstep check --json --report` (the jar the
 * extension bundles) on the fixtures, adapts the report as the extension does, opens it in headless
 * Debian Chromium (driven by playwright-core) under the webview's Content-Security-Policy, and checks
 * what a person would see and that a click on a step asks to reveal it; saves screenshots under
 * test-artifacts/.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as cp from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { CheckSummary, webviewHtml } from '../../src/results/webview';

const root = path.join(__dirname, '..', '..', '..');
const jar = process.env.LOCKSTEP_JAR ?? path.join(root, '..', 'cli', 'target', 'lockstep.jar');
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Runs the extension's check command line on `spec`; gives the JSON summary and the report. */
function check(spec: string, scratch: string): { summary: CheckSummary; report: string } {
  assert.ok(fs.existsSync(jar), `${jar} is missing: build it with mvn -pl cli -am package`);
  const report = path.join(fs.mkdtempSync(path.join(scratch, 'run-')), 'report.html');
  // Graphviz off: the state graph is DOT text on every machine. A violation exits with 12.
  const r = cp.spawnSync('java', ['-jar', jar, 'check', '--json', '--report', report, '--workers', '1', spec],
    { encoding: 'utf8', env: { ...process.env, LOCKSTEP_DOT: '' } });
  assert.equal(r.status, 12, r.stderr);
  return { summary: JSON.parse(r.stdout) as CheckSummary, report: fs.readFileSync(report, 'utf8') };
}

test('the results view shows the report: verdict, steps with changes highlighted, lanes and messages; a click reveals a step', async () => {
  assert.ok(fs.existsSync(executablePath), `${executablePath} is missing: install Debian's chromium (apt-get install -y chromium)`);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lockstep-webview-'));
  const browser = await chromium.launchPersistentContext(path.join(scratch, 'user-data'), {
    executablePath,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  try {
    const mutex = check(path.join(root, 'test', 'fixtures', 'BuggyMutex.tla'), scratch);
    assert.equal(mutex.summary.result, 'safety failure');
    assert.equal(mutex.summary.violation?.property, 'MutualExclusion');
    const page = await browser.newPage();
    // The webview's API as the page's script sees it: record what it posts.
    await page.addInitScript(() => {
      const posted: unknown[] = [];
      (window as unknown as { posted: unknown[] }).posted = posted;
      (window as unknown as { acquireVsCodeApi: () => unknown }).acquireVsCodeApi = () => ({ postMessage: (m: unknown) => posted.push(m) });
    });
    const pageFile = path.join(scratch, 'result.html');
    // Under the webview's CSP ('self' stands for the webview's resource origin): the nonce'd script must still run.
    fs.writeFileSync(pageFile, webviewHtml(mutex.report, { cspSource: "'self'", nonce: 'testnonce' }));
    await page.goto('file://' + pageFile);

    assert.equal(await page.locator('#verdict').getAttribute('data-result'), 'safety failure');
    assert.match(await page.locator('#verdict').innerText(), /MutualExclusion/);
    assert.equal(await page.locator('#stats tr', { hasText: 'distinct states' }).locator('td').innerText(), '22');
    assert.equal(await page.locator('#violation code.property').innerText(), 'MutualExclusion');

    const rows = page.locator('#trace tbody tr');
    assert.equal(await rows.count(), 7);
    assert.deepEqual(await page.locator('#trace td.action [data-action]').allInnerTexts(), ['Init', 'Try', 'Check', 'Try', 'Check', 'Enter', 'Enter']);
    // Last step: p2 enters, so flag, entered and pc changed, and inside pc only p2's entry is marked.
    const last = rows.nth(6);
    assert.deepEqual(await last.locator('td.changed').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-var'))), ['flag', 'entered', 'pc']);
    assert.equal(await last.locator('td[data-var=pc] mark.part').innerText(), 'p2 :> "cs"');
    // The changed cells are visibly highlighted: their background differs from an unchanged one.
    const bg = (sel: string) => page.locator(sel).first().evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.notEqual(await bg('#trace tr[data-step="7"] td.changed'), await bg('#trace tr[data-step="1"] td[data-var]'));
    // Step 4 (Try by p2) changed pc only.
    assert.deepEqual(await rows.nth(3).locator('td.changed').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-var'))), ['pc']);

    // Space-time diagram: one lane per process, one row per step, the process that moved marked.
    const svg = page.locator('#spacetime svg');
    assert.ok(await svg.isVisible());
    assert.deepEqual(await svg.locator('text.lane').allTextContents(), ['p1', 'p2']);
    assert.equal(await svg.locator('g.row').count(), 7);
    const movers = (row: number) => svg.locator(`g.row[data-row="${row}"] circle.event`).evaluateAll((cs) => cs.map((c) => c.getAttribute('data-lane')));
    assert.deepEqual(await movers(6), ['p2']);
    assert.deepEqual(await movers(1), ['p1']);
    const box = await svg.boundingBox();
    assert.ok(box && box.width > 300 && box.height > 150, `diagram too small: ${JSON.stringify(box)}`);

    // A click on a step asks the extension to reveal the action where TLC says it is defined.
    await page.locator('#trace tr[data-step="2"] [data-action]').click();
    const posted = await page.evaluate(() => (window as unknown as { posted: unknown[] }).posted);
    assert.deepEqual(posted, [{ command: 'reveal', name: 'Try', location: 'BuggyMutex:14:11' }]);

    const artifacts = path.join(root, 'test-artifacts');
    fs.mkdirSync(artifacts, { recursive: true });
    const shot = path.join(artifacts, 'results-view.png');
    await page.screenshot({ path: shot, fullPage: true });
    assert.ok(fs.statSync(shot).size > 10_000, 'screenshot is not empty');

    // A trace with messages (specs/ReplicatedKV plus an invariant): arrows from the sender's lane to the receiver's.
    const kv = check(path.join(root, 'test', 'fixtures', 'replicated-kv', 'ReplicatedKV.tla'), scratch);
    const kvFile = path.join(scratch, 'kv.html');
    fs.writeFileSync(kvFile, webviewHtml(kv.report));
    await page.goto('file://' + kvFile);
    const kvSvg = page.locator('#spacetime svg');
    assert.deepEqual(await kvSvg.locator('text.lane').allTextContents(), ['others', 'f1', 'f2']);
    const arrows = kvSvg.locator('g.msg');
    assert.equal(await arrows.count(), 2);
    const append = await arrows.nth(0).evaluate((g) => ({ from: g.getAttribute('data-from'), to: g.getAttribute('data-to'), w: (g as SVGGraphicsElement).getBBox().width }));
    assert.deepEqual([append.from, append.to], ['others', 'f1']);
    assert.ok(append.w > 100, `the Append arrow spans from the others lane to f1 (${append.w} px)`);
    assert.equal(await kvSvg.locator('g.msg.in-flight').getAttribute('data-from'), 'f1');
    await page.screenshot({ path: path.join(artifacts, 'results-view-messages.png'), fullPage: true });
  } finally {
    await browser.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
});
