/**
 * Renders the result of `lockstep check --json` as an HTML page: the verdict and statistics, the
 * violated property, the counterexample as a table of steps with the values that changed
 * highlighted, and, when the state has per-process functions, a space-time diagram.
 *
 * A pure function from the JSON document to a string, so it is tested outside VS Code (in Node and
 * in headless Chromium). The page uses VS Code's theme variables with fallbacks for a plain browser.
 */
import { ItfTrace, ItfValue, entries, equal, format, formatKey, valueOf, variablesOf } from './itf';
import { SpaceTime, actionOf, spaceTime } from './spacetime';

/** The JSON document `lockstep check --json` prints (fields the view reads; others are ignored). */
export interface CheckResult {
  result: string;
  spec?: string;
  distinctStates?: number;
  totalStates?: number;
  depth?: number;
  durationMs?: number;
  stats?: { distinctStates?: number; totalStates?: number; depth?: number; durationMs?: number };
  violation?: { kind?: string; property?: string; message?: string } | null;
  trace?: ItfTrace | null;
  message?: string;
  diagnostics?: { message?: string }[];
}

export interface RenderOptions {
  /** Page title (the spec's file name, say). */
  title?: string;
  /** The webview's CSP source (`webview.cspSource`); omitted in a plain browser. */
  cspSource?: string;
  /** Nonce for the page's one script. */
  nonce?: string;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

const VERDICTS: Record<string, { label: string; cls: string }> = {
  success: { label: 'No error found', cls: 'ok' },
  'safety failure': { label: 'Invariant or safety property violated', cls: 'bad' },
  'deadlock failure': { label: 'Deadlock reached', cls: 'bad' },
  'liveness failure': { label: 'Liveness property violated', cls: 'bad' },
  'assumption failure': { label: 'Assumption is false', cls: 'bad' },
  error: { label: 'TLC could not check the spec', cls: 'err' },
};

/** The whole HTML document for one check result. */
export function renderCheckResult(data: CheckResult, options: RenderOptions = {}): string {
  const title = options.title ?? data.spec ?? 'Check result';
  const nonce = options.nonce ?? '';
  const csp = options.cspSource
    ? `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${options.cspSource} 'unsafe-inline'; script-src 'nonce-${escapeHtml(nonce)}';">`
    : '';
  const body = [
    renderVerdict(data),
    renderViolation(data),
    data.trace && data.trace.states && data.trace.states.length > 0 ? renderTrace(data.trace) : '',
  ].join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
${csp}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${body}
<script nonce="${escapeHtml(nonce)}">${SCRIPT}</script>
</body>
</html>
`;
}

function stat(data: CheckResult, key: 'distinctStates' | 'totalStates' | 'depth' | 'durationMs'): number | undefined {
  const v = data[key] ?? data.stats?.[key];
  return typeof v === 'number' ? v : undefined;
}

function renderVerdict(data: CheckResult): string {
  const v = VERDICTS[data.result] ?? { label: data.result, cls: 'err' };
  const stats: string[] = [];
  const distinct = stat(data, 'distinctStates');
  const total = stat(data, 'totalStates');
  const depth = stat(data, 'depth');
  const ms = stat(data, 'durationMs');
  if (distinct !== undefined) stats.push(`<span class="stat" data-stat="distinct"><b>${distinct.toLocaleString('en-US')}</b> distinct states</span>`);
  if (total !== undefined) stats.push(`<span class="stat" data-stat="total"><b>${total.toLocaleString('en-US')}</b> states found</span>`);
  if (depth !== undefined) stats.push(`<span class="stat" data-stat="depth">depth <b>${depth}</b></span>`);
  if (ms !== undefined) stats.push(`<span class="stat" data-stat="duration"><b>${(ms / 1000).toFixed(1)}</b> s</span>`);
  const extra = data.result === 'error'
    ? [data.message, ...(data.diagnostics ?? []).map((d) => d.message)].filter((m): m is string => !!m)
        .map((m) => `<pre class="message">${escapeHtml(m)}</pre>`).join('')
    : '';
  return `<section class="verdict ${v.cls}" id="verdict"><div class="verdict-label">${escapeHtml(v.label)}</div>
<div class="stats">${stats.join('')}</div>${extra}</section>`;
}

function renderViolation(data: CheckResult): string {
  const viol = data.violation;
  if (!viol) {
    return '';
  }
  const prop = viol.property ? `<code class="property" data-action="${escapeHtml(viol.property)}">${escapeHtml(viol.property)}</code>` : '';
  return `<section class="violation" id="violation"><h2>${escapeHtml(viol.kind ?? 'violation')} ${prop}</h2>
${viol.message ? `<pre class="message">${escapeHtml(viol.message)}</pre>` : ''}</section>`;
}

/** The counterexample: a space-time diagram when there are processes, then the table of steps. */
export function renderTrace(trace: ItfTrace): string {
  const st = spaceTime(trace);
  return [
    st ? renderSpaceTime(st, trace.loop) : '',
    renderTable(trace),
  ].join('\n');
}

function renderTable(trace: ItfTrace): string {
  const vars = variablesOf(trace);
  const head = `<tr><th class="step">#</th><th class="action">action</th>${vars.map((v) => `<th class="var">${escapeHtml(v)}</th>`).join('')}</tr>`;
  const rows = trace.states.map((state, i) => {
    const prev = i > 0 ? trace.states[i - 1] : undefined;
    const action = actionOf(state, i);
    const loopMark = trace.loop === i ? ' <span class="loop" title="the lasso returns to this state">&#8634; loop start</span>' : '';
    const cells = vars.map((v) => {
      const now = valueOf(state, v);
      const before = prev ? valueOf(prev, v) : undefined;
      const changed = prev !== undefined && !equal(now, before);
      return `<td class="value${changed ? ' changed' : ''}" data-var="${escapeHtml(v)}"${changed ? ' title="changed in this step"' : ''}>${renderValue(now, changed ? before : undefined)}</td>`;
    }).join('');
    const loc = (state['#meta'] as { location?: unknown } | undefined)?.location;
    const locAttr = typeof loc === 'string' && loc.length > 0 ? ` data-location="${escapeHtml(loc)}"` : '';
    return `<tr data-step="${i}"><td class="step">${i}</td><td class="action"><a href="#" data-action="${escapeHtml(action)}"${locAttr}>${escapeHtml(action)}</a>${loopMark}${location(state)}</td>${cells}</tr>`;
  });
  const lasso = trace.loop !== undefined && trace.loop !== null
    ? `<p class="lasso">After the last step the behaviour returns to state ${trace.loop} and repeats forever.</p>` : '';
  return `<section class="trace" id="trace"><h2>Counterexample: ${trace.states.length} states</h2>
<table class="steps"><thead>${head}</thead><tbody>
${rows.join('\n')}
</tbody></table>${lasso}</section>`;
}

function location(state: { '#meta'?: unknown }): string {
  const meta = state['#meta'] as { location?: unknown } | undefined;
  const loc = meta?.location;
  if (typeof loc === 'string' && loc.length > 0) {
    return `<div class="loc">${escapeHtml(loc)}</div>`;
  }
  if (loc && typeof loc === 'object') {
    const l = loc as { module?: string; line?: number; beginLine?: number };
    const line = l.line ?? l.beginLine;
    if (l.module && line !== undefined) {
      return `<div class="loc">${escapeHtml(l.module)}:${line}</div>`;
    }
  }
  return '';
}

/**
 * A value, with the parts of a function or record that changed since `before` marked, so a
 * change to one process's entry stands out in a long map.
 */
function renderValue(now: ItfValue | undefined, before: ItfValue | undefined): string {
  const es = entries(now);
  const old = entries(before);
  if (es && old) {
    const parts = es.map(([k, x]) => {
      const prior = old.find(([k2]) => equal(k, k2));
      const changed = !prior || !equal(prior[1], x);
      const text = `${escapeHtml(formatKey(k))} :&gt; ${escapeHtml(format(x))}`;
      return changed ? `<mark class="part">${text}</mark>` : text;
    });
    return '(' + parts.join(' @@ ') + ')';
  }
  if (now !== undefined && before !== undefined && typeof now === 'object' && !Array.isArray(now) && !('#set' in now) && !('#tup' in now)
      && typeof before === 'object' && !Array.isArray(before) && !('#map' in now)) {
    const fields = Object.entries(now as Record<string, ItfValue>);
    const parts = fields.map(([k, x]) => {
      const changed = !equal((before as Record<string, ItfValue>)[k], x);
      const text = `${escapeHtml(k)} |-&gt; ${escapeHtml(format(x))}`;
      return changed ? `<mark class="part">${text}</mark>` : text;
    });
    return '[' + parts.join(', ') + ']';
  }
  return escapeHtml(format(now));
}

const LANE_W = 150;
const ROW_H = 30;
const LEFT = 190;
const TOP = 44;

function renderSpaceTime(st: SpaceTime, loop: number | undefined): string {
  // Messages to or from something that is not a lane get a lane of their own, "others", first.
  const others = st.messages.some((m) => m.from < 0 || m.to < 0);
  const shift = others ? 1 : 0;
  const width = LEFT + (st.lanes.length + shift) * LANE_W + 20;
  const height = TOP + st.rows.length * ROW_H + 10;
  const x = (lane: number) => LEFT + (lane < 0 ? 0 : lane + shift) * LANE_W + LANE_W / 2;
  const y = (row: number) => TOP + row * ROW_H + ROW_H / 2;
  const parts: string[] = [];
  parts.push('<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
    + '<path d="M 0 0 L 10 5 L 0 10 z" class="arrowhead"/></marker></defs>');
  if (others) {
    parts.push(`<text class="lane-name others" x="${x(-1)}" y="${TOP - 16}" text-anchor="middle">others</text>`);
    parts.push(`<line class="lane others" x1="${x(-1)}" y1="${TOP - 8}" x2="${x(-1)}" y2="${height - 6}"/>`);
  }
  st.lanes.forEach((lane, j) => {
    parts.push(`<text class="lane-name" x="${x(j)}" y="${TOP - 16}" text-anchor="middle">${escapeHtml(lane)}</text>`);
    parts.push(`<line class="lane" x1="${x(j)}" y1="${TOP - 8}" x2="${x(j)}" y2="${height - 6}"/>`);
  });
  for (const m of st.messages) {
    const x1 = x(m.from);
    const y1 = y(m.sent);
    const x2 = x(m.to);
    const inFlight = m.received === undefined;
    const y2 = inFlight ? y1 + ROW_H * 0.7 : y(m.received!);
    const from = m.from < 0 ? 'others' : st.lanes[m.from];
    const to = m.to < 0 ? 'others' : st.lanes[m.to];
    parts.push(`<g class="msg${inFlight ? ' in-flight' : ''}" data-from="${escapeHtml(from)}" data-to="${escapeHtml(to)}" data-sent="${m.sent}"${inFlight ? '' : ` data-received="${m.received}"`}>`
      + `<title>${escapeHtml(`${m.label} (${m.variable}): ${from} -> ${to}, sent in step ${m.sent}${inFlight ? ', still in flight' : `, received in step ${m.received}`}`)}</title>`
      + `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" marker-end="url(#arrow)"/>`
      + `<text class="msg-label" x="${(x1 + x2) / 2}" y="${(y1 + y2) / 2 - 4}" text-anchor="middle">${escapeHtml(truncate(m.label, 14))}</text></g>`);
  }
  st.rows.forEach((row, i) => {
    parts.push(`<g class="row" data-step="${i}">`);
    parts.push(`<text class="row-step" x="8" y="${y(i) + 4}">${i}</text>`);
    parts.push(`<text class="row-action" x="30" y="${y(i) + 4}">${escapeHtml(truncate(row.action, 22))}${loop === i ? ' \u21BA' : ''}</text>`);
    row.cells.forEach((cell, j) => {
      if (i === 0 || cell.active) {
        parts.push(`<g class="event${cell.active ? ' active' : ''}" data-lane="${escapeHtml(st.lanes[j])}"><title>${escapeHtml(cell.detail)}</title>`
          + `<circle cx="${x(j)}" cy="${y(i)}" r="${cell.active ? 6 : 4}"/>`
          + `<text class="event-label" x="${x(j) + 10}" y="${y(i) + 4}">${escapeHtml(truncate(cell.label, 16))}</text></g>`);
      }
    });
    parts.push('</g>');
  });
  return `<section class="spacetime" id="spacetime"><h2>Space-time diagram <small>(lanes: ${escapeHtml(st.laneVariables.join(', '))}; labels: ${escapeHtml(st.labelVariable)})</small></h2>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="space-time diagram">
${parts.join('\n')}
</svg></section>`;
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1) + '\u2026';
}

