// One pass of the matcher over a parsed note; every rule reads this instead of matching again.
import { findConceptSpans, findMentions, firstConceptIn } from '../clinical/matcher';
import { TokenizedText } from '../clinical/tokenizedText';
import type { KnowledgeIndex } from '../clinical/knowledgeIndex';
import type { ConceptSpan, Mention } from '../clinical/mention';
import type { DiagnosisConcept, TestConcept, TreatmentConcept } from '../clinical/types';
import { fieldById, hpiSpanOf, sectionById, type DiagnosisEntry, type NoteField, type NoteModel, type StudyEntry } from '../note/model';
import { namesARelative } from '../clinical/familyHistory';
import type { Span } from '../types';

export interface AnalyzedDiagnosis {
  readonly entry: DiagnosisEntry;
  readonly concept: DiagnosisConcept | undefined;
  /** Findings named in the diagnosis's History/PE support lines. */
  readonly support: readonly Mention[];
}

export interface AnalyzedStudy {
  readonly entry: StudyEntry;
  readonly test: TestConcept | undefined;
  /** The treatment or consult the study names; looked up only when it names no test. */
  readonly treatment: TreatmentConcept | undefined;
}

export interface NoteAnalysis {
  /** The note tokenized once: rules that match a region again take its tokens from here. */
  readonly tokens: TokenizedText;
  /** Where the history is: its section, or the whole note when it has no sections at all. */
  readonly historySpan: Span | undefined;
  readonly hpiSpan: Span | undefined;
  readonly rosSpan: Span | undefined;
  readonly examSpan: Span | undefined;
  readonly history: readonly Mention[];
  readonly hpi: readonly Mention[];
  readonly ros: readonly Mention[];
  readonly exam: readonly Mention[];
  /** Exam maneuvers named in the exam; a maneuver counts as done whatever the findings' polarity. */
  readonly maneuvers: readonly ConceptSpan[];
  readonly diagnoses: readonly AnalyzedDiagnosis[];
  readonly studies: readonly AnalyzedStudy[];
}

/** Whether `span` lies within `region` (never, when there is no region). */
function inside(span: Span, region: Span | undefined): boolean {
  return region !== undefined && span.start >= region.start && span.end <= region.end;
}

function within(mentions: readonly Mention[], span: Span | undefined): Mention[] {
  return span ? mentions.filter((mention) => inside(mention.span, span)) : [];
}

function historySpanOf(note: NoteModel): Span | undefined {
  const history = sectionById(note, 'history');
  if (history) return history.span;
  if (note.sections.length > 0) return undefined;
  // A note typed as one block with no labels at all is all history.
  const start = note.frontMatter ? note.frontMatter.span.end : 0;
  return note.text.slice(start).trim().length > 0 ? { start, end: note.text.length } : undefined;
}

/** The concept a diagnosis line or study names: its first, longest match. */
function firstConcept<T>(
  tokens: TokenizedText,
  span: Span,
  lexicon: KnowledgeIndex['testLexicon'],
  byId: ReadonlyMap<string, T>,
): T | undefined {
  const id = firstConceptIn(tokens, lexicon, span);
  return id === undefined ? undefined : byId.get(id);
}

function analyzeDiagnosis(tokens: TokenizedText, index: KnowledgeIndex, entry: DiagnosisEntry): AnalyzedDiagnosis {
  // A loop, not flatMap, which costs V8 several times as much on every check.
  const support: Mention[] = [];
  for (const line of entry.support) for (const mention of findMentions(tokens, index.findingLexicon, line.span)) support.push(mention);
  return {
    entry,
    concept: firstConcept(tokens, entry.nameSpan, index.diagnosisLexicon, index.diagnosisById),
    support,
  };
}

function analyzeStudy(tokens: TokenizedText, index: KnowledgeIndex, entry: StudyEntry): AnalyzedStudy {
  const test = firstConcept(tokens, entry.span, index.testLexicon, index.testById);
  const treatment = test ? undefined : firstConcept(tokens, entry.span, index.treatmentLexicon, index.treatmentById);
  return { entry, test, treatment };
}

/** The first line break at or after `from`, or `end`. */
function lineEnd(text: string, from: number, end: number): number {
  const at = text.indexOf('\n', from);
  return at === -1 || at > end ? end : at;
}

const LIST_ITEM = /^[ \t]*(?:[-*+\u2022]|\d+[.)])[ \t]/;

