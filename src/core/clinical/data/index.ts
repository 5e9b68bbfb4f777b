// The built-in clinical knowledge: every lexicon and complaint, assembled.
import type {
  ComplaintKnowledge,
  DiagnosisConcept,
  ExamManeuver,
  FindingConcept,
  Knowledge,
  TestConcept,
  TreatmentConcept,
} from '../types';
import { complaintsPart1 } from './complaints';
import { complaintsPart2 } from './complaints-more';
import { complaintsPart3 } from './complaints-psych';
import { abdominalDiagnoses, cardiopulmonaryDiagnoses, genitourinaryDiagnoses } from './diagnoses';
import { endocrineDiagnoses, musculoskeletalDiagnoses, neurologicalDiagnoses, psychiatricDiagnoses } from './diagnoses-neuro-psych';
import { historyFindings } from './findings-history';
import { neuroPsychFindings } from './findings-neuro-psych';
import { symptomFindings } from './findings-symptoms';
import { maneuvers as maneuverList } from './maneuvers';
import { cardiopulmonaryTests, labTests } from './tests';
import { endoscopyAndSpecimenTests, imagingTests, sensitiveExams } from './tests-imaging';
import { treatments as treatmentList } from './treatments';

export const findings: readonly FindingConcept[] = [...symptomFindings, ...neuroPsychFindings, ...historyFindings];

export const diagnoses: readonly DiagnosisConcept[] = [
  ...cardiopulmonaryDiagnoses,
  ...abdominalDiagnoses,
  ...genitourinaryDiagnoses,
  ...neurologicalDiagnoses,
  ...musculoskeletalDiagnoses,
  ...psychiatricDiagnoses,
  ...endocrineDiagnoses,
];

export const tests: readonly TestConcept[] = [
  ...cardiopulmonaryTests,
  ...labTests,
  ...imagingTests,
  ...endoscopyAndSpecimenTests,
  ...sensitiveExams,
];

export const treatments: readonly TreatmentConcept[] = treatmentList;

export const maneuvers: readonly ExamManeuver[] = maneuverList;

export const complaints: readonly ComplaintKnowledge[] = [...complaintsPart1, ...complaintsPart2, ...complaintsPart3];

export const builtinKnowledge: Knowledge = { complaints, findings, diagnoses, tests, treatments, maneuvers };