const STYLE = `
:root { color-scheme: light dark; }
body { font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: var(--vscode-font-size, 13px);
  color: var(--vscode-editor-foreground, #1f1f1f); background: var(--vscode-editor-background, #ffffff); margin: 16px; }
h1 { font-size: 1.3em; margin: 0 0 12px; }
h2 { font-size: 1.1em; margin: 18px 0 8px; }
h2 small { font-weight: normal; opacity: .7; }
.verdict { border-left: 6px solid; padding: 8px 12px; background: var(--vscode-textBlockQuote-background, #f4f4f4); }
.verdict.ok { border-color: #2e9d4f; } .verdict.bad { border-color: #d13438; } .verdict.err { border-color: #c28f00; }
.verdict-label { font-weight: 600; font-size: 1.1em; }
.stats { margin-top: 4px; display: flex; gap: 18px; flex-wrap: wrap; }
pre.message { white-space: pre-wrap; margin: 6px 0 0; font-family: var(--vscode-editor-font-family, monospace); }
code.property { font-family: var(--vscode-editor-font-family, monospace); cursor: pointer; }
table.steps { border-collapse: collapse; font-family: var(--vscode-editor-font-family, monospace); font-size: 12px; }
table.steps th, table.steps td { border: 1px solid var(--vscode-editorWidget-border, #ccc); padding: 3px 6px; vertical-align: top; text-align: left; }
table.steps th { background: var(--vscode-editorWidget-background, #eee); position: sticky; top: 0; }
td.step { text-align: right; opacity: .8; }
td.action a { color: var(--vscode-textLink-foreground, #0063b1); text-decoration: none; font-weight: 600; }
td.value.changed { background: var(--vscode-diffEditor-insertedTextBackground, rgba(255, 196, 0, .28)); }
mark.part { background: rgba(255, 170, 0, .45); color: inherit; border-radius: 2px; }
.loc { font-size: 11px; opacity: .7; }
.loop, .lasso { color: #c28f00; }
svg text { fill: currentColor; font-family: var(--vscode-editor-font-family, monospace); font-size: 12px; }
svg .lane { stroke: var(--vscode-editorWidget-border, #999); stroke-width: 2; }
svg .lane-name { font-weight: 700; }
svg .event circle { fill: var(--vscode-editorWidget-background, #fff); stroke: #888; stroke-width: 2; }
svg .event.active circle { fill: #d13438; stroke: #d13438; }
svg .row-action { font-weight: 600; }
svg .row:hover { opacity: .75; }
svg .lane.others { stroke-dasharray: 4 4; }
svg .msg line { stroke: #0063b1; stroke-width: 1.5; }
svg .msg.in-flight line { stroke-dasharray: 5 3; }
svg .arrowhead { fill: #0063b1; }
svg .msg-label { font-size: 11px; fill: #0063b1; }
`;

const SCRIPT = `
(function () {
  const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
  document.addEventListener('click', function (e) {
    const t = e.target && e.target.closest ? e.target.closest('[data-action]') : null;
    if (t && vscode) { e.preventDefault(); vscode.postMessage({ command: 'reveal', name: t.getAttribute('data-action'), location: t.getAttribute('data-location') }); }
  });
})();
`;

/** A step's source location as `lockstep check --json` writes it (`Module:line:col-line:col`, 1-based). */
export function parseLocation(loc: string | null | undefined): { module: string; line: number; column: number } | undefined {
  const m = /^([A-Za-z0-9_]+):(\d+):(\d+)(?:-\d+:\d+)?$/.exec(loc ?? '');
  return m ? { module: m[1], line: Number(m[2]), column: Number(m[3]) } : undefined;
}
