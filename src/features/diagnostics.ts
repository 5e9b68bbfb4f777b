// The diagnostic lifecycle: check on open/save (and while typing), clear on close, drop stale results.
import * as vscode from 'vscode';
import type { Finding, Severity } from '../core/index';
import { checkDocument, forget, rangeOf, ruleDocsUrl } from './checking';
import { onDidChangeKnowledge } from './checklists/index';
import { affectsCsNote, readConfig } from './config';
import { isCsNote } from './noteFiles';
import { largeDocumentNotice } from './largeDocument';

export const SOURCE = 'cs-note';
/** Code of the one diagnostic on a document too large to check as you type. */
export const LARGE_DOCUMENT_CODE = 'max-document-size';

const SEVERITY: Readonly<Record<Severity, vscode.DiagnosticSeverity>> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function toDiagnostic(document: vscode.TextDocument, finding: Finding): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(rangeOf(document, finding.span), finding.message, SEVERITY[finding.severity]);
  diagnostic.source = SOURCE;
  diagnostic.code = { value: finding.rule, target: vscode.Uri.parse(ruleDocsUrl(finding.rule)) };
  return diagnostic;
}

export function activate(context: vscode.ExtensionContext): void {
  const collection = vscode.languages.createDiagnosticCollection(SOURCE);
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  // Bumped on every request; a check whose generation is no longer current is thrown away.
  const generations = new Map<string, number>();

  const cancel = (key: string): void => {
    const pending = timers.get(key);
    if (pending !== undefined) clearTimeout(pending);
    timers.delete(key);
  };

  const check = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    cancel(key);
    const generation = (generations.get(key) ?? 0) + 1;
    generations.set(key, generation);
    if (!isCsNote(document)) {
      collection.delete(document.uri);
      return;
    }
    const notice = largeDocumentNotice(document.getText(), readConfig(document.uri).check.maxDocumentSizeKb);
    if (notice) {
      // Too large to check live: one notice instead of findings; Check Note still checks on demand.
      const diagnostic = new vscode.Diagnostic(document.lineAt(0).range, notice.message, vscode.DiagnosticSeverity.Information);
      diagnostic.source = SOURCE;
      diagnostic.code = LARGE_DOCUMENT_CODE;
      collection.set(document.uri, [diagnostic]);
      return;
    }
    const version = document.version;
    const findings = checkDocument(document).findings;
    if (generations.get(key) !== generation || document.version !== version || document.isClosed) return;
    collection.set(document.uri, findings.map((finding) => toDiagnostic(document, finding)));
  };

  const schedule = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    cancel(key);
    generations.set(key, (generations.get(key) ?? 0) + 1);
    timers.set(key, setTimeout(() => check(document), readConfig(document.uri).check.debounceMs));
  };

  // Every open document, not only visible ones: a note behind a tab or the report must not keep stale results.
  const recheckOpen = (): void => {
    forget();
    for (const document of vscode.workspace.textDocuments) {
      if (isCsNote(document)) check(document);
      else collection.delete(document.uri);
    }
    collection.forEach((uri) => {
      if (!vscode.workspace.textDocuments.some((candidate) => candidate.uri.toString() === uri.toString())) collection.delete(uri);
    });
  };

  context.subscriptions.push(
    collection,
    vscode.workspace.onDidOpenTextDocument(check),
    vscode.workspace.onDidSaveTextDocument(check),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length === 0 || !isMarkdownLike(event.document)) return;
      if (readConfig(event.document.uri).check.run === 'onType') schedule(event.document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      const key = document.uri.toString();
      // Untitled URIs are reused: the close of an old "Untitled-1" can arrive after a new one opened.
      if (vscode.workspace.textDocuments.some((open) => open.uri.toString() === key && !open.isClosed)) return;
      cancel(key);
      generations.delete(key);
      forget(document);
      collection.delete(document.uri);
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (affectsCsNote(event)) recheckOpen();
    }),
    onDidChangeKnowledge(recheckOpen), // custom checklists changed: re-check with the merged knowledge
    { dispose: () => timers.forEach((handle) => clearTimeout(handle)) },
  );
  vscode.workspace.textDocuments.forEach(check);
}

function isMarkdownLike(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown';
}
