// Bad settings values in a real editor: reported, and the defaults used in their place.
import * as vscode from 'vscode';
import * as assert from './support/assert';
import { closeAll, openNote, ruleOf, waitForDiagnostics } from './support/csnote';
import { CHEST_PAIN_NO_NEGATIVES } from './support/notes';

suite('Settings validation', () => {
  teardown(closeAll);

  test('an unknown rule id, a bad severity and a negative size limit fall back to the defaults', async () => {
    const config = vscode.workspace.getConfiguration('csNote');
    try {
      await config.update('rules', { 'no-such-rule': 'error', 'missing-red-flag': 'loud', 'workup-count': 'error' }, vscode.ConfigurationTarget.Global);
      await config.update('check.maxDocumentSizeKb', -3, vscode.ConfigurationTarget.Global);
      const document = await openNote(CHEST_PAIN_NO_NEGATIVES);
      const diagnostics = await waitForDiagnostics(document.uri, (list) => list.some((d) => ruleOf(d) === 'missing-red-flag'));
      // 'loud' is not a severity: the rule keeps its default (error); a -3 KB limit would have made every note "too large".
      assert.ok(diagnostics.filter((d) => ruleOf(d) === 'missing-red-flag').every((d) => d.severity === vscode.DiagnosticSeverity.Error));
      assert.ok(!diagnostics.some((d) => ruleOf(d) === 'max-document-size'));
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Global);
      await config.update('check.maxDocumentSizeKb', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
