// Wiring only: each feature module registers itself with its own activate().
import type * as vscode from 'vscode';

const features: ReadonlyArray<{ activate(context: vscode.ExtensionContext): void }> = [];

export function activate(context: vscode.ExtensionContext): void {
  for (const feature of features) feature.activate(context);
}

export function deactivate(): void {
  // Everything registered is disposed through context.subscriptions.
}
