// Helpers for the CS Note feature tests: the extension's API, notes as untitled documents, waiting on diagnostics.
import * as vscode from 'vscode';
import type { CsNoteApi } from '../../../src/extension';
import { extension } from './workspace';

export async function api(): Promise<CsNoteApi> {
  return (await extension().activate()) as CsNoteApi;
}

/** An untitled Markdown note (works in the web host too: no file system involved). */
export async function openNote(content: string): Promise<vscode.TextDocument> {
  await api();
  // Right after an untitled note is closed the workbench may hand its "Untitled-1" back with the old
  // text; try again until the document really holds `content`.
  for (let attempt = 0; ; attempt++) {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    if (document.getText() === content || attempt === 20) {
      await vscode.window.showTextDocument(document);
      return document;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export function csDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'cs-note');
}

export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

/** Resolves with the cs-note diagnostics of `uri` once `predicate` holds for them; rejects after `ms`. */
export function waitForDiagnostics(uri: vscode.Uri, predicate: (diagnostics: vscode.Diagnostic[]) => boolean, ms = 15000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const done = (): boolean => {
      const current = csDiagnostics(uri);
      if (!predicate(current)) return false;
      listener.dispose();
      clearTimeout(timer);
      resolve(current);
      return true;
    };
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) done();
    });
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`timed out waiting for diagnostics on ${uri.toString()}: ${JSON.stringify(csDiagnostics(uri).map((d) => `${ruleOf(d)}: ${d.message}`))}`));
    }, ms);
    done();
  });
}

/** Polls `probe` until it returns a value; for UI state that has no event (tabs, status bar). */
export async function eventually<T>(probe: () => T | undefined, ms = 10000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Closes every editor, reverting untitled notes first so no "save changes?" dialog blocks the run. */
export async function closeAll(): Promise<void> {
  for (let i = 0; i < 30 && vscode.window.tabGroups.all.some((group) => group.tabs.length > 0); i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  // The extension host learns of closed untitled documents a little later; a test that opens a new
  // one before then is handed the old "Untitled-1" back.
  for (let i = 0; i < 50 && vscode.workspace.textDocuments.some((document) => document.uri.scheme === 'untitled'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
