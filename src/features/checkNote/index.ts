// Command "CS Note: Check Note": grades the note and shows the report beside it.
import * as vscode from 'vscode';
import { nonce } from '../webviewHtml';
import { CHECKLIST_SECTIONS, CHECKLIST_TITLES, type ComplaintKnowledge } from '../../core/index';
import { currentKnowledge } from '../checklists/index';
import { checkDocument } from '../checking';
import { frontMatterValue, setFrontMatterValue } from '../frontMatter';
import { isCsNote, isMarkdown } from '../noteFiles';
import { recordCheck } from '../practiceLog/index';
import { reportHtml, type ReportModel } from './reportHtml';

export const COMMAND = 'csNote.checkNote';
export const VIEW_TYPE = 'csNote.report';
export const TREAT_AS_NOTE = 'csNote.treatAsNote';

function fileName(document: vscode.TextDocument): string {
  return document.uri.path.split('/').pop() || document.uri.toString();
}

export function reportModel(document: vscode.TextDocument): ReportModel {
  const name = fileName(document);
  if (!isCsNote(document)) return { fileName: name, isNote: false, complaint: undefined, timeUsed: undefined, summary: '', sections: [], findings: [] };
  const result = checkDocument(document);
  const complaint = currentKnowledge().complaints.find((candidate: ComplaintKnowledge) => candidate.id === result.complaint)?.label ?? result.unknownComplaint;
  return {
    fileName: name,
    isNote: true,
    complaint,
    timeUsed: frontMatterValue(document.getText(), 'timeUsed'),
    summary: result.score.summary,
    sections: CHECKLIST_SECTIONS.map((id) => ({ title: CHECKLIST_TITLES[id], ...result.score.sections[id] })),
    findings: result.findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, line: f.range.start.line, character: f.range.start.character })),
  };
}

type ReportMessage = { type: 'reveal'; line: number; character: number } | { type: 'treatAsNote' };

class ReportPanel {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;

  show(document: vscode.TextDocument): void {
    this.document = document;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, `CS Note Report: ${fileName(document)}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((message: ReportMessage) => this.onMessage(message));
    } else {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    }
    this.render();
  }

  refresh(document: vscode.TextDocument): void {
    if (this.panel && this.document?.uri.toString() === document.uri.toString()) this.render();
  }

  private render(): void {
    if (!this.panel || !this.document) return;
    this.panel.title = `CS Note Report: ${fileName(this.document)}`;
    this.panel.webview.html = reportHtml(reportModel(this.document), { cspSource: this.panel.webview.cspSource, nonce: nonce() });
  }

  private async onMessage(message: ReportMessage): Promise<void> {
    const document = this.document;
    if (!document) return;
    if (message.type === 'reveal') {
      const position = new vscode.Position(message.line, message.character);
      const editor = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(position, position) });
      editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
    } else if (message.type === 'treatAsNote') {
      await treatAsNote(document);
      this.render();
    }
  }
}

export async function treatAsNote(document: vscode.TextDocument): Promise<boolean> {
  const change = setFrontMatterValue(document.getText(), 'csnote', '1');
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.newText);
  return vscode.workspace.applyEdit(edit);
}

export function activate(context: vscode.ExtensionContext): void {
  const panel = new ReportPanel();
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMAND, async (uri?: vscode.Uri) => {
      const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!document || !isMarkdown(document)) {
        void vscode.window.showInformationMessage('CS Note: open a Markdown note to check it.');
        return;
      }
      panel.show(document);
      void recordCheck(document); // practice log
    }),
    vscode.commands.registerCommand(TREAT_AS_NOTE, async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (document && isMarkdown(document) && !isCsNote(document)) await treatAsNote(document);
    }),
    vscode.workspace.onDidSaveTextDocument((document) => panel.refresh(document)),
  );
}
