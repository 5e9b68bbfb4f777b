// Label vocabularies (sections, History/Exam fields, diagnosis support) and their line-level matchers.
import type { FieldId, SectionId } from './model';

/** A label found in a line: what it names, where the label text is, and where its body begins. */
export interface LabelMatch<T extends string> {
  readonly id: T;
  readonly label: string;
  /** Offsets relative to the string that was searched. */
  readonly labelStart: number;
  readonly labelEnd: number;
  readonly bodyStart: number;
  /**
   * Where the body ends at the latest, when the label is its own body: "NKDA" documents the allergies
   * by itself, and what follows it on the line ("NKDA, takes his roommate's Adderall") is no allergy.
   */
  readonly bodyEnd?: number;
}

type Entry<T extends string> = readonly [T, string];

const WS = '[ \\t]';
const BOLD = '(?:\\*\\*|__)?';
// ":" or a spaced dash; the closing bold may sit on either side of it ("**HPI:**", "**HPI**:").
const SEPARATOR = `${BOLD}(?:${WS}*:|${WS}+[-\u2013\u2014](?=${WS}|$))${BOLD}${WS}*`;
// A label alone on its line, optionally bold; nothing but blanks may follow.
const ALONE = `${BOLD}${WS}*(?=$)`;

const SECTIONS: readonly Entry<SectionId>[] = [
  ['history', 'patient history|history|hx'],
  ['exam', 'physical examination|physical exam(?: findings)?|physical|examination|exam|pe'],
  [
    'ddx',
    'data interpretation|differential diagnos[ie]s|differential|ddx|assessment(?: (?:and|&) plan)?|impression|diagnos[ie]s',
  ],
  [
    'workup',
    'diagnostic (?:studies|study|work(?:-| )?up|tests|plan)|initial work(?:-| )?up|work(?:-| )?up|plan|studies|tests',
  ],
];

const HISTORY_FIELDS: readonly Entry<FieldId>[] = [
  ['hpi', 'history of (?:the )?present(?:ing)? illness|present illness|chief complaint|hopi|hpi|cc'],
  ['ros', 'review of systems|ros'],
  // "PMH/PSH: none": the past medical and surgical history in one field, read as the medical history.
  ['pmh', 'past medical history|medical history|past medical hx|med hx|pmh(?:x|/psh(?:/(?:allergies|meds|hospitalizations))?)?'],
  ['psh', 'past surgical history|surgical history|past surgical hx|surgical hx|surg hx|surghx|psurghx|pshx|psxh|psh|surgeries|surg'],
  ['meds', 'current medications|medications|medication|meds|med'],
  ['allergies', 'drug allergies|allergies|allergy|all'],
  // "SSH", "Social/sexual": social and sexual history in one field, as many examinees label it.
  ['sh', 'personal(?:/| and | & )social (?:history|hx)|personal (?:history|hx)|social(?:/| and | & )sexual(?: history| hx)?|social history|social hx|socialhx|soc hx|sochx|social|soc|sshx|ssh|shx|sh|occupation|diet|exercise'],
  ['fh', 'family history|family hx|fam history|fam hx|famhx|fmhx|fmh|fhx|fh|family|fam'],
  [
    'obgyn',
    'ob(?:[-/]| )?gyn(?: history| hx)?|ob(?: history| hx)?|gyn(?: history| hx)?|menstrual(?: history| hx)?|lmp',
  ],
  ['sexual', 'sexual history|sexual hx|sex hx|sexhx|sexual|sex'],
  // Parts of a history no rule grades: labelled so that they end the field before them ("All: NKDA⏎Immunizations: up to date").
  ['other-history', 'immunizations|immunization|vaccinations|vaccination|vaccines|birth history|birth hx|birth|growth and development|growth|development|developmental history|hospitalizations|hospitalization|trauma'],
];

const EXAM_FIELDS: readonly Entry<FieldId>[] = [
  ['vitals', 'vital signs|vitals|vs|v/s'],
  ['general', 'general appearance|appearance|general|gen'],
];

const SUPPORT: readonly Entry<'history' | 'exam'>[] = [
  ['history', '(?:supporting )?(?:history|hx|hist|hpi)(?: findings)?'],
  ['exam', '(?:supporting )?(?:physical examination|physical exam|pe|exam)(?: findings)?'],
];

