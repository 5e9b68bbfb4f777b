// Command "CS Note: New Practice Note": pick a complaint, write the template, place the cursor in the HPI.
import * as vscode from 'vscode';
import type { ComplaintKnowledge } from '../../core/index';
import { currentKnowledge } from '../checklists/index';
import { readConfig } from '../config';
import { buildTemplate, noteFileName, slugify, type TemplateComplaint } from './buildTemplate';

export const COMMAND = 'csNote.newPracticeNote';

export interface NewNoteArgs {
  /** Complaint id (skips the quick pick); an unknown id is used as a free-text complaint. */
  readonly complaint?: string;
  /** Overrides csNote.timer.startOnNewNote. */
  readonly startTimer?: boolean;
}

function complaintById(id: string): TemplateComplaint {
  const known = currentKnowledge().complaints.find((complaint: ComplaintKnowledge) => complaint.id === id);
  return known ? { id: known.id, label: known.label, rosSystems: known.rosSystems } : { id: slugify(id), label: id };
}

async function pickComplaint(): Promise<TemplateComplaint | undefined> {
  const other = { label: 'Other…', description: 'type a chief complaint', id: '' };
  const items = [...currentKnowledge().complaints.map((complaint: ComplaintKnowledge) => ({ label: complaint.label, description: complaint.id, id: complaint.id })), other];
  const picked = await vscode.window.showQuickPick(items, { title: 'New CS practice note', placeHolder: 'Chief complaint' });
  if (!picked) return undefined;
  if (picked !== other) return complaintById(picked.id);
  const typed = await vscode.window.showInputBox({ title: 'New CS practice note', prompt: 'Chief complaint', placeHolder: 'e.g. joint pain' });
  return typed?.trim() ? { id: slugify(typed), label: typed.trim() } : undefined;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** A file in the notes folder that does not exist yet (-2, -3 … appended): never overwrite a note. */
async function freeUri(folder: vscode.Uri, date: Date, complaintId: string): Promise<vscode.Uri> {
  for (let attempt = 1; ; attempt++) {
    const uri = vscode.Uri.joinPath(folder, noteFileName(date, complaintId, attempt));
    if (!(await exists(uri))) return uri;
  }
}

async function createDocument(text: string, complaintId: string, date: Date): Promise<vscode.TextDocument> {
  const root = vscode.workspace.workspaceFolders?.[0];
  if (!root) return vscode.workspace.openTextDocument({ language: 'markdown', content: text });
  const folder = vscode.Uri.joinPath(root.uri, readConfig(root.uri).template.folder);
  await vscode.workspace.fs.createDirectory(folder);
  const uri = await freeUri(folder, date, complaintId);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return vscode.workspace.openTextDocument(uri);
}

export async function newPracticeNote(args?: NewNoteArgs): Promise<vscode.TextEditor | undefined> {
  const complaint = args?.complaint ? complaintById(args.complaint) : await pickComplaint();
  if (!complaint) return undefined;
  const date = new Date();
  const template = buildTemplate(complaint, date);
  const document = await createDocument(template.text, complaint.id, date);
  const editor = await vscode.window.showTextDocument(document);
  const cursor = document.positionAt(template.cursorOffset);
  editor.selection = new vscode.Selection(cursor, cursor);
  editor.revealRange(new vscode.Range(cursor, cursor));
  if (args?.startTimer ?? readConfig(document.uri).timer.startOnNewNote) {
    await vscode.commands.executeCommand('csNote.timer.start', { uri: document.uri.toString() });
  }
  return editor;
}

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(COMMAND, (args?: NewNoteArgs) => newPracticeNote(args)));
}
