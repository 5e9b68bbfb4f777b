// Pure validation of csNote.* setting values (no editor API): wrong types, unknown rule ids and
// out-of-range numbers are replaced by the defaults, each with a message saying what was wrong.

export type RunMode = 'onType' | 'onSave';
export type RuleSeverity = 'error' | 'warning' | 'info' | 'off';

export interface ValidatedSettings {
  readonly filesPattern: string;
  readonly templateFolder: string;
  readonly timerMinutes: number;
  readonly timerStartOnNewNote: boolean;
  readonly timerExamMode: boolean;
  readonly timerEncounterMode: boolean;
  readonly checkRun: RunMode;
  readonly checkDebounceMs: number;
  readonly checkMaxDocumentSizeKb: number;
  readonly rules: Readonly<Record<string, RuleSeverity>>;
  readonly logLocation: LogLocation;
  /** `YYYY-MM-DD`, or empty for "the day of the first log entry". */
  readonly planStartDate: string;
}

export type LogLocation = 'workspace' | 'global';

/** Raw values as read from the configuration, keyed by setting name without the `csNote.` prefix. */
export type RawSettings = Readonly<Partial<Record<SettingKey, unknown>>>;

export type SettingKey =
  | 'files.pattern'
  | 'template.folder'
  | 'timer.minutes'
  | 'timer.startOnNewNote'
  | 'timer.examMode'
  | 'timer.encounterMode'
  | 'check.run'
  | 'check.debounceMs'
  | 'check.maxDocumentSizeKb'
  | 'rules'
  | 'log.location'
  | 'plan.startDate';

export interface SettingProblem {
  /** Full setting name, e.g. `csNote.timer.minutes` or `csNote.rules`. */
  readonly setting: string;
  /** One sentence, the same for the same problem, so the glue can report each problem once. */
  readonly message: string;
}

export const SETTING_DEFAULTS: ValidatedSettings = {
  filesPattern: '**/*.note.md',
  templateFolder: 'notes',
  timerMinutes: 10,
  timerStartOnNewNote: true,
  timerExamMode: false,
  timerEncounterMode: false,
  checkRun: 'onType',
  checkDebounceMs: 300,
  checkMaxDocumentSizeKb: 200,
  rules: {},
  logLocation: 'workspace',
  planStartDate: '',
};

const SEVERITIES: readonly string[] = ['error', 'warning', 'info', 'off'];
const MAX_TIMER_MINUTES = 60;

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null || typeof value !== 'object') return String(value);
  try {
    const json = JSON.stringify(value);
    return json.length > 60 ? `${json.slice(0, 60)}…` : json;
  } catch {
    return 'an object';
  }
}

