// Tokenization and light normalization shared by the matcher, negation and fuzzy matching.
// Pure string code: runs in Node and in a web worker.
import { wordId } from '../text/wordIds';
import { isWhitespace } from '../text/chars';

/** One token of the note: a run of letters/digits (with inner apostrophes) or a single symbol. */
export interface Token {
  /** Text as written. */
  readonly text: string;
  /** Lowercased, curly apostrophes straightened. */
  readonly lower: string;
  /** The id of `lower` (text/wordIds.ts), or NO_WORD_ID. */
  readonly id: number;
  /** Offsets into the full text (not into the region). */
  readonly start: number;
  readonly end: number;
  readonly isWord: boolean;
  /** Whitespace separates this token from the previous one (true for the first token). */
  readonly spaceBefore: boolean;
  /** A line break separates this token from the previous one. */
  readonly newlineBefore: boolean;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const CURLY_APOSTROPHE = '’';

export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes(CURLY_APOSTROPHE) ? lower.split(CURLY_APOSTROPHE).join("'") : lower;
}

// Character classes by code point, with an ASCII fast path: the tokenizer runs on every keystroke.
function isAsciiLetter(cp: number): boolean {
  return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
}

function isLetterOrNumber(cp: number): boolean {
  if (cp < 128) return isAsciiLetter(cp) || (cp >= 48 && cp <= 57);
  return LETTER_OR_NUMBER.test(String.fromCodePoint(cp));
}

/** Whether a token's text is a word (it starts with a letter or digit), as tokenize marks isWord, or a symbol. */
export function isWordText(text: string): boolean {
  const cp = text.codePointAt(0);
  return cp !== undefined && isLetterOrNumber(cp);
}

function isLetter(cp: number): boolean {
  return cp < 128 ? isAsciiLetter(cp) : LETTER.test(String.fromCodePoint(cp));
}

function isApostrophe(cp: number): boolean {
  return cp === 39 || cp === 0x2019;
}

/** The code point at `i`, never reading at or past `to` (half a surrogate pair there stands alone). */
function codePointBefore(text: string, i: number, to: number): number {
  const cp = text.codePointAt(i) as number;
  return cp > 0xffff && i + 1 >= to ? text.charCodeAt(i) : cp;
}

function width(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

/** End of a word starting at `i`: letters and digits, then any "'s"-like groups of an apostrophe and letters. */
function wordEnd(text: string, i: number, to: number): number {
  let end = i;
  while (end < to) {
    const cp = codePointBefore(text, end, to);
    if (!isLetterOrNumber(cp)) break;
    end += width(cp);
  }
  while (end + 1 < to && isApostrophe(text.charCodeAt(end)) && isLetter(codePointBefore(text, end + 1, to))) {
    end++;
    while (end < to) {
      const cp = codePointBefore(text, end, to);
      if (!isLetter(cp)) break;
      end += width(cp);
    }
  }
  return end;
}

/** A written word: its text (one string shared by every token written so), lowercase form and id. */
interface WordForms {
  readonly text: string;
  readonly lower: string;
  readonly id: number;
}

/** Written forms remembered; past it a new form is worked out each time it is met. */
const MAX_FORMS = 100_000;

/**
 * Written forms by their characters: an open-addressing table probed with the text's own characters,
 * so a word met before costs a hash and a compare, not a slice, a lowercasing and a Map look-up.
 */
class FormsTable {
  private slots: (WordForms | undefined)[] = new Array<WordForms | undefined>(1 << 12).fill(undefined);
  private hashes = new Int32Array(1 << 12);
  private count = 0;

  /** The forms of text[from, to), hashed as `hash`. */
  formsAt(text: string, from: number, to: number, hash: number): WordForms {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let known = this.slots[slot]; known !== undefined; known = this.slots[slot]) {
      if (this.hashes[slot] === hash && sameChars(known.text, text, from, to)) return known;
      slot = (slot + 1) & mask;
    }
    const forms = newForms(text.slice(from, to));
    if (this.count < MAX_FORMS) this.insert(slot, forms, hash);
    return forms;
  }

  private insert(slot: number, forms: WordForms, hash: number): void {
    this.slots[slot] = forms;
    this.hashes[slot] = hash;
    // Kept at most half full, so that a probe ends soon at an empty slot.
    if (++this.count * 2 > this.slots.length) this.grow();
  }

  private grow(): void {
    const oldSlots = this.slots;
    const oldHashes = this.hashes;
    this.slots = new Array<WordForms | undefined>(oldSlots.length * 2).fill(undefined);
    this.hashes = new Int32Array(oldSlots.length * 2);
    const mask = this.slots.length - 1;
    oldSlots.forEach((forms, k) => {
      if (forms === undefined) return;
      let slot = (oldHashes[k] as number) & mask;
      while (this.slots[slot] !== undefined) slot = (slot + 1) & mask;
      this.slots[slot] = forms;
      this.hashes[slot] = oldHashes[k] as number;
    });
  }
}

