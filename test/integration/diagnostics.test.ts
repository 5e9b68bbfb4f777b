// Diagnostics and code actions in a real editor: red-flag negatives, their quick fix, workup-untied.
import * as vscode from 'vscode';
import * as assert from './support/assert';
import { closeAll, openNote, ruleOf, waitForDiagnostics } from './support/csnote';
import { CHEST_PAIN_NO_NEGATIVES } from './support/notes';
import { openFixture } from './support/workspace';

async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range)) ?? [];
  return actions.filter((action) => action.kind?.value === 'quickfix');
}

suite('Diagnostics and quick fixes', () => {
  teardown(closeAll);

  test('a chest-pain note missing red-flag negatives gets missing-red-flag diagnostics with rule links', async () => {
    const document = await openNote(CHEST_PAIN_NO_NEGATIVES);
    const diagnostics = await waitForDiagnostics(document.uri, (list) => list.some((d) => ruleOf(d) === 'missing-red-flag'));
    const flag = diagnostics.find((d) => ruleOf(d) === 'missing-red-flag');
    assert.ok(flag);
    assert.strictEqual(flag.source, 'cs-note');
    const code = flag.code as { value: string; target: vscode.Uri };
    assert.strictEqual(code.target.toString(), 'https://github.com/cs-note/cs-note#rule-missing-red-flag');
  });

  test('the quick fix documents the negative, the diagnostic disappears, and the fix is not offered twice', async () => {
    const document = await openNote(CHEST_PAIN_NO_NEGATIVES);
    const before = await waitForDiagnostics(document.uri, (list) => list.some((d) => ruleOf(d) === 'missing-red-flag'));
    const flag = before.find((d) => ruleOf(d) === 'missing-red-flag');
    assert.ok(flag);
    const actions = await quickFixes(document.uri, flag.range);
    const fix = actions.find((action) => action.title.startsWith('Add pertinent negative'));
    assert.ok(fix?.edit, `a pertinent-negative quick fix; got ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.ok(fix.isPreferred, 'the first fix of a diagnostic is preferred');
    // Several red flags share one anchor; the fix's title names the one it documents.
    const label = /"denies (.+)"/.exec(fix.title)?.[1];
    assert.ok(label);
    const fixed = (list: vscode.Diagnostic[]): boolean => !list.some((d) => ruleOf(d) === 'missing-red-flag' && d.message.includes(`: ${label}.`));
    assert.ok(!fixed(before), 'the red flag is reported before the fix');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    await waitForDiagnostics(document.uri, fixed);
    assert.ok(new RegExp(`denies[^\\n]*${label}`, 'i').test(document.getText()), 'the negative is in the note');
    const textAfter = document.getText();
    const again = await quickFixes(document.uri, flag.range);
    assert.ok(!again.some((action) => action.title === fix.title), 'the same fix is no longer offered');
    assert.strictEqual(document.getText(), textAfter);
  });

  test('quick fixes respect context.only', async () => {
    const document = await openNote(CHEST_PAIN_NO_NEGATIVES);
    const [flag] = await waitForDiagnostics(document.uri, (list) => list.some((d) => ruleOf(d) === 'missing-red-flag'));
    assert.ok(flag);
    const refactors = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, flag.range, 'refactor')) ?? [];
    assert.strictEqual(refactors.filter((a) => a.title.startsWith('Add pertinent negative')).length, 0);
  });

  test('fix all safe issues is idempotent', async () => {
    const document = await openNote(CHEST_PAIN_NO_NEGATIVES);
    await waitForDiagnostics(document.uri, (list) => list.length > 0);
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const first = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, whole, 'source.fixAll.csNote')) ?? [];
    const fixAll = first.find((action) => action.kind?.value === 'source.fixAll.csNote');
    if (fixAll?.edit) await vscode.workspace.applyEdit(fixAll.edit);
    const text = document.getText();
    const second = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, whole, 'source.fixAll.csNote')) ?? [];
    const again = second.find((action) => action.kind?.value === 'source.fixAll.csNote');
    if (again?.edit) await vscode.workspace.applyEdit(again.edit);
    assert.strictEqual(document.getText(), text, 'a second fix-all changes nothing');
  });

  test('workup-untied flags a study unrelated to the differential (file matched by *.note.md, no front matter)', async () => {
    const document = await openFixture('workup-untied.note.md');
    const diagnostics = await waitForDiagnostics(document.uri, (list) => list.some((d) => ruleOf(d) === 'workup-untied'));
    const untied = diagnostics.filter((d) => ruleOf(d) === 'workup-untied').map((d) => document.getText(d.range));
    assert.ok(untied.some((text) => /TSH|Urinalysis/i.test(text)), `untied studies: ${JSON.stringify(untied)}`);
    assert.ok(!untied.some((text) => /ECG/i.test(text)), 'the ECG is tied to ACS');
  });

  test('plain Markdown files are never checked', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Shopping\n\nHPI: no\n' });
    await vscode.window.showTextDocument(document);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.strictEqual(vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'cs-note').length, 0);
  });

  test('csNote.rules turns a rule off and the note is re-checked at once', async () => {
    const document = await openNote(CHEST_PAIN_NO_NEGATIVES);
    await waitForDiagnostics(document.uri, (list) => list.some((d) => ruleOf(d) === 'missing-red-flag'));
    const config = vscode.workspace.getConfiguration('csNote');
    try {
      await config.update('rules', { 'missing-red-flag': 'off', 'workup-count': 'error' }, vscode.ConfigurationTarget.Global);
      const after = await waitForDiagnostics(document.uri, (list) => !list.some((d) => ruleOf(d) === 'missing-red-flag'));
      const count = after.find((d) => ruleOf(d) === 'workup-count');
      if (count) assert.strictEqual(count.severity, vscode.DiagnosticSeverity.Error);
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitForDiagnostics(document.uri, (list) => list.some((d) => ruleOf(d) === 'missing-red-flag'));
  });

  test('diagnostics are removed when the note is closed', async () => {
    const document = await openNote(CHEST_PAIN_NO_NEGATIVES);
    await waitForDiagnostics(document.uri, (list) => list.length > 0);
    await closeAll();
    await waitForDiagnostics(document.uri, (list) => list.length === 0);
  });
});
