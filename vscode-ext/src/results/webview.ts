/**
 * The results view: the page `lockstep check --report` renders (verdict, statistics, the
 * counterexample's steps with changes highlighted, the space-time diagram, the state graph of small
 * models), adapted to a VS Code webview. The Java side is the one renderer of a check's result; this
 * module only adds what a webview needs around it: a Content-Security-Policy, VS Code's theme colours
 * and the one script that turns a click on an action or property into a request to reveal it in the
 * spec. Pure functions, so they are tested outside VS Code (in Node and in headless Chromium).
 */

/** The fields of `lockstep check --json` the extension reads (its diagnostic and message). */
export interface CheckSummary {
  result: string;
  violation?: { kind?: string; property?: string; message?: string } | null;
}

export interface WebviewOptions {
  /** The webview's CSP source (`webview.cspSource`); omitted in a plain browser. */
  cspSource?: string;
  /** Nonce for the page's one script: letters and digits (the extension makes it). */
  nonce?: string;
}

/** The report page as the webview shows it: CSP, theme and the reveal script added, the report itself unchanged. */
export function webviewHtml(report: string, options: WebviewOptions = {}): string {
  const nonce = (options.nonce ?? '').replace(/[^A-Za-z0-9]/g, '');
  const csp = options.cspSource
    ? `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${options.cspSource} data:; style-src ${options.cspSource} 'unsafe-inline'; script-src 'nonce-${nonce}';">`
    : '';
  const head = `${csp}<style>${THEME}</style>`;
  const withHead = /<head>/i.test(report) ? report.replace(/<head>/i, (h) => h + head) : head + report;
  const script = `<script nonce="${nonce}">${SCRIPT}</script>`;
  return /<\/body>/i.test(withHead) ? withHead.replace(/<\/body>(?![\s\S]*<\/body>)/i, script + '</body>') : withHead + script;
}

/** VS Code's theme colours over the report's own (which are for a white page). */
const THEME = `
body { color: var(--vscode-editor-foreground, #222); background: var(--vscode-editor-background, #fff);
  font-family: var(--vscode-font-family, system-ui, sans-serif); margin: 16px; }
th { background: var(--vscode-editorWidget-background, #f5f5f5); }
th, td { border-color: var(--vscode-editorWidget-border, #ddd); }
td.changed { background: var(--vscode-diffEditor-insertedTextBackground, #fff3b0); }
mark.part { background: rgba(255, 170, 0, .45); color: inherit; }
[data-action] { cursor: pointer; color: var(--vscode-textLink-foreground, #0063b1); font-weight: 600; }
.spacetime text:not([fill]) { fill: currentColor; }
pre.dot { background: var(--vscode-textBlockQuote-background, #f8f8f8); }
`;

/** A click on an action (a step) or a property asks the extension to reveal it in the spec. */
const SCRIPT = `
(function () {
  const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
  document.addEventListener('click', function (e) {
    const t = e.target && e.target.closest ? e.target.closest('[data-action]') : null;
    if (t && vscode) { e.preventDefault(); vscode.postMessage({ command: 'reveal', name: t.getAttribute('data-action'), location: t.getAttribute('data-location') }); }
  });
})();
`;

/** A step's source location as the report writes it (`Module:line:col`, optionally `-line:col`; 1-based). */
export function parseLocation(loc: string | null | undefined): { module: string; line: number; column: number } | undefined {
  const m = /^([A-Za-z0-9_]+):(\d+):(\d+)(?:-\d+:\d+)?$/.exec(loc ?? '');
  return m ? { module: m[1], line: Number(m[2]), column: Number(m[3]) } : undefined;
}
