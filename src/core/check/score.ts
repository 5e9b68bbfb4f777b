// The Note Quality Checklist: each section passes unless a warning or error counts against it.
import { CHECKLIST_SECTIONS, type ChecklistSection } from '../rules/rule';
import { ruleById } from '../rules/index';
import type { Finding } from '../types';

export interface SectionScore {
  readonly pass: boolean;
  readonly reasons: readonly string[];
}

export interface NoteScore {
  readonly sections: Readonly<Record<ChecklistSection, SectionScore>>;
  readonly passed: number;
  readonly total: number;
  readonly redFlagsMissed: readonly string[];
  readonly summary: string;
}

export const CHECKLIST_TITLES: Readonly<Record<ChecklistSection, string>> = {
  hpi: 'HPI',
  ros: 'ROS',
  pe: 'Physical exam',
  differential: 'Differential',
  workup: 'Workup',
};

export function checklistOf(finding: Finding): ChecklistSection | undefined {
  const named = finding.data['checklist'];
  if (typeof named === 'string' && (CHECKLIST_SECTIONS as readonly string[]).includes(named)) return named as ChecklistSection;
  return ruleById(finding.rule)?.checklist;
}

export function scoreNote(findings: readonly Finding[]): NoteScore {
  const reasons = new Map<ChecklistSection, string[]>(CHECKLIST_SECTIONS.map((section) => [section, []]));
  for (const finding of findings) {
    if (finding.severity === 'info') continue;
    const section = checklistOf(finding);
    if (section) reasons.get(section)?.push(finding.message);
  }
  const sectionScore = (section: ChecklistSection): SectionScore => {
    const list = reasons.get(section) ?? [];
    return { pass: list.length === 0, reasons: list };
  };
  const sections: Record<ChecklistSection, SectionScore> = {
    hpi: sectionScore('hpi'),
    ros: sectionScore('ros'),
    pe: sectionScore('pe'),
    differential: sectionScore('differential'),
    workup: sectionScore('workup'),
  };
  const passed = CHECKLIST_SECTIONS.filter((section) => sections[section].pass).length;
  // A loop, not flatMap: V8's flatMap costs about ten times as much, and this runs on every check.
  const redFlagsMissed: string[] = [];
  for (const finding of findings) {
    const flag = finding.data['redFlag'];
    if (finding.rule === 'missing-red-flag' && typeof flag === 'string') redFlagsMissed.push(flag);
  }
  const failing = CHECKLIST_SECTIONS.filter((section) => !sections[section].pass).map((section) => CHECKLIST_TITLES[section]);
  const summary =
    `${passed}/${CHECKLIST_SECTIONS.length} checklist sections pass` +
    (failing.length > 0 ? ` (needs work: ${failing.join(', ')})` : '') +
    (redFlagsMissed.length > 0 ? `; ${redFlagsMissed.length} red flag${redFlagsMissed.length === 1 ? '' : 's'} missed` : '');
  return { sections, passed, total: CHECKLIST_SECTIONS.length, redFlagsMissed, summary };
}
