// Helpers shared by integration tests: the extension under test and the fixture workspace
// (test/integration/workspace/), reachable in both extension hosts through workspace URIs.
import * as vscode from 'vscode';
import * as assert from './assert';

export const EXTENSION_ID = 'cs-note.cs-note';

export function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in the test instance`);
  return ext;
}

/** URI of a file in the fixture workspace, e.g. fixtureUri('chest-pain.note.md'). */
export function fixtureUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration tests must run with test/integration/workspace open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** Opens a fixture file in an editor and returns its document. */
export async function openFixture(...segments: string[]): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(...segments));
  await vscode.window.showTextDocument(document);
  return document;
}
