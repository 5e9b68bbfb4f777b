// A note past csNote.check.maxDocumentSizeKb (default 200 KB) is not checked live: one information
// diagnostic at line 0 says why, and Check Note still works on demand. Untitled documents, so the
// suite runs in the web host as well.
import * as vscode from 'vscode';
import * as assert from './support/assert';
import { closeAll, openNote, ruleOf, waitForDiagnostics } from './support/csnote';

const HEAD = `---
csnote: 1
complaint: chest-pain
---

## History

HPI: 56 yo M c/o chest pain x 2 hours.
`;

/** About `kb` KB: the note head followed by many lines of plausible history. */
function noteOfKb(kb: number): string {
  const line = 'Pain started at rest, lasted 20 minutes, no relief with antacids. Denies fever.\n';
  return HEAD + line.repeat(Math.ceil((kb * 1024) / line.length));
}

suite('Large documents', () => {
  teardown(closeAll);

  test('a 250 KB note gets one information diagnostic at line 0 instead of findings', async () => {
    const document = await openNote(noteOfKb(250));
    const diagnostics = await waitForDiagnostics(document.uri, (current) => current.length > 0);
    assert.strictEqual(diagnostics.length, 1, `one diagnostic, got ${JSON.stringify(diagnostics.map((d) => d.message))}`);
    const [notice] = diagnostics;
    assert.ok(notice);
    assert.strictEqual(notice.severity, vscode.DiagnosticSeverity.Information);
    assert.strictEqual(notice.range.start.line, 0);
    assert.strictEqual(ruleOf(notice), 'max-document-size');
    assert.ok(notice.message.includes('csNote.check.maxDocumentSizeKb'), notice.message);
    assert.ok(notice.message.includes('Check Note'), notice.message);
  });

  test('Check Note still runs on a note past the limit', async () => {
    const document = await openNote(noteOfKb(250));
    await waitForDiagnostics(document.uri, (current) => current.length > 0);
    await vscode.commands.executeCommand('csNote.checkNote');
  });

  test('a note under the limit is checked as usual', async () => {
    const document = await openNote(noteOfKb(20));
    const diagnostics = await waitForDiagnostics(document.uri, (current) => current.length > 0);
    assert.ok(diagnostics.every((d) => ruleOf(d) !== 'max-document-size'), 'no large-document notice under the limit');
  });
});
