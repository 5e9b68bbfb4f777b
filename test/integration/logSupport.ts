// Helpers for the practice-log, progress and checklists integration tests: files in the fixture
// workspace through vscode.workspace.fs (works in the web host), and polling with a timeout.
import * as vscode from 'vscode';
import { fixtureUri } from './support/workspace';

export const LOG_PATH = ['.csnote', 'log.jsonl'] as const;
export const CHECKLISTS_PATH = ['.csnote', 'checklists.json'] as const;

export async function readFixture(...segments: string[]): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri(...segments)));
  } catch {
    return undefined;
  }
}

export async function writeFixture(text: string, ...segments: string[]): Promise<vscode.Uri> {
  const uri = fixtureUri(...segments);
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

export async function deleteFixture(...segments: string[]): Promise<void> {
  try {
    await vscode.workspace.fs.delete(fixtureUri(...segments), { recursive: true, useTrash: false });
  } catch {
    // Already gone.
  }
}

/** Puts a fixture file back as it was (deleting it when it did not exist). */
export async function restoreFixture(previous: string | undefined, ...segments: string[]): Promise<void> {
  if (previous === undefined) await deleteFixture(...segments);
  else await writeFixture(previous, ...segments);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `probe` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, message: string, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${message}`);
    await sleep(100);
  }
}

/**
 * Writes the practice log and makes sure it stays that way: appends still running from earlier
 * tests (a timer stop logs asynchronously) could otherwise land on top of it.
 */
export async function writeLogSettled(text: string, ...segments: string[]): Promise<void> {
  for (let attempt = 0; attempt < 10; attempt++) {
    await writeFixture(text, ...segments);
    await sleep(300);
    if ((await readFixture(...segments)) === text) return;
  }
  throw new Error('the practice log kept changing under the test');
}

export function codeOf(diagnostic: vscode.Diagnostic): string | number | undefined {
  return typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
}

export function logLine(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    date: '2026-01-05T10:00:00.000Z',
    file: 'notes/case.note.md',
    complaint: 'chest-pain',
    timeUsedSeconds: 540,
    sections: { hpi: true, ros: false, pe: true, differential: true, workup: false },
    redFlagsMissed: ['syncope'],
    source: 'check',
    ...overrides,
  });
}
