// Knowledge compiled for fast look-up: lexicons built once per Knowledge object, maps by id.
import { compileLexicon, type CompiledLexicon } from './compiledLexicon';
import type {
  ComplaintKnowledge,
  DiagnosisConcept,
  ExamManeuver,
  FindingConcept,
  Knowledge,
  TestConcept,
  TreatmentConcept,
} from './types';

export interface KnowledgeIndex {
  readonly knowledge: Knowledge;
  readonly findingLexicon: CompiledLexicon;
  readonly diagnosisLexicon: CompiledLexicon;
  readonly testLexicon: CompiledLexicon;
  readonly treatmentLexicon: CompiledLexicon;
  readonly maneuverLexicon: CompiledLexicon;
  readonly complaintById: ReadonlyMap<string, ComplaintKnowledge>;
  /** The complaint each presenting finding identifies (the first complaint that lists it). */
  readonly complaintByPresentingFinding: ReadonlyMap<string, ComplaintKnowledge>;
  readonly findingById: ReadonlyMap<string, FindingConcept>;
  readonly diagnosisById: ReadonlyMap<string, DiagnosisConcept>;
  readonly testById: ReadonlyMap<string, TestConcept>;
  readonly treatmentById: ReadonlyMap<string, TreatmentConcept>;
  readonly maneuverById: ReadonlyMap<string, ExamManeuver>;
}

// Compiling lexicons is the costly part of a check; a knowledge object is immutable, so cache per object.
const cache = new WeakMap<Knowledge, KnowledgeIndex>();

function byId<T extends { readonly id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function byPresentingFinding(complaints: readonly ComplaintKnowledge[]): ReadonlyMap<string, ComplaintKnowledge> {
  const out = new Map<string, ComplaintKnowledge>();
  for (const complaint of complaints) {
    for (const finding of complaint.presentingFindings ?? []) if (!out.has(finding)) out.set(finding, complaint);
  }
  return out;
}

export function indexKnowledge(knowledge: Knowledge): KnowledgeIndex {
  const cached = cache.get(knowledge);
  if (cached) return cached;
  const index: KnowledgeIndex = {
    knowledge,
    findingLexicon: compileLexicon(knowledge.findings),
    diagnosisLexicon: compileLexicon(knowledge.diagnoses),
    testLexicon: compileLexicon(knowledge.tests),
    treatmentLexicon: compileLexicon(knowledge.treatments),
    maneuverLexicon: compileLexicon(knowledge.maneuvers),
    complaintById: byId(knowledge.complaints),
    complaintByPresentingFinding: byPresentingFinding(knowledge.complaints),
    findingById: byId(knowledge.findings),
    diagnosisById: byId(knowledge.diagnoses),
    testById: byId(knowledge.tests),
    treatmentById: byId(knowledge.treatments),
    maneuverById: byId(knowledge.maneuvers),
  };
  cache.set(knowledge, index);
  return index;
}

/** Tests that address a diagnosis, in the order the knowledge lists them (the first is the usual choice). */
export function testsForDiagnosis(index: KnowledgeIndex, diagnosisId: string): TestConcept[] {
  const tests = index.knowledge.tests.filter((test) => !test.sensitiveExam && test.addresses.includes(diagnosisId));
  const first = index.diagnosisById.get(diagnosisId)?.firstTest;
  // The diagnosis's own first test leads; the rest keep their order.
  return first === undefined ? tests : [...tests.filter((test) => test.id === first), ...tests.filter((test) => test.id !== first)];
}
