/**
 * Renders the results view from a real counterexample, opens it in headless Debian Chromium
 * (driven by playwright-core) and checks what a person would see; saves a screenshot under
 * test-artifacts/.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { CheckResult, renderCheckResult } from '../../src/results/render';

const root = path.join(__dirname, '..', '..', '..');
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';

test('the results view shows the verdict, the steps with changes highlighted, and one lane per process', async () => {
  assert.ok(fs.existsSync(executablePath), `${executablePath} is missing: install Debian's chromium (apt-get install -y chromium)`);
  const data = JSON.parse(fs.readFileSync(path.join(root, 'test', 'fixtures', 'buggy-mutex.check.json'), 'utf8')) as CheckResult;
  const html = renderCheckResult(data, { title: 'BuggyMutex.tla' });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lockstep-chromium-'));
  const pageFile = path.join(profile, 'result.html');
  fs.writeFileSync(pageFile, html);
  // A fresh profile (user data dir) per run; playwright passes it as --user-data-dir.
  const browser = await chromium.launchPersistentContext(path.join(profile, 'user-data'), {
    executablePath,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    await page.goto('file://' + pageFile);

    assert.equal(await page.locator('#verdict .verdict-label').innerText(), 'Invariant or safety property violated');
    assert.equal(await page.locator('[data-stat=distinct] b').innerText(), '22');
    assert.equal(await page.locator('#violation code.property').innerText(), 'MutualExclusion');

    const rows = page.locator('table.steps tbody tr');
    assert.equal(await rows.count(), 7);
    const actions = await page.locator('table.steps tbody td.action a').allInnerTexts();
    assert.deepEqual(actions, ['Init', 'Try', 'Check', 'Try', 'Check', 'Enter', 'Enter']);
    // Last step: p2 enters, so flag, entered and pc changed, and inside pc only p2's entry is marked.
    const last = rows.nth(6);
    assert.deepEqual(await last.locator('td.value.changed').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-var'))), ['flag', 'entered', 'pc']);
    assert.equal(await last.locator('td[data-var=pc] mark.part').innerText(), 'p2 :> "cs"');
    // The changed cells are visibly highlighted: their background differs from an unchanged one.
    const bg = (sel: string) => page.locator(sel).first().evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.notEqual(await bg('tr[data-step="6"] td.value.changed'), await bg('tr[data-step="0"] td.value'));
    // Step 3 (Try by p2) changed pc only.
    assert.deepEqual(await rows.nth(3).locator('td.value.changed').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-var'))), ['pc']);

    // Space-time diagram: one lane per process, one row per step, the active process marked.
    const svg = page.locator('#spacetime svg');
    assert.ok(await svg.isVisible());
    assert.deepEqual(await svg.locator('text.lane-name').allTextContents(), ['p1', 'p2']);
    assert.equal(await svg.locator('g.row').count(), 7);
    assert.deepEqual(await svg.locator('g.row[data-step="6"] g.event.active').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-lane'))), ['p2']);
    assert.deepEqual(await svg.locator('g.row[data-step="1"] g.event.active').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-lane'))), ['p1']);
    const box = await svg.boundingBox();
    assert.ok(box && box.width > 300 && box.height > 200, `diagram too small: ${JSON.stringify(box)}`);

    const artifacts = path.join(root, 'test-artifacts');
    fs.mkdirSync(artifacts, { recursive: true });
    const shot = path.join(artifacts, 'results-view.png');
    await page.screenshot({ path: shot, fullPage: true });
    assert.ok(fs.statSync(shot).size > 10_000, 'screenshot is not empty');

    // A trace with messages (specs/ReplicatedKV): arrows from the sender's lane to the receiver's.
    const kv = JSON.parse(fs.readFileSync(path.join(root, 'test', 'fixtures', 'replicated-kv-ack.check.json'), 'utf8')) as CheckResult;
    const kvFile = path.join(profile, 'kv.html');
    fs.writeFileSync(kvFile, renderCheckResult(kv, { title: 'ReplicatedKV.tla' }));
    await page.goto('file://' + kvFile);
    const kvSvg = page.locator('#spacetime svg');
    assert.deepEqual(await kvSvg.locator('text.lane-name').allTextContents(), ['others', 'f1', 'f2']);
    const arrows = kvSvg.locator('g.msg');
    assert.equal(await arrows.count(), 2);
    const append = await arrows.nth(0).evaluate((g) => ({ from: g.getAttribute('data-from'), to: g.getAttribute('data-to'), w: (g as SVGGraphicsElement).getBBox().width }));
    assert.deepEqual([append.from, append.to], ['others', 'f1']);
    assert.ok(append.w > 100, `the Append arrow spans from the others lane to f1 (${append.w} px)`);
    assert.equal(await kvSvg.locator('g.msg.in-flight').getAttribute('data-from'), 'f1');
    await page.screenshot({ path: path.join(artifacts, 'results-view-messages.png'), fullPage: true });
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
});
