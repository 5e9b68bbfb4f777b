// A rule is a small object with metadata and a check function that reports findings as data.
import type { KnowledgeIndex } from '../clinical/knowledgeIndex';
import type { ComplaintKnowledge } from '../clinical/types';
import type { NoteAnalysis } from '../check/analysis';
import type { NoteModel } from '../note/model';
import type { FindingInput, Severity } from '../types';

/** The sections of the Note Quality Checklist that a finding counts against. */
export type ChecklistSection = 'hpi' | 'ros' | 'pe' | 'differential' | 'workup';

export const CHECKLIST_SECTIONS: readonly ChecklistSection[] = ['hpi', 'ros', 'pe', 'differential', 'workup'];

/** Limits of the official patient-note form; configurable because schools' OSCE forms differ. */
export interface NoteLimits {
  readonly historyChars: number;
  readonly historyLines: number;
  readonly examChars: number;
  readonly examLines: number;
  readonly diagnosisChars: number;
  readonly findingChars: number;
  readonly studyChars: number;
  readonly rows: number;
  readonly minDiagnoses: number;
  readonly maxDiagnoses: number;
  readonly minStudies: number;
  readonly maxStudies: number;
  readonly minRosSystems: number;
}

export interface RuleContext {
  readonly note: NoteModel;
  readonly analysis: NoteAnalysis;
  readonly index: KnowledgeIndex;
  readonly complaint: ComplaintKnowledge | undefined;
  readonly limits: NoteLimits;
}

export interface Rule {
  readonly id: string;
  readonly description: string;
  readonly tags: readonly string[];
  readonly defaultSeverity: Severity;
  /** Checklist section a finding counts against, unless the finding's data names `checklist`. */
  readonly checklist: ChecklistSection;
  check(context: RuleContext, report: (finding: FindingInput) => void): void;
}
