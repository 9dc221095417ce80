import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parseLocation, webviewHtml } from '../../src/results/webview';

const report = '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>r</title></head><body>\n'
  + '<p id="verdict">v</p><pre>a </body> in spec text is escaped by the report, but stay safe</pre></body></html>\n';

test('the webview page is the report with a CSP, the theme and one nonce script added', () => {
  const html = webviewHtml(report, { cspSource: 'vscode-webview://x', nonce: 'n0nce' });
  assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="en"><head><meta http-equiv="Content-Security-Policy"'), html);
  assert.match(html, /script-src 'nonce-n0nce'/);
  assert.match(html, /style-src vscode-webview:\/\/x 'unsafe-inline'/);
  assert.equal((html.match(/<script/g) ?? []).length, 1);
  assert.ok(html.endsWith('<script nonce="n0nce">' + html.split('<script nonce="n0nce">')[1]), 'the script is last');
  assert.match(html, /<\/script><\/body><\/html>\n$/);
  // The report's own markup is untouched.
  assert.ok(html.includes('<p id="verdict">v</p><pre>a </body> in spec text'));
});

test('in a plain browser the page has no CSP', () => {
  const html = webviewHtml(report);
  assert.ok(!html.includes('Content-Security-Policy'));
  assert.match(html, /<script nonce="">/);
});

test("a step's location names the module, line and column", () => {
  assert.deepEqual(parseLocation('BuggyMutex:14:11'), { module: 'BuggyMutex', line: 14, column: 11 });
  assert.deepEqual(parseLocation('BuggyMutex:14:11-16:40'), { module: 'BuggyMutex', line: 14, column: 11 });
  assert.equal(parseLocation('no location'), undefined);
  assert.equal(parseLocation(null), undefined);
});
