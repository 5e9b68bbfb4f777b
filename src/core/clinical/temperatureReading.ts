// A measured temperature written in the note documents fever: "temp 100.8 at home" is a fever,
// "temperature was 98.6" says there was none. Fever is a temperature of 38.0 °C (100.4 °F) or more;
// a reading that is raised but under that line is left unread rather than guessed.
import type { Token } from './normalize';
import { startsWithDigit } from '../text/chars';

/** Words that name a temperature reading. "T" alone is too often something else in a history. */
const TEMPERATURE_WORDS = new Set(['temp', 'temps', 'temperature', 'temperatures', 'tmax', 't-max', 'thermometer']);
/** Words between the name and the value: "temp of 101", "temperature was up to 102", "temp: 38.5". */
const VALUE_LINKS = new Set([':', '=', 'of', 'was', 'is', 'were', 'has', 'been', 'up', 'to', 'as', 'high', 'reached', 'at', 'around', 'about', '~', 'read', 'reads', 'showed', 'said', 'highest', 'max', 'maximum', ',']);
const MAX_LINKS = 3;

const FEVER_FAHRENHEIT = 100.4;
const FEVER_CELSIUS = 38.0;
/** At or below these a reading is normal: "afebrile" in numbers. */
const NORMAL_FAHRENHEIT = 99.5;
const NORMAL_CELSIUS = 37.5;

/** A temperature reading: its token range and whether it is a fever. */
export interface TemperatureReading {
  /** First and last token of the reading, name to value. */
  readonly first: number;
  readonly last: number;
  readonly fever: boolean;
}

/** A number at `p`, with a decimal part written as "100", ".", "8" by the tokenizer; its last token. */
function numberAt(tokens: readonly Token[], p: number): { value: number; last: number } | undefined {
  const tok = tokens[p];
  if (!tok || tok.newlineBefore) return undefined;
  // "101F", "38.5C" and "38c" glue the unit to the number.
  const whole = /^(\d{2,3})(?:°?[fc])?$/.exec(tok.lower);
  if (!whole) return undefined;
  const dot = tokens[p + 1];
  const decimals = tokens[p + 2];
  if (dot && decimals && dot.text === '.' && !dot.spaceBefore && !decimals.spaceBefore && /^\d(?:°?[fc])?$/.test(decimals.lower)) {
    return { value: Number(`${whole[1]}.${decimals.lower[0]}`), last: p + 2 };
  }
  return { value: Number(whole[1]), last: p };
}

/** Words that give a reading stated later in the clause: "took her temperature at home and it was 38.2". */
const LATER_VALUE_VERBS = new Set(['was', 'is', 'were', 'read', 'showed']);
const LATER_VALUE_REACH = 8;

/** A value given by "was/read <number>" within a few words, before the clause ends. */
function valueLaterInClause(tokens: readonly Token[], from: number): { value: number; last: number } | undefined {
  for (let q = from; q < tokens.length && q < from + LATER_VALUE_REACH; q++) {
    const tok = tokens[q] as Token;
    if (tok.newlineBefore || tok.text === '.' || tok.text === ';') return undefined;
    if (LATER_VALUE_VERBS.has(tok.lower)) {
      const reading = numberAt(tokens, q + 1);
      if (reading) return reading;
    }
  }
  return undefined;
}

/** Whether a value is a fever, a normal temperature, or neither (raised but under fever, or not a body temperature). */
function classify(value: number): boolean | undefined {
  const celsius = value >= 34 && value <= 43;
  const fahrenheit = value >= 93 && value <= 110;
  if (celsius) return value >= FEVER_CELSIUS ? true : value <= NORMAL_CELSIUS ? false : undefined;
  if (fahrenheit) return value >= FEVER_FAHRENHEIT ? true : value <= NORMAL_FAHRENHEIT ? false : undefined;
  return undefined;
}

const UNIT_WORDS = new Set(['f', 'c', 'fahrenheit', 'celsius']);
/** "degrees" alone is as often an angle ("straight leg raise at 40 degrees"): only with F or C. */
const DEGREE_WORDS = new Set(['degrees', 'deg', 'degree']);

/** The token that ends the unit after a number that ended at `last`: "100.6 F", "38.5 °C", "101 degrees F". */
function unitEnd(tokens: readonly Token[], last: number): number | undefined {
  if (/[fc]$/.test((tokens[last] as Token).lower)) return last;
  let p = last + 1;
  const at = (q: number): Token | undefined => (tokens[q] && !(tokens[q] as Token).newlineBefore ? tokens[q] : undefined);
  if (at(p)?.text === '°' || DEGREE_WORDS.has(at(p)?.lower ?? '')) p++;
  const unit = at(p);
  if (!unit || !UNIT_WORDS.has(unit.lower)) return undefined;
  // "24 F" is an age and a sex: the range check keeps it out; "101 F" has no other reading.
  return p;
}

/** A number with its unit written, outside a temperature word's reach: "felt warm, 100.6 F at home". */
function unitReadingAt(tokens: readonly Token[], i: number): TemperatureReading | undefined {
  const previous = tokens[i - 1];
  // The middle of "120/80" or of a decimal is not a reading of its own.
  if (previous && !previous.spaceBefore && /^[/.\d]/.test(previous.text) && !(tokens[i] as Token).spaceBefore) return undefined;
  const reading = numberAt(tokens, i);
  if (!reading) return undefined;
  const end = unitEnd(tokens, reading.last);
  if (end === undefined) return undefined;
  const fever = classify(reading.value);
  return fever === undefined ? undefined : { first: i, last: end, fever };
}

/**
 * Temperature readings in the tokens: a temperature word, up to three linking words, a number of
 * degrees Fahrenheit or Celsius; or a number with its unit written ("100.6 F"). `covered(k)` says a
 * token is already part of a lexicon match ("low grade temp"), whose reading the lexicon has made.
 */
export function temperatureReadings(tokens: readonly Token[], covered: (k: number) => boolean): TemperatureReading[] {
  const out: TemperatureReading[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    if (tok.isWord && startsWithDigit(tok.lower)) {
      const withUnit = covered(i) ? undefined : unitReadingAt(tokens, i);
      if (withUnit) {
        out.push(withUnit);
        i = withUnit.last;
      }
      continue;
    }
    if (!tok.isWord || !TEMPERATURE_WORDS.has(tok.lower) || covered(i)) continue;
    let p = i + 1;
    for (let links = 0; links < MAX_LINKS && VALUE_LINKS.has(tokens[p]?.lower ?? '') && !(tokens[p] as Token).newlineBefore; links++) p++;
    const reading = numberAt(tokens, p) ?? valueLaterInClause(tokens, p);
    if (!reading) continue;
    const fever = classify(reading.value);
    if (fever === undefined) continue;
    out.push({ first: i, last: reading.last, fever });
    i = reading.last;
  }
  return out;
}