// Labels inside the vital signs, never an exam system of their own.
const VITAL_SIGN_WORDS = new Set([
  'bp', 'hr', 'rr', 't', 'temp', 'temperature', 'pulse', 'spo2', 'o2 sat', 'sat', 'sao2', 'wt', 'weight', 'ht',
  'height', 'bmi', 'pain', 'note', 'patient', 'pt', 'comment', 'comments',
]);

interface Matcher<T extends string> {
  readonly ids: readonly T[];
  /** Label with a separator or alone on the line. */
  readonly atLineStart: RegExp;
  /** Label with a separator only, for labels found mid-line. */
  readonly midLine: RegExp;
}

function matcher<T extends string>(entries: readonly Entry<T>[]): Matcher<T> {
  const names = entries.map(([, pattern]) => `(${pattern.replace(/ /g, `${WS}+`)})`).join('|');
  const head = `(${BOLD})(?:${names})(?![A-Za-z0-9])`;
  return {
    ids: entries.map(([id]) => id),
    atLineStart: new RegExp(`${head}(?:${SEPARATOR}|${ALONE})`, 'iy'),
    midLine: new RegExp(`${head}${SEPARATOR}`, 'iy'),
  };
}

const SECTION_MATCHER = matcher(SECTIONS);
const HISTORY_MATCHER = matcher(HISTORY_FIELDS);
const EXAM_MATCHER = matcher(EXAM_FIELDS);
const SUPPORT_MATCHER = matcher(SUPPORT);
const GENERIC_EXAM = {
  ids: ['exam-system'] as const,
  atLineStart: new RegExp(
    `(${BOLD})([A-Za-z][A-Za-z/&-]*(?:${WS}[A-Za-z/&-]+){0,2})${BOLD}(?:${WS}*:|${WS}+[-\u2013\u2014]${WS})${BOLD}${WS}*`,
    'y',
  ),
  midLine: new RegExp(`(${BOLD})([A-Za-z][A-Za-z/&-]*(?:${WS}[A-Za-z/&-]+){0,2})${BOLD}${WS}*:${BOLD}${WS}*`, 'y'),
} satisfies Matcher<'exam-system'>;
// "NKDA" documents allergies by itself, with no separator after it.
const NKDA = /(\*\*|__)?(NKDA|NKA)(?![A-Za-z0-9])(?:\*\*|__)?/iy;

function run<T extends string>(m: Matcher<T>, text: string, at: number, midLine: boolean): LabelMatch<T> | undefined {
  const regex = midLine ? m.midLine : m.atLineStart;
  regex.lastIndex = at;
  const match = regex.exec(text);
  if (!match) return undefined;
  const group = match.findIndex((value, index) => index >= 2 && value !== undefined);
  const id = m.ids[group - 2];
  const label = match[group];
  if (id === undefined || label === undefined) return undefined;
  const labelStart = at + (match[1]?.length ?? 0);
  return { id, label, labelStart, labelEnd: labelStart + label.length, bodyStart: at + match[0].length };
}

export function matchSectionLabel(text: string, at: number): LabelMatch<SectionId> | undefined {
  return run(SECTION_MATCHER, text, at, false);
}

export function matchSupportLabel(text: string, at: number, midLine = false): LabelMatch<'history' | 'exam'> | undefined {
  return run(SUPPORT_MATCHER, text, at, midLine);
}

export function matchHistoryField(text: string, at: number, midLine: boolean): LabelMatch<FieldId> | undefined {
  const found = run(HISTORY_MATCHER, text, at, midLine);
  if (found) return found;
  NKDA.lastIndex = at;
  const nkda = NKDA.exec(text);
  const label = nkda?.[2];
  if (!nkda || label === undefined) return undefined;
  const labelStart = at + (nkda[1]?.length ?? 0);
  // The body is the label itself: "NKDA" is the allergy history.
  return { id: 'allergies', label, labelStart, labelEnd: labelStart + label.length, bodyStart: labelStart, bodyEnd: labelStart + label.length };
}

export function matchExamField(text: string, at: number, midLine: boolean): LabelMatch<FieldId> | undefined {
  const found = run(EXAM_MATCHER, text, at, midLine);
  if (found) return found;
  const generic = run(GENERIC_EXAM, text, at, midLine);
  if (!generic || VITAL_SIGN_WORDS.has(generic.label.toLowerCase().replace(/\s+/g, ' '))) return undefined;
  return generic;
}

/** Whether a History label should open an implied exam section ("VS:" straight after the history). */
export function isVitalsLabel(text: string, at: number): boolean {
  return run(EXAM_MATCHER, text, at, false)?.id === 'vitals';
}
