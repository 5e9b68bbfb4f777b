// Options of a check, with the defaults of the official Step 2 CS patient-note form.
import type { Knowledge } from '../clinical/types';
import type { NoteLimits } from '../rules/rule';
import type { Severity } from '../types';

export type SeveritySetting = Severity | 'off';

export interface CheckOptions {
  /** Chief complaint id; overrides front matter and inference. */
  readonly complaint?: string | undefined;
  /** Knowledge to check against; the built-in knowledge when absent. */
  readonly knowledge?: Knowledge | undefined;
  /** Per-rule severity overrides; 'off' disables a rule. */
  readonly severities?: Readonly<Record<string, SeveritySetting>> | undefined;
  readonly limits?: Partial<NoteLimits> | undefined;
}

/** Character limits of the last official form: History and PE 950 characters or 15 lines, 100 per row, 8 rows. */
export const DEFAULT_LIMITS: NoteLimits = {
  historyChars: 950,
  historyLines: 15,
  examChars: 950,
  examLines: 15,
  diagnosisChars: 100,
  findingChars: 100,
  studyChars: 100,
  rows: 8,
  minDiagnoses: 1,
  maxDiagnoses: 3,
  minStudies: 4,
  maxStudies: 7,
  minRosSystems: 3,
};

export function resolveLimits(overrides: Partial<NoteLimits> | undefined): NoteLimits {
  return { ...DEFAULT_LIMITS, ...(overrides ?? {}) };
}
