// A written word's forms (its text, lowercase form and word id), found from the characters of the
// note itself: a word met before costs a hash of its characters and one compare, with no string cut
// out of the note and no Map look-up by a string that was never hashed. The tokenizer asks this of
// every word of every keystroke.
import { wordId } from '../text/wordIds';

/** A written word as the tokenizer gives it. */
export interface WordForms {
  /** The word as written (one shared string per distinct spelling). */
  readonly raw: string;
  /** Lowercased, curly apostrophes straightened. */
  readonly lower: string;
  /** The id of `lower` (text/wordIds.ts), or NO_WORD_ID. */
  readonly id: number;
}

const CURLY_APOSTROPHE = '’';

export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes(CURLY_APOSTROPHE) ? lower.split(CURLY_APOSTROPHE).join("'") : lower;
}

function newForms(raw: string): WordForms {
  const lower = normalizeWord(raw);
  return { raw, lower, id: wordId(lower) };
}

/** Spellings remembered; past it a new spelling is worked out each time it is met. */
const MAX_FORMS = 100_000;
/** The table doubles past this share of slots used, which keeps probe runs short. */
const MAX_LOAD = 0.5;
const EMPTY = -1;

/** Nearly half the tokens of a note are one ASCII character (",", ".", "-", "2", "x"): read from an array. */
const ASCII_FORMS: (WordForms | undefined)[] = new Array<WordForms | undefined>(128).fill(undefined);

/** Open addressing by the spellings' hashes: each slot holds an index into `known`, or EMPTY. */
let slots = new Int32Array(1 << 12).fill(EMPTY);
const known: WordForms[] = [];
const hashes: number[] = [];

/** FNV-1a over the UTF-16 code units of text[start, end). */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 0;
}

function sameSpelling(raw: string, text: string, start: number, end: number): boolean {
  if (raw.length !== end - start) return false;
  for (let k = 0; k < raw.length; k++) if (raw.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** The forms of the word written at text[start, end). */
export function wordFormsAt(text: string, start: number, end: number): WordForms {
  if (end - start === 1) {
    const code = text.charCodeAt(start);
    if (code < 128) return (ASCII_FORMS[code] ??= newForms(text.charAt(start)));
  }
  const hash = hashOf(text, start, end);
  const mask = slots.length - 1;
  let slot = hash & mask;
  for (let at = slots[slot] as number; at !== EMPTY; at = slots[slot] as number) {
    const forms = known[at] as WordForms;
    if (hashes[at] === hash && sameSpelling(forms.raw, text, start, end)) return forms;
    slot = (slot + 1) & mask;
  }
  const forms = newForms(text.slice(start, end));
  if (known.length < MAX_FORMS) remember(forms, hash, slot);
  return forms;
}

function remember(forms: WordForms, hash: number, slot: number): void {
  slots[slot] = known.length;
  known.push(forms);
  hashes.push(hash);
  if (known.length > slots.length * MAX_LOAD) grow();
}

function grow(): void {
  slots = new Int32Array(slots.length * 2).fill(EMPTY);
  const mask = slots.length - 1;
  for (let at = 0; at < known.length; at++) {
    let slot = (hashes[at] as number) & mask;
    while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
    slots[slot] = at;
  }
}
