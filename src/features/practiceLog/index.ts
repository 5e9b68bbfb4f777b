// The practice log: a line in `.csnote/log.jsonl` for every Check Note and timer stop, and the
// commands to open it and export it as CSV.
import * as vscode from 'vscode';
import type { CheckResult } from '../../core/index';
import { checkDocument } from '../checking';
import { frontMatterValue } from '../frontMatter';
import { isCsNote } from '../noteFiles';
import { onDidStopTimer } from './events';
import { LOG_SECTIONS, parseTimeUsed, toCsv, type LogEntry, type LogSection } from './logFormat';
import { PracticeLogStore } from './store';

export const COMMANDS = { open: 'csNote.log.open', exportCsv: 'csNote.log.exportCsv' } as const;

let store: PracticeLogStore | undefined;

/** The log store of the running extension (undefined before activation). */
export function practiceLogStore(): PracticeLogStore | undefined {
  return store;
}

function relativeFile(uri: vscode.Uri): string {
  return vscode.workspace.getWorkspaceFolder(uri) ? vscode.workspace.asRelativePath(uri, false) : uri.toString();
}

export function entryFor(document: vscode.TextDocument, result: CheckResult, source: LogEntry['source'], timeUsedSeconds: number | null, now = new Date()): LogEntry {
  const sections = Object.fromEntries(LOG_SECTIONS.map((section) => [section, result.score.sections[section].pass])) as Record<LogSection, boolean>;
  return {
    date: now.toISOString(),
    file: relativeFile(document.uri),
    complaint: result.complaint ?? null,
    timeUsedSeconds,
    sections,
    redFlagsMissed: [...result.score.redFlagsMissed],
    source,
  };
}

/** Logs a Check Note of the document (called by the Check Note command). Never throws. */
export async function recordCheck(document: vscode.TextDocument): Promise<void> {
  if (!store || !isCsNote(document)) return;
  try {
    const entry = entryFor(document, checkDocument(document), 'check', parseTimeUsed(frontMatterValue(document.getText(), 'timeUsed')));
    await store.append(entry);
  } catch (error) {
    void vscode.window.showWarningMessage(`CS Note: could not write the practice log: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function recordTimerStop(noteUri: string, usedMs: number): Promise<void> {
  if (!store) return;
  try {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(noteUri));
    if (!isCsNote(document)) return;
    await store.append(entryFor(document, checkDocument(document), 'timer', Math.round(usedMs / 1000)));
  } catch (error) {
    void vscode.window.showWarningMessage(`CS Note: could not write the practice log: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function openLog(): Promise<void> {
  if (!store) return;
  const uri = store.uri();
  await store.read(); // warns about corrupt lines
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    void vscode.window.showInformationMessage('CS Note: the practice log is empty. Check a note (CS Note: Check Note) to add the first entry.');
    return;
  }
  await vscode.window.showTextDocument(uri, { preview: false });
}

async function exportCsv(): Promise<vscode.Uri | undefined> {
  if (!store) return undefined;
  const { entries } = await store.read();
  if (entries.length === 0) {
    void vscode.window.showInformationMessage('CS Note: the practice log is empty; nothing to export.');
    return undefined;
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    title: 'Export Practice Log as CSV',
    saveLabel: 'Export',
    filters: { CSV: ['csv'] },
    ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, 'cs-note-practice-log.csv') } : {}),
  });
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(toCsv(entries)));
  void vscode.window.showInformationMessage(`CS Note: exported ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} to ${vscode.workspace.asRelativePath(target)}.`);
  return target;
}

export function activate(context: vscode.ExtensionContext): void {
  store = new PracticeLogStore(context.globalStorageUri);
  context.subscriptions.push(
    store,
    { dispose: () => (store = undefined) },
    onDidStopTimer((stop) => void recordTimerStop(stop.noteUri, stop.usedMs)),
    vscode.commands.registerCommand(COMMANDS.open, openLog),
    vscode.commands.registerCommand(COMMANDS.exportCsv, exportCsv),
  );
}