function sameChars(known: string, text: string, from: number, to: number): boolean {
  if (known.length !== to - from) return false;
  for (let k = 0; k < known.length; k++) if (known.charCodeAt(k) !== text.charCodeAt(from + k)) return false;
  return true;
}

/** A hash of text[from, to)'s UTF-16 code units. */
function hashOf(text: string, from: number, to: number): number {
  let hash = HASH_SEED;
  for (let k = from; k < to; k++) hash = Math.imul(hash ^ text.charCodeAt(k), HASH_PRIME);
  return finishHash(hash);
}

// FNV-1a's constants; finishHash folds the high bits into the low ones the table's mask keeps.
const HASH_SEED = 0x811c9dc5;
const HASH_PRIME = 0x01000193;

function finishHash(hash: number): number {
  return hash ^ (hash >>> 15);
}

const FORMS = new FormsTable();

/** The hash asciiWordEnd worked out on its way; module state, so that the hot loop allocates nothing. */
let asciiHash = 0;

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/**
 * The end of a plain ASCII word starting at `i`, hashing it on the way (asciiHash), or -1 when the
 * word goes on in other characters or past an apostrophe: then wordEnd and hashOf read it. Most
 * words of a note are plain ASCII, and one pass over them does both jobs.
 */
function asciiWordEnd(text: string, i: number, to: number): number {
  let hash = HASH_SEED;
  let end = i;
  for (; end < to; end++) {
    const code = text.charCodeAt(end);
    if (!isAsciiLetterOrDigit(code)) {
      if (code >= 128 || code === 39) return -1;
      break;
    }
    hash = Math.imul(hash ^ code, HASH_PRIME);
  }
  asciiHash = finishHash(hash);
  return end;
}

/** Nearly half the tokens of a note are one ASCII character (",", ".", "-", "2", "x"): read from an array. */
const ASCII_FORMS: (WordForms | undefined)[] = new Array<WordForms | undefined>(128).fill(undefined);

/** The forms of the word written at text[from, to). */
function formsOf(text: string, from: number, to: number): WordForms {
  if (to - from === 1) {
    const code = text.charCodeAt(from);
    if (code < 128) return (ASCII_FORMS[code] ??= newForms(text[from] as string));
  }
  return FORMS.formsAt(text, from, to, hashOf(text, from, to));
}

function newForms(written: string): WordForms {
  const text = detached(written);
  const lower = normalizeWord(text);
  return { text, lower, id: wordId(lower) };
}

/**
 * A copy of `slice` that holds its own characters. V8 keeps a long slice as a view into the whole
 * note, and the forms table and word ids keep their words for the session: kept as slices, every note
 * (every version of a note typed) that brought a new long word would stay in memory with it.
 */
function detached(slice: string): string {
  return slice.split('').join('');
}

