// Which documents are CS notes: Markdown with `csnote:` front matter or matching csNote.files.pattern.
import * as vscode from 'vscode';
import { affectsCsNote, readConfig } from './config';
import { hasCsNoteFrontMatter } from './frontMatter';

export function isMarkdown(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown';
}

export function isCsNote(document: vscode.TextDocument): boolean {
  if (!isMarkdown(document)) return false;
  if (hasCsNoteFrontMatter(document.getText())) return true;
  const pattern = readConfig(document.uri).files.pattern;
  // languages.match understands glob patterns on every URI scheme, without Node's path module.
  return pattern !== '' && document.uri.scheme !== 'untitled' && vscode.languages.match({ language: 'markdown', pattern }, document) > 0;
}

const CONTEXT_KEY = 'csNote.isNote';

function updateContext(): void {
  const document = vscode.window.activeTextEditor?.document;
  void vscode.commands.executeCommand('setContext', CONTEXT_KEY, document !== undefined && isCsNote(document));
}

/** Keeps the `csNote.isNote` context key (used in `when` clauses) in step with the active editor. */
export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(updateContext),
    vscode.workspace.onDidSaveTextDocument(updateContext),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (affectsCsNote(event)) updateContext();
    }),
  );
  updateContext();
}
