// "CS Note: Check Note" opens its report webview beside the note, for notes and for other Markdown.
import * as vscode from 'vscode';
import * as assert from './support/assert';
import { closeAll, eventually, openNote } from './support/csnote';
import { openFixture } from './support/workspace';

function reportTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('csNote.report'));
}

suite('Check Note', () => {
  teardown(closeAll);

  test('opens the report beside a note', async () => {
    const document = await openFixture('chest-pain.note.md');
    await vscode.commands.executeCommand('csNote.checkNote');
    // The tab's label reaches the extension host a moment after the tab itself (web host).
    const named = (): vscode.Tab | undefined => {
      const found = reportTab();
      return found?.label.includes('chest-pain.note.md') ? found : undefined;
    };
    const tab = await eventually(named, 10000, 'the report tab named after the note');
    const noteGroup = vscode.window.tabGroups.all.find((group) => group.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === document.uri.toString()));
    assert.ok(noteGroup && tab.group.viewColumn !== noteGroup.viewColumn, 'the report is beside the note');
  });

  test('works on a Markdown file that is not a CS note, and "Treat as CS note" adds front matter', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Practice\n\nHPI: cough\n' });
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('csNote.checkNote');
    await eventually(reportTab, 10000, 'the report tab');
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('csNote.treatAsNote');
    assert.ok(document.getText().startsWith('---\ncsnote: 1\n---\n'), document.getText());
  });

  test('works on a nearly empty note', async () => {
    await openNote('---\ncsnote: 1\n---\n');
    await vscode.commands.executeCommand('csNote.checkNote');
    assert.ok(await eventually(reportTab, 10000, 'the report tab'));
  });
});
