// The one typed accessor for csNote.* settings; keys and defaults mirror package.json contributes.configuration.
import * as vscode from 'vscode';

export type RunMode = 'onType' | 'onSave';
export type RuleSeverity = 'error' | 'warning' | 'info' | 'off';

export interface CsNoteConfig {
  readonly files: { readonly pattern: string };
  readonly template: { readonly folder: string };
  readonly timer: { readonly minutes: number; readonly startOnNewNote: boolean; readonly examMode: boolean; readonly encounterMode: boolean };
  readonly check: { readonly run: RunMode; readonly debounceMs: number };
  readonly rules: Readonly<Record<string, RuleSeverity>>;
}

export const SECTION = 'csNote';

const SEVERITIES: readonly string[] = ['error', 'warning', 'info', 'off'];

function sanitizeRules(value: unknown): Record<string, RuleSeverity> {
  const rules: Record<string, RuleSeverity> = {};
  if (typeof value !== 'object' || value === null) return rules;
  for (const [id, severity] of Object.entries(value)) {
    if (typeof severity === 'string' && SEVERITIES.includes(severity)) rules[id] = severity as RuleSeverity;
  }
  return rules;
}

export function readConfig(scope?: vscode.ConfigurationScope): CsNoteConfig {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  return {
    files: { pattern: c.get<string>('files.pattern', '**/*.note.md') },
    template: { folder: c.get<string>('template.folder', 'notes') },
    timer: {
      minutes: Math.max(1, c.get<number>('timer.minutes', 10)),
      startOnNewNote: c.get<boolean>('timer.startOnNewNote', true),
      examMode: c.get<boolean>('timer.examMode', false),
      encounterMode: c.get<boolean>('timer.encounterMode', false),
    },
    check: {
      run: c.get<string>('check.run', 'onType') === 'onSave' ? 'onSave' : 'onType',
      debounceMs: Math.max(0, c.get<number>('check.debounceMs', 300)),
    },
    rules: sanitizeRules(c.get<unknown>('rules', {})),
  };
}

export function affectsCsNote(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SECTION);
}
