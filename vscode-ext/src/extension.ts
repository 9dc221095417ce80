/**
 * The Lockstep extension: starts `lockstep lsp` as the language server (from the jar bundled
 * with the extension, or a configured `lockstep` launcher), and runs check / translate / generate
 * / validate with progress notifications, showing a check's result in a webview: the HTML report
 * that `lockstep check --report` renders.
 */
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { CheckSummary, parseLocation, webviewHtml } from './results/webview';
import { Invocation, Job, Settings, invocation, resolveLaunch } from './launch';

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;
let resultPanel: vscode.WebviewPanel | undefined;
let lastResult: { report: string; file: string } | undefined;
let checkDiagnostics: vscode.DiagnosticCollection;

function settings(): Settings {
  const c = vscode.workspace.getConfiguration('lockstep');
  return {
    javaPath: c.get<string>('javaPath', ''),
    tla2toolsPath: c.get<string>('tla2toolsPath', ''),
    tlcWorkers: c.get<number | string>('tlcWorkers', 'auto'),
    lockstepPath: c.get<string>('lockstepPath', ''),
  };
}

function exists(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function launchOrExplain(context: vscode.ExtensionContext): Invocation | undefined {
  const launch = resolveLaunch(settings(), context.asAbsolutePath(path.join('server', 'lockstep.jar')), process.env, exists);
  if (!launch.ok) {
    void vscode.window.showErrorMessage(launch.message, 'Open Settings').then((choice) => {
      if (choice) {
        void vscode.commands.executeCommand('workbench.action.openSettings', 'lockstep');
      }
    });
    return undefined;
  }
  return launch.base;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('Lockstep');
  checkDiagnostics = vscode.languages.createDiagnosticCollection('lockstep-check');
  context.subscriptions.push(output, checkDiagnostics);
  const cmd = (id: string, fn: (...args: unknown[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  cmd('lockstep.check', (uri) => runCheck(context, targetFile(uri)));
  cmd('lockstep.translate', (uri) => runSimple(context, targetFile(uri), 'translate'));
  cmd('lockstep.generate', (uri) => runGenerate(context, targetFile(uri)));
  cmd('lockstep.validate', (uri) => runValidate(context, targetFile(uri)));
  cmd('lockstep.showLastResult', () => lastResult ? showResult(context, lastResult.report, lastResult.file) : vscode.window.showInformationMessage('No check has run yet.'));
  cmd('lockstep.restartServer', async () => {
    await client?.stop();
    await startClient(context);
  });
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(async (e) => {
    if (e.affectsConfiguration('lockstep.javaPath') || e.affectsConfiguration('lockstep.lockstepPath') || e.affectsConfiguration('lockstep.tla2toolsPath')) {
      await client?.stop();
      await startClient(context);
    }
  }));
  await startClient(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  client = undefined;
  const base = launchOrExplain(context);
  if (!base) {
    return;
  }
  const inv = invocation(base, settings(), { kind: 'lsp' });
  const run = { command: inv.command, args: inv.args, transport: TransportKind.stdio, options: { env: { ...process.env, ...inv.env } } };
  const serverOptions: ServerOptions = { run, debug: run };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'tlaplus' }, { language: 'tlaplus-cfg' }],
    outputChannel: output,
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{tla,cfg}') },
  };
  client = new LanguageClient('lockstep', 'Lockstep language server', serverOptions, clientOptions);
  try {
    await client.start();
  } catch (e) {
    void vscode.window.showErrorMessage(`The Lockstep language server did not start: ${String(e)}. See the "Lockstep" output.`);
  }
}

function targetFile(uri: unknown): string | undefined {
  if (uri instanceof vscode.Uri) {
    return uri.fsPath;
  }
  if (typeof uri === 'string') {
    return vscode.Uri.parse(uri).fsPath;
  }
  const doc = vscode.window.activeTextEditor?.document;
  if (doc && doc.languageId === 'tlaplus') {
    return doc.uri.fsPath;
  }
  void vscode.window.showWarningMessage('Open a TLA+ file first.');
  return undefined;
}

/** Runs one Lockstep command with a cancellable progress notification; resolves with its output. */
async function runJob(context: vscode.ExtensionContext, job: Job, title: string): Promise<{ code: number | null; stdout: string; stderr: string } | undefined> {
  const base = launchOrExplain(context);
  if (!base || job.kind === 'lsp') {
    return undefined;
  }
  const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.fsPath === job.file);
  if (editor?.document.isDirty) {
    await editor.document.save();
  }
  const inv = invocation(base, settings(), job);
  output.appendLine(`$ ${inv.command} ${inv.args.join(' ')}`);
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (progress, token) =>
    new Promise((resolve) => {
      const child = cp.spawn(inv.command, inv.args, { cwd: path.dirname(job.file), env: { ...process.env, ...inv.env } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
      child.stderr.on('data', (d: Buffer) => {
        const text = d.toString();
        stderr += text;
        output.append(text);
        const last = text.trim().split(/\r?\n/).pop();
        if (last) {
          progress.report({ message: last.slice(0, 120) });
        }
      });
      token.onCancellationRequested(() => child.kill('SIGINT'));
      child.on('error', (e) => {
        void vscode.window.showErrorMessage(`Could not run Lockstep (${inv.command}): ${e.message}`);
        resolve(undefined);
      });
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    }));
}

async function runCheck(context: vscode.ExtensionContext, file: string | undefined): Promise<void> {
  if (!file) return;
  // The report goes to a folder of its own in the system's temp folder, never beside the spec.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lockstep-result-'));
  const reportFile = path.join(scratch, 'report.html');
  let data: CheckSummary;
  let report: string;
  try {
    const r = await runJob(context, { kind: 'check', file, report: reportFile }, `TLC: checking ${path.basename(file)}`);
    if (!r) return;
    try {
      data = JSON.parse(r.stdout) as CheckSummary;
      report = fs.readFileSync(reportFile, 'utf8');
    } catch {
      void vscode.window.showErrorMessage(`lockstep check failed (exit ${r.code}): ${firstLine(r.stderr)}`);
      output.show(true);
      return;
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  lastResult = { report, file };
  await markViolation(file, data);
  showResult(context, report, file);
  const summary = data.result === 'success' ? 'No error found' : data.violation?.message ?? data.result;
  void vscode.window.showInformationMessage(`${path.basename(file)}: ${summary}`);
}

/** Puts a diagnostic on the definition of the violated property. */
async function markViolation(file: string, data: CheckSummary): Promise<void> {
  const uri = vscode.Uri.file(file);
  checkDiagnostics.delete(uri);
  const prop = data.violation?.property;
  if (!prop) return;
  const range = await findDefinition(uri, prop) ?? new vscode.Range(0, 0, 0, 0);
  const d = new vscode.Diagnostic(range, `${data.violation?.message ?? data.result} (see the Lockstep result view)`, vscode.DiagnosticSeverity.Error);
  d.source = 'TLC';
  checkDiagnostics.set(uri, [d]);
}

async function findDefinition(uri: vscode.Uri, name: string): Promise<vscode.Range | undefined> {
  const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
  const stack = [...(symbols ?? [])];
  while (stack.length > 0) {
    const s = stack.shift() as vscode.DocumentSymbol;
    if (s.name === name) return s.selectionRange;
    stack.push(...(s.children ?? []));
  }
  return undefined;
}

function showResult(context: vscode.ExtensionContext, report: string, file: string): void {
  if (!resultPanel) {
    resultPanel = vscode.window.createWebviewPanel('lockstep.result', 'Lockstep result', vscode.ViewColumn.Beside, { enableScripts: true });
    resultPanel.onDidDispose(() => { resultPanel = undefined; }, null, context.subscriptions);
    resultPanel.webview.onDidReceiveMessage(async (msg: { command?: string; name?: string; location?: string }) => {
      if (msg.command !== 'reveal' || !lastResult) return;
      // A step's location (Module:line:col) names the action's exact place; else find the name.
      const loc = parseLocation(msg.location);
      let uri = vscode.Uri.file(lastResult.file);
      let range: vscode.Range | undefined;
      if (loc) {
        uri = vscode.Uri.file(path.join(path.dirname(lastResult.file), `${loc.module}.tla`));
        range = new vscode.Range(loc.line - 1, loc.column - 1, loc.line - 1, loc.column - 1);
      } else if (msg.name) {
        range = await findDefinition(uri, msg.name);
      }
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, selection: range });
    }, null, context.subscriptions);
  }
  const nonce = Math.random().toString(36).slice(2) + Date.now().toString(36);
  resultPanel.title = `Lockstep: ${path.basename(file)}`;
  resultPanel.webview.html = webviewHtml(report, { cspSource: resultPanel.webview.cspSource, nonce });
  resultPanel.reveal(vscode.ViewColumn.Beside, true);
}

async function runSimple(context: vscode.ExtensionContext, file: string | undefined, kind: 'translate'): Promise<void> {
  if (!file) return;
  const r = await runJob(context, { kind, file }, `PlusCal: translating ${path.basename(file)}`);
  report(r, `Translated the PlusCal algorithm of ${path.basename(file)}`);
}

async function runGenerate(context: vscode.ExtensionContext, file: string | undefined): Promise<void> {
  if (!file) return;
  let javaPackage = vscode.workspace.getConfiguration('lockstep').get<string>('javaPackage', '');
  if (!javaPackage) {
    javaPackage = await vscode.window.showInputBox({ prompt: 'Java package for the generated skeleton', placeHolder: 'com.example.protocol' }) ?? '';
    if (!javaPackage) return;
  }
  const folder = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Generate into this folder' });
  if (!folder || folder.length === 0) return;
  const r = await runJob(context, { kind: 'generate', file, javaPackage, outDir: folder[0].fsPath }, `Generating Java from ${path.basename(file)}`);
  report(r, `Generated Java into ${folder[0].fsPath}`);
}

async function runValidate(context: vscode.ExtensionContext, file: string | undefined): Promise<void> {
  if (!file) return;
  const traces = await vscode.window.showOpenDialog({ canSelectMany: true, openLabel: 'Validate these logs', filters: { 'Trace logs': ['ndjson', 'jsonl', 'json', 'log'] } });
  if (!traces || traces.length === 0) return;
  const r = await runJob(context, { kind: 'validate', file, traces: traces.map((t) => t.fsPath) }, `Validating ${traces.length} log(s) against ${path.basename(file)}`);
  report(r, 'The log conforms to the spec');
}

function report(r: { code: number | null; stdout: string; stderr: string } | undefined, success: string): void {
  if (!r) return;
  output.append(r.stdout);
  if (r.code === 0) {
    void vscode.window.showInformationMessage(success);
  } else {
    void vscode.window.showErrorMessage(`${firstLine(r.stderr) || firstLine(r.stdout) || 'failed'} (exit ${r.code})`, 'Show Output').then((c) => c && output.show(true));
  }
}

function firstLine(s: string): string {
  return s.trim().split(/\r?\n/)[0] ?? '';
}
