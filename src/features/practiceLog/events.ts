// Timer stops, announced to the practice log. The timer calls notifyTimerStopped(); the log listens.
import * as vscode from 'vscode';

export interface TimerStop {
  /** URI string of the note the timer ran for. */
  readonly noteUri: string;
  readonly usedMs: number;
}

const emitter = new vscode.EventEmitter<TimerStop>();

export const onDidStopTimer: vscode.Event<TimerStop> = emitter.event;

export function notifyTimerStopped(noteUri: string, usedMs: number): void {
  emitter.fire({ noteUri, usedMs });
}
