// One pass of the matcher over a parsed note; every rule reads this instead of matching again.
import { findConceptSpans, findMentions, firstConceptIn } from '../clinical/matcher';
import { TokenizedText } from '../clinical/tokenizedText';
import type { KnowledgeIndex } from '../clinical/knowledgeIndex';
import type { ConceptSpan, Mention } from '../clinical/mention';
import type { DiagnosisConcept, TestConcept, TreatmentConcept } from '../clinical/types';
import { fieldById, hpiSpanOf, sectionById, type DiagnosisEntry, type NoteModel, type StudyEntry } from '../note/model';
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
  return {
    entry,
    test: firstConcept(tokens, entry.span, index.testLexicon, index.testById),
    treatment: firstConcept(tokens, entry.span, index.treatmentLexicon, index.treatmentById),
  };
}

/**
 * Findings named in fields that are not about the patient's present illness: the family history
 * ("FH: mother with hypertension and diabetes" documents neither for the patient; only family-history
 * concepts are kept from it) and the allergies ("Penicillin (rash)" is a past reaction, not a rash).
 */
function withoutOthersFindings(mentions: Mention[], note: NoteModel, index: KnowledgeIndex): Mention[] {
  const family = fieldById(note, 'fh')?.span;
  const allergies = fieldById(note, 'allergies')?.span;
  if (!family && !allergies) return mentions;
  return mentions.filter((mention) => {
    if (inside(mention.span, allergies)) return false;
    return !inside(mention.span, family) || index.findingById.get(mention.concept)?.familyConditions !== undefined;
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
  const history = historySpan ? withoutOthersFindings(findMentions(tokens, index.findingLexicon, historySpan, HISTORY_READING), note, index) : [];
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
