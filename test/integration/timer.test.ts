// The status-bar timer driven by a fake clock: counts, pauses, warns, ends, records time used.
import * as vscode from 'vscode';
import * as assert from './support/assert';
import { api, closeAll, eventually, openNote } from './support/csnote';

/** A clock the test moves by hand; interval callbacks run on every advance. */
class FakeClock {
  private time = 1_700_000_000_000;
  private readonly callbacks = new Map<number, () => void>();
  private nextId = 1;

  now(): number {
    return this.time;
  }

  setInterval(callback: () => void): unknown {
    const id = this.nextId++;
    this.callbacks.set(id, callback);
    return id;
  }

  clearInterval(handle: unknown): void {
    this.callbacks.delete(handle as number);
  }

  advance(ms: number): void {
    this.time += ms;
    [...this.callbacks.values()].forEach((callback) => callback());
  }
}

suite('Timer', () => {
  let clock: FakeClock;

  setup(async () => {
    clock = new FakeClock();
    (await api()).timer.setClock(clock);
  });

  teardown(async () => {
    const timer = (await api()).timer;
    await vscode.commands.executeCommand('csNote.timer.stop');
    timer.setClock(undefined);
    await closeAll();
  });

  test('counts down, pauses and resumes', async () => {
    const timer = (await api()).timer;
    await vscode.commands.executeCommand('csNote.timer.start');
    assert.strictEqual(timer.state().status, 'running');
    clock.advance(60_000);
    assert.ok(timer.statusBar().text.endsWith('9:00'), timer.statusBar().text);
    await vscode.commands.executeCommand('csNote.timer.toggle');
    assert.strictEqual(timer.state().status, 'paused');
    clock.advance(5 * 60_000);
    timer.tick();
    assert.ok(timer.statusBar().text.endsWith('9:00'), `paused time stands still: ${timer.statusBar().text}`);
    await vscode.commands.executeCommand('csNote.timer.toggle');
    clock.advance(30_000);
    assert.ok(timer.statusBar().text.endsWith('8:30'), timer.statusBar().text);
  });

  test('warns at 2:00, turns red at 1:00, ends at 0:00 and records time used in the note', async () => {
    const timer = (await api()).timer;
    const note = await openNote('---\ncsnote: 1\n---\n\n## History\n\nHPI: \n');
    await vscode.commands.executeCommand('csNote.timer.start', { uri: note.uri.toString() });
    clock.advance(7 * 60_000);
    assert.strictEqual(timer.statusBar().background, undefined);
    clock.advance(60_000);
    assert.strictEqual(timer.statusBar().background, 'statusBarItem.warningBackground');
    clock.advance(60_000);
    assert.strictEqual(timer.statusBar().background, 'statusBarItem.errorBackground');
    clock.advance(60_000);
    assert.strictEqual(timer.state().status, 'done');
    assert.ok(timer.events().includes('timeUp'));
    await eventually(() => (note.getText().includes('timeUsed: 10:00') ? true : undefined), 5000, 'timeUsed in front matter');
  });

  test('stop records the time used so far', async () => {
    const note = await openNote('---\ncsnote: 1\n---\n\n## History\n\nHPI: \n');
    await vscode.commands.executeCommand('csNote.timer.start', { uri: note.uri.toString() });
    clock.advance(3 * 60_000 + 25_000);
    await vscode.commands.executeCommand('csNote.timer.stop');
    assert.strictEqual((await api()).timer.state().status, 'idle');
    assert.ok(note.getText().includes('timeUsed: 3:25'), note.getText());
  });

  test('reset starts the countdown again', async () => {
    const timer = (await api()).timer;
    await vscode.commands.executeCommand('csNote.timer.start');
    clock.advance(4 * 60_000);
    await vscode.commands.executeCommand('csNote.timer.reset');
    assert.ok(timer.statusBar().text.endsWith('10:00'), timer.statusBar().text);
  });

  suite('with settings', () => {
    const settings = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('csNote.timer');

    teardown(async () => {
      await settings().update('examMode', undefined, vscode.ConfigurationTarget.Global);
      await settings().update('encounterMode', undefined, vscode.ConfigurationTarget.Global);
    });

    test('encounter mode adds unused encounter time to the note', async () => {
      const timer = (await api()).timer;
      await settings().update('encounterMode', true, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('csNote.timer.start');
      assert.strictEqual(timer.state().phase, 'encounter');
      assert.ok(timer.statusBar().text.includes('Encounter 15:00'), timer.statusBar().text);
      clock.advance(12 * 60_000);
      await vscode.commands.executeCommand('csNote.timer.endEncounter');
      assert.ok(timer.statusBar().text.includes('Note 13:00'), timer.statusBar().text);
    });

    test('exam mode: edits after time-up do not stick', async () => {
      await settings().update('examMode', true, vscode.ConfigurationTarget.Global);
      const note = await openNote('---\ncsnote: 1\n---\n\n## History\n\nHPI: cough\n');
      await vscode.commands.executeCommand('csNote.timer.start', { uri: note.uri.toString() });
      clock.advance(10 * 60_000);
      const locked = await eventually(() => (note.getText().includes('timeUsed: 10:00') ? note.getText() : undefined), 5000, 'time-up');
      await new Promise((resolve) => setTimeout(resolve, 300));
      const editor = await vscode.window.showTextDocument(note);
      await editor.edit((builder) => builder.insert(new vscode.Position(note.lineCount - 1, 0), 'late edit\n')).then(undefined, () => false);
      await eventually(() => (note.getText() === locked ? true : undefined), 5000, 'the late edit to be refused or reverted');
    });
  });
});
