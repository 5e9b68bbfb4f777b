// Where the practice log lives and how it is read and appended, through vscode.workspace.fs only
// (works in the web worker too). Appends are serialised and never truncate: the whole previous
// content is written back with the new line to a temporary file, which then replaces the log.
import * as vscode from 'vscode';
import { readConfig } from '../config';
import type { LogLocation } from '../settingsValidation';
import { appendEntry, parseLog, type LogEntry, type ParsedLog } from './logFormat';

export const LOG_DIR = '.csnote';
export const LOG_FILE = 'log.jsonl';

export type { LogLocation };

export function logLocation(): LogLocation {
  return readConfig().log.location;
}

/** The log file: `.csnote/log.jsonl` in the first workspace folder, or in global storage. */
export function logUri(globalStorageUri: vscode.Uri): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (logLocation() === 'workspace' && folder) return vscode.Uri.joinPath(folder.uri, LOG_DIR, LOG_FILE);
  return vscode.Uri.joinPath(globalStorageUri, LOG_FILE);
}

function parentOf(uri: vscode.Uri): vscode.Uri {
  return uri.with({ path: uri.path.replace(/\/[^/]*$/, '') || '/' });
}

function isNotFound(error: unknown): boolean {
  return error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'EntryNotFound');
}

/** The file's text, or '' when it does not exist yet. Other errors are thrown. */
export async function readText(uri: vscode.Uri): Promise<string> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    if (isNotFound(error)) return '';
    // Some file system providers throw plain errors; treat a missing file the same way.
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      return '';
    }
    throw error;
  }
}

/** Writes through a temporary file and a rename, so a failed write never leaves a half log. */
export async function writeTextAtomically(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.createDirectory(parentOf(uri));
  const random = Math.random().toString(36).slice(2, 10);
  const temp = uri.with({ path: `${uri.path}.${random}.tmp` });
  await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(text));
  try {
    await vscode.workspace.fs.rename(temp, uri, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    throw error;
  }
}

export class PracticeLogStore {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly warned = new Set<string>();
  private readonly appended = new vscode.EventEmitter<LogEntry>();
  readonly onDidAppend = this.appended.event;

  constructor(private readonly globalStorageUri: vscode.Uri) {}

  uri(): vscode.Uri {
    return logUri(this.globalStorageUri);
  }

  /** Appends one entry; appends run one after the other, each re-reading the file first. */
  append(entry: LogEntry): Promise<void> {
    const run = this.queue.then(async () => {
      const uri = this.uri();
      const previous = await readText(uri);
      await writeTextAtomically(uri, appendEntry(previous, entry));
      this.appended.fire(entry);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Every valid entry. Corrupt lines are skipped, with one warning (per line, per session) naming them. */
  async read(): Promise<ParsedLog> {
    await this.queue;
    const uri = this.uri();
    const parsed = parseLog(await readText(uri));
    const fresh = parsed.errors.filter((error) => !this.warned.has(`${uri.toString()}#${error.line}`));
    if (fresh.length > 0) {
      fresh.forEach((error) => this.warned.add(`${uri.toString()}#${error.line}`));
      const lines = fresh.map((error) => error.line);
      const where = lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.join(', ')}`;
      void vscode.window.showWarningMessage(`CS Note: skipped a corrupt entry in the practice log (${vscode.workspace.asRelativePath(uri)}, ${where}: ${fresh[0]?.message}). The other entries are kept.`);
    }
    return parsed;
  }

  dispose(): void {
    this.appended.dispose();
  }
}
