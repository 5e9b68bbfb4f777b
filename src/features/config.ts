// The one typed accessor for csNote.* settings; keys and defaults mirror package.json contributes.configuration.
import * as vscode from 'vscode';
import { RULE_IDS } from '../core/index';
import { ProblemLog, validateSettings, type LogLocation, type SettingKey } from './settingsValidation';

export type RunMode = 'onType' | 'onSave';
export type RuleSeverity = 'error' | 'warning' | 'info' | 'off';

export interface CsNoteConfig {
  readonly files: { readonly pattern: string };
  readonly template: { readonly folder: string };
  readonly timer: { readonly minutes: number; readonly startOnNewNote: boolean; readonly examMode: boolean; readonly encounterMode: boolean };
  readonly check: { readonly run: RunMode; readonly debounceMs: number; readonly maxDocumentSizeKb: number };
  readonly rules: Readonly<Record<string, RuleSeverity>>;
  readonly log: { readonly location: LogLocation };
  readonly plan: { readonly startDate: string };
}

export const SECTION = 'csNote';

const KEYS: readonly SettingKey[] = [
  'files.pattern',
  'template.folder',
  'timer.minutes',
  'timer.startOnNewNote',
  'timer.examMode',
  'timer.encounterMode',
  'check.run',
  'check.debounceMs',
  'check.maxDocumentSizeKb',
  'rules',
  'log.location',
  'plan.startDate',
];

// Each distinct bad value is reported once per session; the default is used in its place.
const reported = new ProblemLog();

export function readConfig(scope?: vscode.ConfigurationScope): CsNoteConfig {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const raw: Partial<Record<SettingKey, unknown>> = {};
  for (const key of KEYS) raw[key] = c.get<unknown>(key);
  const { settings: s, problems } = validateSettings(raw, RULE_IDS);
  for (const problem of reported.fresh(problems)) void vscode.window.showWarningMessage(`CS Note: ${problem.message}`);
  return {
    files: { pattern: s.filesPattern },
    template: { folder: s.templateFolder },
    timer: { minutes: s.timerMinutes, startOnNewNote: s.timerStartOnNewNote, examMode: s.timerExamMode, encounterMode: s.timerEncounterMode },
    check: { run: s.checkRun, debounceMs: s.checkDebounceMs, maxDocumentSizeKb: s.checkMaxDocumentSizeKb },
    rules: s.rules,
    log: { location: s.logLocation },
    plan: { startDate: s.planStartDate },
  };
}

export function affectsCsNote(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SECTION);
}
