// Who the patient is, as far as the note's opening says: sex decides which red flags apply.
import type { PatientSex } from '../clinical/types';
import type { Span } from '../types';

// "45 yo M", "45M", "45 y/o F", "45-year-old woman", "male", "Mrs." … in the first words of the HPI.
const FEMALE = /\b(?:female|woman|girl|lady|mrs|ms|f)\b|\d+\s*(?:y(?:ears?)?[\s/.-]*o(?:ld)?\.?)?\s*f\b/i;
const MALE = /\b(?:male|man|boy|gentleman|mr|m)\b|\d+\s*(?:y(?:ears?)?[\s/.-]*o(?:ld)?\.?)?\s*m\b/i;

function countOf(text: string, pattern: RegExp): number {
  return (text.match(pattern) ?? []).length;
}

/** The patient's sex from the opening of the history, else from pronouns; undefined when unclear. */
export function inferSex(text: string, history: Span | undefined): PatientSex | undefined {
  if (!history) return undefined;
  const body = text.slice(history.start, history.end);
  const opening = body.slice(0, 160);
  const female = FEMALE.exec(opening);
  const male = MALE.exec(opening);
  if (female && (!male || female.index < male.index)) return 'female';
  if (male) return 'male';
  const she = countOf(body, /\b(?:she|her|hers)\b/gi);
  const he = countOf(body, /\b(?:he|him|his)\b/gi);
  if (she > he) return 'female';
  if (he > she) return 'male';
  return undefined;
}
