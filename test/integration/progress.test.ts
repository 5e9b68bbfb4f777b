// The progress view opens as a webview with the practice log's data.
import * as vscode from 'vscode';
import * as assert from './support/assert';
import { extension } from './support/workspace';
import { LOG_PATH, logLine, readFixture, restoreFixture, waitFor, writeLogSettled } from './logSupport';

interface ProgressModelLike {
  totalEntries: number;
  totalCases: number;
  weeks: { cases: number; target: number | null }[];
}

function progressTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('csNote.progress'));
}

suite('Progress view', () => {
  let previous: string | undefined;

  suiteSetup(async () => {
    await extension().activate();
    previous = await readFixture(...LOG_PATH);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await restoreFixture(previous, ...LOG_PATH);
  });

  test('opens a webview tab with the logged cases', async () => {
    const lines = [
      logLine({ date: '2026-01-05T10:00:00.000Z', file: 'notes/a.note.md' }),
      logLine({ date: '2026-01-06T10:00:00.000Z', file: 'notes/b.note.md', timeUsedSeconds: 600 }),
      logLine({ date: '2026-01-13T10:00:00.000Z', file: 'notes/c.note.md', source: 'timer' }),
    ];
    await writeLogSettled(`${lines.join('\n')}\n`, ...LOG_PATH);
    const model = await vscode.commands.executeCommand<ProgressModelLike>('csNote.showProgress');
    assert.strictEqual(model.totalEntries, 3);
    assert.strictEqual(model.totalCases, 3);
    assert.deepStrictEqual(model.weeks.slice(0, 2).map((week) => [week.cases, week.target]), [
      [2, 5],
      [1, 10],
    ]);
    const tab = await waitFor(progressTab, 'a CS Note Progress webview tab');
    assert.strictEqual(tab.label, 'CS Note Progress');
  });
});
