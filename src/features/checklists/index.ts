// Custom checklists: watches `.csnote/checklists.json`, keeps the merged knowledge in force, reports
// an invalid file (a diagnostic at the place and one warning) while the built-in checklists stay.
import * as vscode from 'vscode';
import { builtinKnowledge, type Knowledge } from '../../core/index';
import { applyCustomChecklists, type CustomChecklistError } from '../../core/clinical/custom';
import { showComplaintChecklist, COMMAND as SHOW_CHECKLIST } from './view';

export const CHECKLISTS_DIR = '.csnote';
export const CHECKLISTS_FILE = 'checklists.json';
export const DIAGNOSTIC_SOURCE = 'cs-note checklists';

let current: Knowledge | undefined;
const changed = new vscode.EventEmitter<Knowledge>();

/** The knowledge in force: the built-in checklists merged with a valid `.csnote/checklists.json`. */
export function currentKnowledge(): Knowledge {
  return current ?? builtinKnowledge;
}

/** Fires after the custom checklists were (re)loaded and the knowledge in force changed. */
export const onDidChangeKnowledge: vscode.Event<Knowledge> = changed.event;

export function checklistsUri(): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, CHECKLISTS_DIR, CHECKLISTS_FILE) : undefined;
}

async function readIfExists(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

function errorRange(text: string, error: CustomChecklistError): vscode.Range {
  const line = Math.max(0, error.line - 1);
  const start = Math.max(0, error.column - 1);
  const lineText = text.split(/\r?\n/)[line] ?? '';
  // Underline the token at the place: a string, a word or a single character.
  const rest = lineText.slice(start);
  const token = /^"(?:[^"\\]|\\.)*"?|^[\w.+-]+/.exec(rest)?.[0] ?? rest.slice(0, 1);
  return new vscode.Range(line, start, line, start + Math.max(1, token.length));
}

class ChecklistsLoader implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('cs-note-checklists');
  private lastWarning: string | undefined;
  private generation = 0;

  async reload(): Promise<void> {
    const generation = ++this.generation;
    const uri = checklistsUri();
    const text = uri ? await readIfExists(uri) : undefined;
    if (generation !== this.generation) return;
    const previous = current;
    if (!uri || text === undefined) {
      this.diagnostics.clear();
      this.lastWarning = undefined;
      current = undefined;
    } else {
      const result = applyCustomChecklists(builtinKnowledge, text);
      if (result.error) {
        const message = `${result.error.message} (line ${result.error.line}, column ${result.error.column})`;
        const diagnostic = new vscode.Diagnostic(errorRange(text, result.error), result.error.message, vscode.DiagnosticSeverity.Error);
        diagnostic.source = DIAGNOSTIC_SOURCE;
        this.diagnostics.set(uri, [diagnostic]);
        current = undefined;
        if (this.lastWarning !== message) {
          this.lastWarning = message;
          void vscode.window.showWarningMessage(`CS Note: ${CHECKLISTS_DIR}/${CHECKLISTS_FILE} is invalid, so the built-in checklists are used: ${message}.`);
        }
      } else {
        this.diagnostics.delete(uri);
        this.lastWarning = undefined;
        current = result.knowledge;
      }
    }
    if (previous !== current) changed.fire(currentKnowledge());
  }

  dispose(): void {
    this.diagnostics.dispose();
  }
}

export function activate(context: vscode.ExtensionContext): void {
  const loader = new ChecklistsLoader();
  const reload = (): void => void loader.reload();
  const isChecklists = (uri: vscode.Uri): boolean => uri.toString() === checklistsUri()?.toString();
  context.subscriptions.push(loader, { dispose: () => (current = undefined) });
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder) {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, `${CHECKLISTS_DIR}/${CHECKLISTS_FILE}`));
    context.subscriptions.push(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload));
  }
  context.subscriptions.push(
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (isChecklists(document.uri)) reload();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(reload),
    vscode.commands.registerCommand('csNote.checklists.reload', () => loader.reload()),
    vscode.commands.registerCommand(SHOW_CHECKLIST, (complaintId?: unknown) => showComplaintChecklist(currentKnowledge(), complaintId)),
  );
  reload();
}
