// The practice log: a line appended after Check Note; a corrupt line skipped, the rest read.
import * as vscode from 'vscode';
import * as assert from './support/assert';
import { extension, openFixture } from './support/workspace';
import { LOG_PATH, logLine, readFixture, restoreFixture, waitFor, writeLogSettled } from './logSupport';

interface ProgressModelLike {
  totalEntries: number;
  topRedFlags: { id: string; label: string; count: number }[];
}

suite('Practice log', () => {
  let previous: string | undefined;

  suiteSetup(async () => {
    await extension().activate();
    previous = await readFixture(...LOG_PATH);
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await restoreFixture(previous, ...LOG_PATH);
  });

  test('Check Note appends a line to .csnote/log.jsonl', async () => {
    await writeLogSettled(`${logLine()}\n`, ...LOG_PATH);
    const document = await openFixture('chest-pain.note.md');
    await vscode.commands.executeCommand('csNote.checkNote', document.uri);
    const lines = await waitFor(async () => {
      const text = (await readFixture(...LOG_PATH)) ?? '';
      const found = text.split('\n').filter((line) => line.trim() !== '');
      return found.length >= 2 ? found : undefined;
    }, 'a second line in the practice log after Check Note');
    assert.strictEqual(lines.length, 2, 'exactly one line appended');
    assert.strictEqual(lines[0], logLine(), 'the previous content is kept');
    const entry = JSON.parse(lines[1] as string) as Record<string, unknown>;
    assert.strictEqual(entry['source'], 'check');
    assert.strictEqual(entry['file'], 'chest-pain.note.md');
    assert.ok(typeof entry['date'] === 'string' && !Number.isNaN(Date.parse(entry['date'] as string)), 'an ISO date');
    const sections = entry['sections'] as Record<string, unknown>;
    for (const section of ['hpi', 'ros', 'pe', 'differential', 'workup']) assert.strictEqual(typeof sections[section], 'boolean', `sections.${section}`);
    assert.ok(Array.isArray(entry['redFlagsMissed']), 'redFlagsMissed is a list');
  });

  test('a corrupt line is skipped and the other entries are read', async () => {
    await writeLogSettled([logLine(), '{"date": "2026-01-0', logLine({ redFlagsMissed: ['fever'], file: 'notes/other.note.md' })].join('\n') + '\n', ...LOG_PATH);
    const model = await vscode.commands.executeCommand<ProgressModelLike>('csNote.showProgress');
    assert.strictEqual(model.totalEntries, 2, 'both valid entries are read');
    assert.deepStrictEqual(model.topRedFlags.map((flag) => flag.id).sort(), ['fever', 'syncope']);
    const text = await readFixture(...LOG_PATH);
    assert.ok(text?.includes('{"date": "2026-01-0'), 'the corrupt line is left in the file');
  });
});
