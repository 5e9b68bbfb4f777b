// The countdown in the status bar: drives the pure timer model with a clock, persists it, reacts to time-up.
import * as vscode from 'vscode';
import { readConfig } from '../config';
import { isCsNote } from '../noteFiles';
import { notifyTimerStopped } from '../practiceLog/events';
import { systemClock, type Clock } from './clock';
import { timeUsedEdit } from './timeUsed';
import * as model from './timerModel';

const STATE_KEY = 'csNote.timer.state';
const READONLY_COMMAND = 'workbench.action.files.setActiveEditorReadonlyInSession';
const TICK_MS = 250;

export const COMMANDS = {
  start: 'csNote.timer.start',
  toggle: 'csNote.timer.toggle',
  reset: 'csNote.timer.reset',
  stop: 'csNote.timer.stop',
  endEncounter: 'csNote.timer.endEncounter',
} as const;

/** What the extension exports for tests and other extensions. */
export interface TimerApi {
  setClock(clock: Clock | undefined): void;
  /** Runs one tick now (tests call it after moving a fake clock). */
  tick(): void;
  state(): model.TimerState;
  statusBar(): { text: string; background: string | undefined; visible: boolean };
  events(): readonly model.TimerEvent[];
}

export class NoteTimer implements vscode.Disposable {
  private clock: Clock = systemClock;
  private handle: unknown;
  private current: model.TimerState;
  private visible = false;
  private readonly item = vscode.window.createStatusBarItem('csNote.timer', vscode.StatusBarAlignment.Left, 100);
  private readonly seen: model.TimerEvent[] = [];
  /** Note URI → text at time-up, when edits are reverted because read-only mode is unavailable. */
  private readonly locked = new Map<string, string>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly memento: vscode.Memento) {
    this.item.name = 'CS Note Timer';
    this.item.command = COMMANDS.toggle;
    this.current = model.revive(memento.get<unknown>(STATE_KEY));
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidChangeTextDocument((event) => this.revertLocked(event.document)),
    );
    this.tick();
    this.ensureInterval();
  }

  get api(): TimerApi {
    return {
      setClock: (clock) => {
        this.stopInterval();
        this.clock = clock ?? systemClock;
        this.ensureInterval();
        this.render();
      },
      tick: () => this.tick(),
      state: () => this.current,
      statusBar: () => ({ text: this.item.text, background: this.item.backgroundColor instanceof vscode.ThemeColor ? this.item.backgroundColor.id : undefined, visible: this.visible }),
      events: () => [...this.seen],
    };
  }

  start(uri: string | undefined): void {
    const config = readConfig(uri ? vscode.Uri.parse(uri) : undefined).timer;
    const noteUri = uri ?? this.activeNoteUri();
    if (noteUri) this.locked.delete(noteUri);
    this.seen.length = 0;
    this.update(model.start({ noteMinutes: config.minutes, encounterMode: config.encounterMode, noteUri }, this.clock.now()));
  }

  toggle(): void {
    if (this.current.status === 'idle' || this.current.status === 'done') return this.start(this.activeNoteUri());
    this.update(model.toggle(this.current, this.clock.now()));
  }

  reset(): void {
    this.start(this.current.noteUri ?? this.activeNoteUri());
  }

  endEncounter(): void {
    this.update(model.endEncounter(this.current, this.clock.now()));
  }

  /** Stops the timer and records the time used in the note's front matter. */
  async stop(): Promise<void> {
    const state = this.current;
    if (state.status === 'idle') return;
    const used = model.timeUsedMs(state, this.clock.now());
    this.update(model.IDLE);
    if (state.noteUri && state.phase === 'note') await this.recordTimeUsed(vscode.Uri.parse(state.noteUri), used);
    if (state.noteUri && state.phase === 'note' && state.status !== 'done') notifyTimerStopped(state.noteUri, used); // practice log
  }

  tick(): void {
    const { state, event } = model.tick(this.current, this.clock.now());
    if (event) {
      this.seen.push(event);
      this.update(state);
      void this.onEvent(event, state);
    } else {
      this.render();
    }
  }

  dispose(): void {
    this.stopInterval();
    this.item.dispose();
    this.disposables.forEach((disposable) => disposable.dispose());
  }

  private async onEvent(event: model.TimerEvent, state: model.TimerState): Promise<void> {
    if (event === 'encounterEnd') {
      void vscode.window.showInformationMessage('CS Note: the encounter is over. Write the note now.');
      return;
    }
    const exam = readConfig().timer.examMode;
    void vscode.window.showWarningMessage(exam ? 'CS Note: time is up. The note is now read-only.' : 'CS Note: time is up. Stop writing and check your note.');
    if (state.noteUri) await this.recordTimeUsed(vscode.Uri.parse(state.noteUri), state.durationMs);
    if (state.noteUri) notifyTimerStopped(state.noteUri, state.durationMs); // practice log
    if (exam && state.noteUri) await this.lock(state.noteUri);
  }

  private async lock(uri: string): Promise<void> {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const commands = await vscode.commands.getCommands(true);
    if (commands.includes(READONLY_COMMAND)) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand(READONLY_COMMAND);
    } else {
      this.locked.set(uri, document.getText());
    }
  }

  private revertLocked(document: vscode.TextDocument): void {
    const text = this.locked.get(document.uri.toString());
    if (text === undefined || document.getText() === text) return;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text);
    void vscode.workspace.applyEdit(edit);
  }

  private async recordTimeUsed(uri: vscode.Uri, usedMs: number): Promise<void> {
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      const wasDirty = document.isDirty;
      const change = timeUsedEdit(document.getText(), usedMs);
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.newText);
      await vscode.workspace.applyEdit(edit);
      // Keep a saved note saved; never save the student's own unsaved changes behind their back.
      if (!wasDirty && !document.isUntitled) await document.save();
      // The locked text must include the recorded time, or the revert guard would undo it.
      if (this.locked.has(uri.toString())) this.locked.set(uri.toString(), document.getText());
    } catch {
      // The note was deleted or cannot be opened: nothing to record it in.
    }
  }

  private update(state: model.TimerState): void {
    this.current = state;
    void this.memento.update(STATE_KEY, state);
    this.ensureInterval();
    this.render();
  }

  private ensureInterval(): void {
    const running = this.current.status === 'running';
    if (running && this.handle === undefined) this.handle = this.clock.setInterval(() => this.tick(), TICK_MS);
    if (!running) this.stopInterval();
  }

  private stopInterval(): void {
    if (this.handle !== undefined) this.clock.clearInterval(this.handle);
    this.handle = undefined;
  }

  private activeNoteUri(): string | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document && isCsNote(document) ? document.uri.toString() : undefined;
  }

  private render(): void {
    const state = this.current;
    const now = this.clock.now();
    const clock = model.formatClock(model.remaining(state, now));
    const phase = state.phase === 'encounter' ? 'Encounter' : 'Note';
    const level = model.level(state, now);
    const texts: Record<model.TimerStatus, string> = {
      idle: `$(watch) ${model.formatClock(readConfig().timer.minutes * 60_000)}`,
      running: `$(watch) ${phase} ${clock}`,
      paused: `$(debug-pause) ${phase} ${clock}`,
      done: '$(bell) Time is up',
    };
    this.item.text = texts[state.status];
    this.item.tooltip = state.status === 'running' ? 'CS Note timer: click to pause' : state.status === 'paused' ? 'CS Note timer: click to resume' : 'CS Note timer: click to start';
    this.item.backgroundColor =
      level === 'error' || state.status === 'done'
        ? new vscode.ThemeColor('statusBarItem.errorBackground')
        : level === 'warning'
          ? new vscode.ThemeColor('statusBarItem.warningBackground')
          : undefined;
    // Nothing to show while idle unless a note is open: the item is then a "start" button.
    this.visible = state.status !== 'idle' || this.activeNoteUri() !== undefined;
    if (this.visible) this.item.show();
    else this.item.hide();
  }
}

export function activate(context: vscode.ExtensionContext): TimerApi {
  const timer = new NoteTimer(context.workspaceState);
  const uriOf = (args: unknown): string | undefined => {
    if (args instanceof vscode.Uri) return args.toString();
    const value = (args as { uri?: unknown } | undefined)?.uri;
    return typeof value === 'string' ? value : value instanceof vscode.Uri ? value.toString() : undefined;
  };
  context.subscriptions.push(
    timer,
    vscode.commands.registerCommand(COMMANDS.start, (args?: unknown) => timer.start(uriOf(args))),
    vscode.commands.registerCommand(COMMANDS.toggle, () => timer.toggle()),
    vscode.commands.registerCommand(COMMANDS.reset, () => timer.reset()),
    vscode.commands.registerCommand(COMMANDS.stop, () => timer.stop()),
    vscode.commands.registerCommand(COMMANDS.endEncounter, () => timer.endEncounter()),
  );
  return timer.api;
}
