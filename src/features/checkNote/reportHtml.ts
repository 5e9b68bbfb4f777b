// Pure HTML of the Check Note report; every piece of note-derived text goes through escapeHtml.
import { escapeHtml, webviewPage } from '../webviewHtml';

export { escapeHtml };

export interface ReportSection {
  readonly title: string;
  readonly pass: boolean;
  readonly reasons: readonly string[];
}

export interface ReportFinding {
  readonly rule: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  readonly line: number;
  readonly character: number;
}

export interface ReportModel {
  readonly fileName: string;
  /** False for a Markdown file that is not a CS note: the report offers "Treat as CS note". */
  readonly isNote: boolean;
  readonly complaint: string | undefined;
  readonly timeUsed: string | undefined;
  readonly summary: string;
  readonly sections: readonly ReportSection[];
  readonly findings: readonly ReportFinding[];
}

export interface ReportPage {
  readonly cspSource: string;
  readonly nonce: string;
}

const STYLE = `
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 16px; }
h1 { font-size: 1.3em; } h2 { font-size: 1.1em; margin-top: 1.4em; }
.meta { color: var(--vscode-descriptionForeground); }
.pass { color: var(--vscode-testing-iconPassed); } .fail { color: var(--vscode-testing-iconFailed); }
table { border-collapse: collapse; } td, th { text-align: left; padding: 4px 10px 4px 0; vertical-align: top; }
ul.reasons { margin: 0; padding-left: 1.2em; }
button.finding { all: unset; cursor: pointer; color: var(--vscode-textLink-foreground); }
button.finding:hover, button.finding:focus { text-decoration: underline; color: var(--vscode-textLink-activeForeground); }
button.action { background: var(--vscode-button-background); color: var(--vscode-button-foreground); border: none; padding: 4px 12px; cursor: pointer; }
.sev { font-size: 0.85em; color: var(--vscode-descriptionForeground); }
`;

function sectionRow(section: ReportSection): string {
  const status = section.pass ? '<span class="pass">✓ pass</span>' : '<span class="fail">✗ needs work</span>';
  const reasons = section.reasons.length > 0 ? `<ul class="reasons">${section.reasons.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>` : '';
  return `<tr><th>${escapeHtml(section.title)}</th><td>${status}</td><td>${reasons}</td></tr>`;
}

function findingItem(finding: ReportFinding): string {
  return `<li><button class="finding" data-line="${finding.line}" data-character="${finding.character}">Line ${finding.line + 1}: ${escapeHtml(finding.message)}</button> <span class="sev">${escapeHtml(finding.severity)} · ${escapeHtml(finding.rule)}</span></li>`;
}

function body(model: ReportModel): string {
  if (!model.isNote) {
    return `<p>${escapeHtml(model.fileName)} is not a CS note: it has no <code>csnote:</code> front matter and does not match <code>csNote.files.pattern</code>.</p>
<p><button class="action" id="treat-as-note">Treat as CS note</button></p>`;
  }
  const findings = model.findings.length === 0 ? '<p>No findings: the note passes every check.</p>' : `<ul>${model.findings.map(findingItem).join('')}</ul>`;
  return `<p class="meta">Complaint: ${escapeHtml(model.complaint ?? 'not recognised')} · Time used: ${escapeHtml(model.timeUsed ?? 'not recorded')}</p>
<p>${escapeHtml(model.summary)}</p>
<h2>Note Quality Checklist</h2>
<table>${model.sections.map(sectionRow).join('')}</table>
<h2>Findings (${model.findings.length})</h2>
${findings}`;
}

const SCRIPT = `
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest('button') : null;
  if (!target) return;
  if (target.id === 'treat-as-note') vscode.postMessage({ type: 'treatAsNote' });
  else if (target.dataset.line !== undefined) vscode.postMessage({ type: 'reveal', line: Number(target.dataset.line), character: Number(target.dataset.character) });
});`;

export function reportHtml(model: ReportModel, page: ReportPage): string {
  return webviewPage({
    cspSource: page.cspSource,
    nonce: page.nonce,
    title: 'CS Note report',
    style: STYLE,
    scripts: true,
    body: `<h1>CS Note report: ${escapeHtml(model.fileName)}</h1>
${body(model)}
<script nonce="${page.nonce}">${SCRIPT}</script>`,
  });
}