export function validateSettings(raw: RawSettings, ruleIds: readonly string[]): { settings: ValidatedSettings; problems: SettingProblem[] } {
  const problems: SettingProblem[] = [];
  const problem = (key: string, message: string): void => {
    problems.push({ setting: `csNote.${key}`, message: `csNote.${key}: ${message}` });
  };

  const string = (key: SettingKey, fallback: string, nonEmpty: boolean): string => {
    const value = raw[key];
    if (value === undefined) return fallback;
    if (typeof value !== 'string') {
      problem(key, `${show(value)} is not a string; using ${show(fallback)}.`);
      return fallback;
    }
    if (nonEmpty && value.trim().length === 0) {
      problem(key, `must not be empty; using ${show(fallback)}.`);
      return fallback;
    }
    return value;
  };

  const boolean = (key: SettingKey, fallback: boolean): boolean => {
    const value = raw[key];
    if (value === undefined) return fallback;
    if (typeof value !== 'boolean') {
      problem(key, `${show(value)} is not true or false; using ${fallback}.`);
      return fallback;
    }
    return value;
  };

  const number = (key: SettingKey, fallback: number, what: string, ok: (n: number) => boolean): number => {
    const value = raw[key];
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isFinite(value) || !ok(value)) {
      problem(key, `${show(value)} is not ${what}; using ${fallback}.`);
      return fallback;
    }
    return value;
  };

  const runValue = raw['check.run'];
  let checkRun: RunMode = SETTING_DEFAULTS.checkRun;
  if (runValue === 'onType' || runValue === 'onSave') checkRun = runValue;
  else if (runValue !== undefined) problem('check.run', `${show(runValue)} is not "onType" or "onSave"; using "${SETTING_DEFAULTS.checkRun}".`);

  const locationValue = raw['log.location'];
  let logLocation: LogLocation = SETTING_DEFAULTS.logLocation;
  if (locationValue === 'workspace' || locationValue === 'global') logLocation = locationValue;
  else if (locationValue !== undefined) problem('log.location', `${show(locationValue)} is not "workspace" or "global"; using "${SETTING_DEFAULTS.logLocation}".`);

  const startValue = raw['plan.startDate'];
  let planStartDate = SETTING_DEFAULTS.planStartDate;
  if (typeof startValue === 'string' && (startValue === '' || isCalendarDate(startValue))) planStartDate = startValue;
  else if (startValue !== undefined) problem('plan.startDate', `${show(startValue)} is not a date written YYYY-MM-DD; using the day of the first log entry.`);

  const settings: ValidatedSettings = {
    filesPattern: string('files.pattern', SETTING_DEFAULTS.filesPattern, true),
    templateFolder: string('template.folder', SETTING_DEFAULTS.templateFolder, false),
    timerMinutes: number('timer.minutes', SETTING_DEFAULTS.timerMinutes, `a number of minutes from 1 to ${MAX_TIMER_MINUTES}`, (n) => n > 0 && n <= MAX_TIMER_MINUTES),
    timerStartOnNewNote: boolean('timer.startOnNewNote', SETTING_DEFAULTS.timerStartOnNewNote),
    timerExamMode: boolean('timer.examMode', SETTING_DEFAULTS.timerExamMode),
    timerEncounterMode: boolean('timer.encounterMode', SETTING_DEFAULTS.timerEncounterMode),
    checkRun,
    checkDebounceMs: number('check.debounceMs', SETTING_DEFAULTS.checkDebounceMs, 'a delay of 0 ms or more', (n) => n >= 0),
    checkMaxDocumentSizeKb: number('check.maxDocumentSizeKb', SETTING_DEFAULTS.checkMaxDocumentSizeKb, 'a size in KB greater than 0', (n) => n > 0),
    rules: validateRules(raw.rules, ruleIds, problem),
    logLocation,
    planStartDate,
  };
  return { settings, problems };
}

/** A real day written YYYY-MM-DD (2026-02-30 is not one). */
function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

function validateRules(value: unknown, ruleIds: readonly string[], problem: (key: string, message: string) => void): Record<string, RuleSeverity> {
  const rules: Record<string, RuleSeverity> = {};
  if (value === undefined || value === null) return rules;
  if (typeof value !== 'object' || Array.isArray(value)) {
    problem('rules', `${show(value)} is not an object of rule severities; using the default severities.`);
    return rules;
  }
  for (const [id, severity] of Object.entries(value as Record<string, unknown>)) {
    if (!ruleIds.includes(id)) {
      problem('rules', `unknown rule id ${show(id)}; it is ignored.`);
    } else if (typeof severity !== 'string' || !SEVERITIES.includes(severity)) {
      problem('rules', `${show(severity)} is not a severity for rule ${show(id)} (error, warning, info or off); using its default.`);
    } else {
      rules[id] = severity as RuleSeverity;
    }
  }
  return rules;
}

/** Remembers which problems were already reported, so each distinct problem is reported once. */
export class ProblemLog {
  private readonly seen = new Set<string>();

  /** The problems not reported before (and marks them as reported). */
  fresh(problems: readonly SettingProblem[]): SettingProblem[] {
    return problems.filter((p) => !this.seen.has(p.message) && (this.seen.add(p.message), true));
  }
}
