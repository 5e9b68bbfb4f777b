// Wiring only: each feature module registers itself with its own activate().
import type * as vscode from 'vscode';
import * as checkNote from './features/checkNote/index';
import * as checklists from './features/checklists/index';
import * as codeActions from './features/codeActions';
import * as diagnostics from './features/diagnostics';
import * as noteFiles from './features/noteFiles';
import * as practiceLog from './features/practiceLog/index';
import * as progress from './features/progress/index';
import * as template from './features/template/newPracticeNote';
import * as timer from './features/timer/timer';

/** The extension's exports: lets integration tests drive the timer with a fake clock. */
export interface CsNoteApi {
  readonly timer: timer.TimerApi;
  /** How long activate() took, in milliseconds (the integration run prints it). */
  readonly activationMs: number;
}

const features: ReadonlyArray<{ activate(context: vscode.ExtensionContext): void }> = [noteFiles, checklists, diagnostics, codeActions, template, checkNote, practiceLog, progress];

export function activate(context: vscode.ExtensionContext): CsNoteApi {
  const started = performance.now();
  for (const feature of features) feature.activate(context);
  const timerApi = timer.activate(context);
  return { timer: timerApi, activationMs: performance.now() - started };
}

export function deactivate(): void {
  // Everything registered is disposed through context.subscriptions.
}
