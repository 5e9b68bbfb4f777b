// Command "CS Note: Show Complaint Checklist": pick a complaint, see its checklist beside the note.
import * as vscode from 'vscode';
import { nonce } from '../webviewHtml';
import type { Knowledge } from '../../core/clinical/types';
import { checklistHtml, checklistModel } from './checklistHtml';

export const COMMAND = 'csNote.showChecklist';
export const VIEW_TYPE = 'csNote.checklist';

let panel: vscode.WebviewPanel | undefined;

/** Shows the checklist of `complaintId`, or asks for a complaint first. Returns the complaint shown. */
export async function showComplaintChecklist(knowledge: Knowledge, complaintId?: unknown): Promise<string | undefined> {
  let id = typeof complaintId === 'string' ? complaintId : undefined;
  if (!id) {
    const picked = await vscode.window.showQuickPick(
      knowledge.complaints.map((complaint) => ({ label: complaint.label, description: complaint.id, id: complaint.id })),
      { title: 'CS Note: Show Complaint Checklist', placeHolder: 'Chief complaint' },
    );
    id = picked?.id;
  }
  const complaint = knowledge.complaints.find((candidate) => candidate.id === id);
  if (!complaint) return undefined;
  if (!panel) {
    panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Checklist', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: false, localResourceRoots: [] });
    panel.onDidDispose(() => (panel = undefined));
  } else {
    panel.reveal(vscode.ViewColumn.Beside, true);
  }
  panel.title = `Checklist: ${complaint.label}`;
  panel.webview.html = checklistHtml(checklistModel(complaint, knowledge), { cspSource: panel.webview.cspSource, nonce: nonce() });
  return complaint.id;
}
