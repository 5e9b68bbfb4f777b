// "CS Note: New Practice Note" writes a well-formed note into the notes folder and puts the cursor in the HPI.
import * as vscode from 'vscode';
import * as assert from './support/assert';
import { api, closeAll } from './support/csnote';

suite('New Practice Note', () => {
  const created: vscode.Uri[] = [];

  teardown(async () => {
    const timer = (await api()).timer;
    if (timer.state().status !== 'idle') await vscode.commands.executeCommand('csNote.timer.stop');
    await closeAll();
    for (const uri of created.splice(0)) await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
  });

  suiteTeardown(async () => {
    // The notes folder exists only because of these tests: leave the fixture workspace as it was.
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (folder) await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder.uri, 'notes'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  test('creates a chest-pain note in the official sections', async () => {
    await api();
    await vscode.commands.executeCommand('csNote.newPracticeNote', { complaint: 'chest-pain', startTimer: false });
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'the new note is open');
    const { document } = editor;
    created.push(document.uri);
    assert.strictEqual(document.languageId, 'markdown');
    assert.ok(/\/notes\/\d{4}-\d{2}-\d{2}-chest-pain\.note\.md$/.test(document.uri.path), document.uri.path);
    const text = document.getText();
    assert.ok(text.startsWith('---\ncsnote: 1\ncomplaint: chest-pain\n'), 'front matter');
    for (const part of ['## History', 'HPI: ', 'ROS: ', 'PMH: ', 'Meds: ', 'Allergies: ', 'PSH: ', 'SH: ', 'FH: ', '## Physical Examination', 'VS: ', 'General: ', 'Heart: ', '## Data Interpretation', '### 1. ', '- History: ', '- PE: ', '## Diagnostic Studies']) {
      assert.ok(text.includes(part), `template has "${part}"`);
    }
    const line = document.lineAt(editor.selection.active.line).text;
    assert.strictEqual(line, 'HPI: ', 'cursor is on the HPI line');
    assert.strictEqual(editor.selection.active.character, 'HPI: '.length);
  });

  test('never overwrites: a second note the same day gets -2', async () => {
    await vscode.commands.executeCommand('csNote.newPracticeNote', { complaint: 'chest-pain', startTimer: false });
    const first = vscode.window.activeTextEditor?.document.uri;
    assert.ok(first);
    created.push(first);
    await vscode.commands.executeCommand('csNote.newPracticeNote', { complaint: 'chest-pain', startTimer: false });
    const second = vscode.window.activeTextEditor?.document.uri;
    assert.ok(second);
    created.push(second);
    assert.ok(second.path.endsWith('-chest-pain-2.note.md'), second.path);
  });

  test('starts the timer for the new note', async () => {
    await vscode.commands.executeCommand('csNote.newPracticeNote', { complaint: 'headache' });
    const uri = vscode.window.activeTextEditor?.document.uri;
    assert.ok(uri);
    created.push(uri);
    const state = (await api()).timer.state();
    assert.strictEqual(state.status, 'running');
    assert.strictEqual(state.noteUri, uri.toString());
  });
});
