// Quick fixes for cs-note diagnostics and a "fix all safe issues" source action, all from core fixes.
import * as vscode from 'vscode';
import { applySafeFixes, type Fix } from '../core/index';
import { checkOptionsFor, findingFor, rangeOf } from './checking';
import { SOURCE } from './diagnostics';
import { isCsNote } from './noteFiles';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('csNote');

function editFor(document: vscode.TextDocument, fix: Fix): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const change of fix.edits) edit.replace(document.uri, rangeOf(document, change.span), change.newText);
  return edit;
}

function quickFixes(document: vscode.TextDocument, diagnostics: readonly vscode.Diagnostic[]): vscode.CodeAction[] {
  const actions: vscode.CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== SOURCE) continue;
    // Recomputed from the current text: a fix already applied is simply no longer offered.
    const finding = findingFor(document, diagnostic);
    finding?.fixes.forEach((fix, index) => {
      const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
      action.edit = editFor(document, fix);
      action.diagnostics = [diagnostic];
      action.isPreferred = index === 0;
      actions.push(action);
    });
  }
  return actions;
}

function fixAll(document: vscode.TextDocument): vscode.CodeAction | undefined {
  const text = document.getText();
  const fixed = applySafeFixes(text, checkOptionsFor(document));
  if (fixed.applied === 0 || fixed.text === text) return undefined;
  const action = new vscode.CodeAction('Fix all safe CS Note issues', FIX_ALL_KIND);
  action.edit = new vscode.WorkspaceEdit();
  action.edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(text.length)), fixed.text);
  return action;
}

export class CsNoteCodeActions implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (!isCsNote(document)) return [];
    const wants = (kind: vscode.CodeActionKind): boolean => !context.only || context.only.contains(kind) || kind.contains(context.only);
    const actions: vscode.CodeAction[] = [];
    if (wants(vscode.CodeActionKind.QuickFix)) actions.push(...quickFixes(document, context.diagnostics));
    // Source actions are only computed when asked for (on save, or from the Source Action menu).
    if (context.only && wants(FIX_ALL_KIND)) {
      const all = fixAll(document);
      if (all) actions.push(all);
    }
    return actions;
  }
}

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new CsNoteCodeActions(), {
      providedCodeActionKinds: CsNoteCodeActions.providedCodeActionKinds,
    }),
  );
}
