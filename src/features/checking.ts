// Runs the core checker on a document with the user's settings; results cached per document version.
import * as vscode from 'vscode';
import { checkNote, type CheckResult, type Finding, type Knowledge, type Severity, type Span } from '../core/index';
import { currentKnowledge } from './checklists/index';
import { readConfig } from './config';

// Keyed by the document object, not its URI: untitled URIs are reused, and a new "Untitled-1" at
// version 1 must never get the result of an earlier one. `epoch` invalidates everything at once.
const cache = new WeakMap<vscode.TextDocument, { version: number; epoch: number; result: CheckResult }>();
let epoch = 0;

export function checkOptionsFor(document: vscode.TextDocument): { severities: Readonly<Record<string, Severity | 'off'>>; knowledge: Knowledge } {
  return { severities: readConfig(document.uri).rules, knowledge: currentKnowledge() };
}

export function checkDocument(document: vscode.TextDocument): CheckResult {
  const cached = cache.get(document);
  if (cached && cached.version === document.version && cached.epoch === epoch) return cached.result;
  const result = checkNote(document.getText(), checkOptionsFor(document));
  cache.set(document, { version: document.version, epoch, result });
  return result;
}

/** Forget cached results (on close, or when settings change what a check means). */
export function forget(document?: vscode.TextDocument): void {
  if (document) cache.delete(document);
  else epoch++;
}

export function rangeOf(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export function ruleDocsUrl(ruleId: string): string {
  return `https://github.com/cs-note/cs-note#rule-${ruleId}`;
}

/** The finding a cs-note diagnostic stands for, in the current text of the document. */
export function findingFor(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Finding | undefined {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  const start = document.offsetAt(diagnostic.range.start);
  const end = document.offsetAt(diagnostic.range.end);
  const findings = checkDocument(document).findings.filter((finding) => finding.rule === code);
  return (
    findings.find((finding) => finding.span.start === start && finding.span.end === end && finding.message === diagnostic.message) ??
    findings.find((finding) => finding.span.start === start && finding.span.end === end)
  );
}
