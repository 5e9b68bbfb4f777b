// The extension activates on a patient note and registers every command it contributes.
import * as vscode from 'vscode';
import * as assert from './support/assert';
import { api as csNoteApi } from './support/csnote';
import { extension, openFixture } from './support/workspace';

interface ContributedCommand {
  command: string;
}

suite('Activation', () => {
  test('activates when a patient note is opened', async () => {
    const started = Date.now();
    const wasActive = extension().isActive;
    const document = await openFixture('chest-pain.note.md');
    assert.strictEqual(document.languageId, 'markdown', 'a .note.md file is Markdown');
    const ext = extension();
    const api = await csNoteApi();
    // The figures of the benchmark's activation line, read from the integration log: the extension's
    // own activate() time, and opening a note until the extension is active when this test activated it.
    assert.ok(typeof api.activationMs === 'number' && api.activationMs >= 0, 'the extension reports its activation time');
    console.log(`activation-ms: ${api.activationMs.toFixed(1)}`);
    console.log(wasActive ? 'activation-open-note-ms: n/a (already active)' : `activation-open-note-ms: ${Date.now() - started}`);
    assert.ok(ext.isActive, 'extension is active after activate()');
    assert.strictEqual(ext.packageJSON.name, 'cs-note');
  });

  test('registers every command listed in package.json', async () => {
    const ext = extension();
    await ext.activate();
    const contributed: ContributedCommand[] = ext.packageJSON.contributes?.commands ?? [];
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.map((c) => c.command).filter((id) => !registered.has(id));
    assert.deepStrictEqual(missing, [], 'contributed commands without a registered handler');
  });
});
