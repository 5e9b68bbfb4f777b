// Who the patient is, as far as the note's opening says: sex decides which red flags apply, age which maneuvers.
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

// "32 yo F", "45-year-old", "17 y/o", "a 28 year old", "45M", "70 yrs old": a number of years said to be the patient's age.
// A bare "M"/"F" counts only before what opens the complaint ("45M with", "60F c/o"), not in "3 M ago".
const AGE = /(?<!\b(?:x|for|past|last|over)\s*)\b(\d{1,3})(?:\s*-?\s*(?:y\.?\s?o\b\.?|y\/o\b|yrs?\s*-?\s*old\b|years?\s*-?\s*old\b|yo\b)|\s?[mf]\b(?=\s*(?:$|[,.:;(]|with\b|w\/|c\/o\b|presents?\b|presenting\b|complains?\b|complaining\b|who\b|here\b|comes?\b|came\b|reports?\b|has\b|is\b)))/i;
/** Oldest age taken as an age: "150 yo" is a typo for something else. */
const OLDEST = 120;

/** The patient's age in years from the opening of the history; undefined when it says none. */
export function inferAge(text: string, history: Span | undefined): number | undefined {
  if (!history) return undefined;
  const match = AGE.exec(text.slice(history.start, Math.min(history.end, history.start + 160)));
  const age = match ? Number(match[1]) : NaN;
  return age > 0 && age <= OLDEST ? age : undefined;
}