/**
 * Split `text[from, to)` into tokens: runs of letters/digits (with inner apostrophes followed by
 * letters) and single non-space symbols. So "f/c" is `f` `/` `c` and "(-)" is `(` `-` `)`; "cpap"
 * stays one token, so the abbreviation "CP" never matches inside it.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  let gapStart = from;
  let newline = false;
  while (i < to) {
    const code = text.charCodeAt(i);
    // The commonest character of a note, skipped before any code-point work.
    if (code === 32) {
      i++;
      continue;
    }
    const cp = code < 0xd800 ? code : codePointBefore(text, i, to);
    // A code point past U+FFFF is never whitespace, for isWhitespace as for `\s`.
    if (isWhitespace(cp)) {
      if (cp === 10 || cp === 13) newline = true;
      i += width(cp);
      continue;
    }
    const isWord = isLetterOrNumber(cp);
    const asciiEnd = isWord ? asciiWordEnd(text, i, to) : -1;
    const end = asciiEnd >= 0 ? asciiEnd : isWord ? wordEnd(text, i, to) : i + width(cp);
    const forms = asciiEnd >= 0 ? FORMS.formsAt(text, i, end, asciiHash) : formsOf(text, i, end);
    tokens.push({
      text: forms.text,
      lower: forms.lower,
      id: forms.id,
      start: i,
      end,
      isWord,
      spaceBefore: tokens.length === 0 || i > gapStart,
      newlineBefore: newline,
    });
    i = end;
    gapStart = end;
    newline = false;
  }
  return tokens;
}

/**
 * `tok` with other spacing before it, built as tokenize builds tokens: a spread copy would get
 * another hidden class and make every read of a token's fields polymorphic.
 */
export function withSpacing(tok: Token, spaceBefore: boolean, newlineBefore: boolean): Token {
  return { text: tok.text, lower: tok.lower, id: tok.id, start: tok.start, end: tok.end, isWord: tok.isWord, spaceBefore, newlineBefore };
}

/** Clamp a region to the text. */
export function clampRegion(text: string, region?: { readonly start: number; readonly end: number }): {
  start: number;
  end: number;
} {
  if (!region) return { start: 0, end: text.length };
  const start = Math.max(0, Math.min(region.start, text.length));
  const end = Math.max(start, Math.min(region.end, text.length));
  return { start, end };
}

const VOWELS = /[aeiou]/;

/** Forms the suffix rules cannot reach ("the pain does not go to his arm" for "goes to"). */
const IRREGULAR_FORMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['go', ['goes', 'going', 'went', 'gone']],
  ['goes', ['go', 'going', 'went', 'gone']],
  ['going', ['go', 'goes', 'went', 'gone']],
  ['went', ['go', 'goes', 'going', 'gone']],
]);

/**
 * Candidate base/inflected forms of a lowercase word: plural s/es/ies, -ing, -ed (with silent e
 * and doubled consonant). The word itself is not included. Only the forms present in a
 * vocabulary are used by callers, so over-generation is harmless.
 */
export function inflectionVariants(word: string): string[] {
  const irregular = IRREGULAR_FORMS.get(word);
  if (irregular) return [...irregular];
  const out: string[] = [];
  const n = word.length;
  if (n < 3 || !/^[a-z]+$/.test(word)) return out;
  out.push(word + 's', word + 'es');
  if (word.endsWith('y')) out.push(word.slice(0, -1) + 'ies');
  if (n >= 4 && word.endsWith('s') && !word.endsWith('ss')) out.push(word.slice(0, -1));
  if (n >= 5 && word.endsWith('es')) out.push(word.slice(0, -2));
  if (n >= 5 && word.endsWith('ies')) out.push(word.slice(0, -3) + 'y');
  if (n >= 6 && word.endsWith('ing')) {
    const stem = word.slice(0, -3);
    if (VOWELS.test(stem)) {
      out.push(stem, stem + 'e');
      if (stem.length >= 3 && stem[stem.length - 1] === stem[stem.length - 2]) out.push(stem.slice(0, -1));
    }
  }
  if (n >= 5 && word.endsWith('ed')) {
    const stem = word.slice(0, -2);
    if (VOWELS.test(stem)) {
      out.push(stem, stem + 'e');
      if (stem.length >= 3 && stem[stem.length - 1] === stem[stem.length - 2]) out.push(stem.slice(0, -1));
      if (stem.endsWith('i')) out.push(stem.slice(0, -1) + 'y');
    }
  }
  // Bridge between inflections through the base: "coughed" → "coughing", "bleeds" → "bleeding".
  const bases = [word, ...out.filter((v) => v.length < word.length)];
  for (const base of bases) {
    if (base.length < 3) continue;
    out.push(base + 'ing', base + 'ed');
    if (base.endsWith('e')) out.push(base.slice(0, -1) + 'ing', base + 'd');
  }
  return out;
}