/**
 * The part of a family-history or allergy field that is about them: its first line, then each next
 * line that goes on with it. Examinees often write the social history on the line after "FH:" with no
 * label ("FH: dad MI⏎No smoking, 3 beers a week"), and that line is about the patient again.
 */
function othersSpan(text: string, field: NoteField, goesOn: (line: Span, firstWasEmpty: boolean) => boolean): Span {
  const { start, end } = field.span;
  const firstWasEmpty = field.span.start >= field.labelSpan.end && text.slice(field.labelSpan.end, start).includes('\n');
  let to = lineEnd(text, start, end);
  while (to < end) {
    const next = { start: to + 1, end: lineEnd(text, to + 1, end) };
    if (!goesOn(next, firstWasEmpty)) break;
    to = next.end;
  }
  return { start, end: to };
}

/** A family-history line goes on with the field when it names a relative, or as an item of a list under a bare label. */
function familyLineGoesOn(tokens: TokenizedText, line: Span, firstWasEmpty: boolean): boolean {
  if (firstWasEmpty && LIST_ITEM.test(tokens.text.slice(line.start, line.end))) return true;
  return tokens.tokensIn(line).some(namesARelative);
}

/** An allergy line goes on with the field as an item of a list: "Allergies:⏎- penicillin (hives)⏎- sulfa". */
function allergyLineGoesOn(text: string, line: Span): boolean {
  return LIST_ITEM.test(text.slice(line.start, line.end));
}

/** The family-history and allergy parts of the note's fields (othersSpan). */
function othersRegions(note: NoteModel, tokens: TokenizedText): { family: Span[]; allergies: Span[] } {
  const family: Span[] = [];
  const allergies: Span[] = [];
  for (const section of note.sections) {
    for (const field of section.fields) {
      if (field.id === 'fh') family.push(othersSpan(note.text, field, (line, empty) => familyLineGoesOn(tokens, line, empty)));
      else if (field.id === 'allergies') allergies.push(othersSpan(note.text, field, (line) => allergyLineGoesOn(note.text, line)));
    }
  }
  return { family, allergies };
}

function insideAny(span: Span, regions: readonly Span[]): boolean {
  return regions.some((region) => inside(span, region));
}

/**
 * Findings named in fields that are not about the patient's present illness: the family history
 * ("FH: mother with hypertension and diabetes" documents neither for the patient; only family-history
 * concepts are kept from it) and the allergies ("Penicillin (rash)" is a past reaction, not a rash).
 */
function withoutOthersFindings(mentions: Mention[], note: NoteModel, tokens: TokenizedText, index: KnowledgeIndex): Mention[] {
  const { family, allergies } = othersRegions(note, tokens);
  if (family.length === 0 && allergies.length === 0) return mentions;
  return mentions.filter((mention) => {
    if (insideAny(mention.span, allergies)) return false;
    return !insideAny(mention.span, family) || index.findingById.get(mention.concept)?.familyConditions !== undefined;
  });
}

/** A History is where examinees sign findings line by line: "+ nausea" / "- headache". */
const HISTORY_READING = { signedLines: true } as const;

export function analyzeNote(note: NoteModel, index: KnowledgeIndex): NoteAnalysis {
  const historySpan = historySpanOf(note);
  const hpiSpan = hpiSpanOf(note) ?? historySpan;
  const rosSpan = fieldById(note, 'ros')?.span;
  const examSpan = sectionById(note, 'exam')?.span;
  // Tokenized once for every region read below.
  const tokens = new TokenizedText(note.text);
  const history = historySpan ? withoutOthersFindings(findMentions(tokens, index.findingLexicon, historySpan, HISTORY_READING), note, tokens, index) : [];
  return {
    tokens,
    historySpan,
    hpiSpan,
    rosSpan,
    examSpan,
    history,
    hpi: within(history, hpiSpan),
    ros: within(history, rosSpan),
    exam: examSpan ? findMentions(tokens, index.findingLexicon, examSpan) : [],
    maneuvers: examSpan ? findConceptSpans(tokens, index.maneuverLexicon, examSpan) : [],
    diagnoses: note.diagnoses.map((entry) => analyzeDiagnosis(tokens, index, entry)),
    studies: note.studies.map((entry) => analyzeStudy(tokens, index, entry)),
  };
}
