// The timer as a pure state machine over clock readings (ms): no vscode, no real time, unit-tested.

export type TimerPhase = 'encounter' | 'note';
export type TimerStatus = 'idle' | 'running' | 'paused' | 'done';
export type TimerLevel = 'normal' | 'warning' | 'error';

/** Plain data, so it can be persisted in workspaceState as is. */
export interface TimerState {
  readonly status: TimerStatus;
  readonly phase: TimerPhase;
  /** Length of the current phase; the note phase includes unused encounter time. */
  readonly durationMs: number;
  /** While running: clock time at which the phase ends. */
  readonly endsAt: number | null;
  /** While paused, idle or done: time left in the phase. */
  readonly remainingMs: number;
  /** Configured note time, used when the encounter phase gives way to the note. */
  readonly noteMs: number;
  /** The note the timer is for (URI string), where timeUsed is recorded. */
  readonly noteUri: string | null;
}

export interface StartOptions {
  readonly noteMinutes: number;
  readonly encounterMode: boolean;
  readonly noteUri?: string | undefined;
}

export type TimerEvent = 'encounterEnd' | 'timeUp';

export const ENCOUNTER_MS = 15 * 60_000;
export const WARNING_MS = 2 * 60_000;
export const ERROR_MS = 60_000;

export const IDLE: TimerState = { status: 'idle', phase: 'note', durationMs: 0, endsAt: null, remainingMs: 0, noteMs: 0, noteUri: null };

export function start(options: StartOptions, now: number): TimerState {
  const noteMs = Math.max(1, options.noteMinutes) * 60_000;
  const durationMs = options.encounterMode ? ENCOUNTER_MS : noteMs;
  return { status: 'running', phase: options.encounterMode ? 'encounter' : 'note', durationMs, endsAt: now + durationMs, remainingMs: durationMs, noteMs, noteUri: options.noteUri ?? null };
}

export function remaining(state: TimerState, now: number): number {
  if (state.status === 'running' && state.endsAt !== null) return Math.max(0, state.endsAt - now);
  return state.remainingMs;
}

export function pause(state: TimerState, now: number): TimerState {
  if (state.status !== 'running') return state;
  return { ...state, status: 'paused', endsAt: null, remainingMs: remaining(state, now) };
}

export function resume(state: TimerState, now: number): TimerState {
  if (state.status !== 'paused') return state;
  return { ...state, status: 'running', endsAt: now + state.remainingMs };
}

export function toggle(state: TimerState, now: number): TimerState {
  return state.status === 'running' ? pause(state, now) : resume(state, now);
}

/** Ends the encounter early: the note phase starts with the unused encounter time added. */
export function endEncounter(state: TimerState, now: number): TimerState {
  if (state.phase !== 'encounter' || state.status === 'idle' || state.status === 'done') return state;
  const durationMs = state.noteMs + remaining(state, now);
  const running = state.status === 'running';
  return { ...state, phase: 'note', durationMs, endsAt: running ? now + durationMs : null, remainingMs: durationMs };
}

/** Advances the state to `now`; reports the phase change or time-up it caused, if any. */
export function tick(state: TimerState, now: number): { state: TimerState; event: TimerEvent | undefined } {
  if (state.status !== 'running' || remaining(state, now) > 0) return { state, event: undefined };
  if (state.phase === 'encounter') {
    const endsAt = (state.endsAt ?? now) + state.noteMs;
    return { state: { ...state, phase: 'note', durationMs: state.noteMs, endsAt, remainingMs: state.noteMs }, event: 'encounterEnd' };
  }
  return { state: { ...state, status: 'done', endsAt: null, remainingMs: 0 }, event: 'timeUp' };
}

export function level(state: TimerState, now: number): TimerLevel {
  if (state.status === 'idle') return 'normal';
  const left = remaining(state, now);
  if (left <= ERROR_MS) return 'error';
  return left <= WARNING_MS ? 'warning' : 'normal';
}

/** Time spent writing the note (the encounter phase does not count). */
export function timeUsedMs(state: TimerState, now: number): number {
  if (state.status === 'idle' || state.phase === 'encounter') return 0;
  return Math.max(0, state.durationMs - remaining(state, now));
}

/** m:ss, rounding remaining time up so "0:00" is shown only when time is really up. */
export function formatClock(ms: number, roundUp = true): string {
  const total = roundUp ? Math.ceil(ms / 1000) : Math.floor(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** Restores a persisted state, ignoring anything that is not a well-formed timer state. */
export function revive(value: unknown): TimerState {
  if (typeof value !== 'object' || value === null) return IDLE;
  const candidate = value as Partial<TimerState>;
  const statuses: readonly string[] = ['idle', 'running', 'paused', 'done'];
  if (!statuses.includes(String(candidate.status)) || typeof candidate.remainingMs !== 'number' || typeof candidate.noteMs !== 'number') return IDLE;
  return { ...IDLE, ...candidate } as TimerState;
}
