// Command "CS Note: Show Progress": a webview charting the practice log (Chart.js, bundled
// separately as dist/webview/progress.js). Strict CSP: nothing but the extension's own script.
import * as vscode from 'vscode';
import { readConfig } from '../config';
import { nonce, webviewPage } from '../webviewHtml';
import { currentKnowledge } from '../checklists/index';
import { practiceLogStore } from '../practiceLog/index';
import { aggregate, type ProgressModel } from './aggregate';

export const COMMAND = 'csNote.showProgress';
export const VIEW_TYPE = 'csNote.progress';
export const TITLE = 'CS Note Progress';

export async function progressModel(): Promise<ProgressModel> {
  const store = practiceLogStore();
  const entries = store ? (await store.read()).entries : [];
  const knowledge = currentKnowledge();
  const labels = new Map(knowledge.findings.map((finding) => [finding.id, finding.label]));
  const planStart = readConfig().plan.startDate || undefined;
  return aggregate(entries, { planStart, labels: (id) => labels.get(id), now: new Date() });
}

const STYLE = `
  body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 1.2em 1.2em; }
  h1 { font-size: 1.4em; }
  h2 { font-size: 1.1em; margin-top: 1.6em; }
  .summary { color: var(--vscode-descriptionForeground); }
  .empty { padding: 2em; border: 1px dashed var(--vscode-panel-border); color: var(--vscode-descriptionForeground); }
  .chart { position: relative; height: 280px; max-width: 900px; }
  .stat { font-size: 2em; font-weight: 600; }
  [hidden] { display: none !important; }
`;

export function progressHtml(options: { cspSource: string; nonce: string; scriptUri: string }): string {
  return webviewPage({
    cspSource: options.cspSource,
    nonce: options.nonce,
    title: TITLE,
    style: STYLE,
    scripts: true,
    images: true,
    body: `<h1>${TITLE}</h1>
<p id="summary" class="summary">Loading…</p>
<div id="empty" class="empty" hidden>No practice yet. Write a timed note (<strong>CS Note: New Practice Note</strong>) and check it (<strong>CS Note: Check Note</strong>): every check is logged and charted here.</div>
<div id="charts" hidden>
  <h2>Cases per week vs the 4-week plan</h2>
  <div class="chart"><canvas id="cases" role="img" aria-label="Cases per week compared with the plan"></canvas></div>
  <h2>Pass rate per checklist section</h2>
  <div class="chart"><canvas id="sections" role="img" aria-label="Pass rate per checklist section per week"></canvas></div>
  <h2>Red flags missed most often</h2>
  <div class="chart"><canvas id="flags" role="img" aria-label="Red flags missed most often"></canvas></div>
  <h2>Median time used</h2>
  <p><span id="median" class="stat"></span></p>
  <div class="chart"><canvas id="time" role="img" aria-label="Median time used per week"></canvas></div>
</div>
<script nonce="${options.nonce}" src="${options.scriptUri}"></script>`,
  });
}

class ProgressPanel {
  private panel: vscode.WebviewPanel | undefined;
  private ready = false;

  constructor(private readonly extensionUri: vscode.Uri) {}

  get visible(): boolean {
    return this.panel !== undefined;
  }

  async show(): Promise<ProgressModel> {
    if (!this.panel) {
      const root = vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview');
      this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, TITLE, vscode.ViewColumn.Active, { enableScripts: true, localResourceRoots: [root], retainContextWhenHidden: false });
      this.ready = false;
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((message: { type?: string }) => {
        if (message?.type === 'ready') {
          this.ready = true;
          void this.refresh();
        }
      });
      const scriptUri = this.panel.webview.asWebviewUri(vscode.Uri.joinPath(root, 'progress.js')).toString();
      this.panel.webview.html = progressHtml({ cspSource: this.panel.webview.cspSource, nonce: nonce(), scriptUri });
    } else {
      this.panel.reveal();
    }
    return this.refresh();
  }

  async refresh(): Promise<ProgressModel> {
    const model = await progressModel();
    if (this.panel && this.ready) void this.panel.webview.postMessage({ type: 'data', model });
    return model;
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

export function activate(context: vscode.ExtensionContext): void {
  const panel = new ProgressPanel(context.extensionUri);
  const store = practiceLogStore();
  context.subscriptions.push(
    panel,
    vscode.commands.registerCommand(COMMAND, () => panel.show()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (panel.visible && (event.affectsConfiguration('csNote.plan') || event.affectsConfiguration('csNote.log'))) void panel.refresh();
    }),
  );
  if (store) context.subscriptions.push(store.onDidAppend(() => panel.visible && void panel.refresh()));
}
