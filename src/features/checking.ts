// Runs the core checker on a document with the user's settings; results cached per document version.
import * as vscode from 'vscode';
import { checkNote, type CheckResult, type Finding, type Knowledge, type Severity, type Span } from '../core/index';
import { currentKnowledge } from './checklists/index';
import { readConfig } from './config';

const cache = new Map<string, { version: number; result: CheckResult }>();

export function checkOptionsFor(document: vscode.TextDocument): { severities: Readonly<Record<string, Severity | 'off'>>; knowledge: Knowledge } {
  return { severities: readConfig(document.uri).rules, knowledge: currentKnowledge() };
}

export function checkDocument(document: vscode.TextDocument): CheckResult {
  const key = document.uri.toString();
  const cached = cache.get(key);
  if (cached && cached.version === document.version) return cached.result;
  const result = checkNote(document.getText(), checkOptionsFor(document));
  cache.set(key, { version: document.version, result });
  return result;
}

/** Forget cached results (on close, or when settings change what a check means). */
export function forget(document?: vscode.TextDocument): void {
  if (document) cache.delete(document.uri.toString());
  else cache.clear();
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
