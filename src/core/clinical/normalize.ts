// Tokenization and light normalization shared by the matcher, negation and fuzzy matching.
// Pure string code: runs in Node and in a web worker.
import { wordId } from '../text/wordIds';

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
const SPACE = /\s/;
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

function isSpace(cp: number): boolean {
  return cp < 128 ? cp === 32 || (cp >= 9 && cp <= 13) : SPACE.test(String.fromCodePoint(cp));
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

/** A written word's lowercase form and its id. */
interface WordForms {
  readonly lower: string;
  readonly id: number;
}

/** Written forms remembered; past it a new form is worked out each time it is met. */
const MAX_FORMS = 100_000;
const FORMS = new Map<string, WordForms>();

/** A written word's forms, remembered by its text: a word met before costs one look-up, not a lowercasing and one. */
function formsOf(raw: string): WordForms {
  // Nearly half the tokens of a note are one ASCII character (",", ".", "-", "2", "x"): read from an array.
  if (raw.length === 1) {
    const code = raw.charCodeAt(0);
    if (code < 128) return (ASCII_FORMS[code] ??= newForms(raw));
  }
  const known = FORMS.get(raw);
  if (known) return known;
  const forms = newForms(raw);
  if (FORMS.size < MAX_FORMS) FORMS.set(raw, forms);
  return forms;
}

const ASCII_FORMS: (WordForms | undefined)[] = new Array<WordForms | undefined>(128).fill(undefined);

function newForms(raw: string): WordForms {
  const lower = normalizeWord(raw);
  return { lower, id: wordId(lower) };
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
    const cp = codePointBefore(text, i, to);
    if (isSpace(cp)) {
      if (cp === 10 || cp === 13) newline = true;
      i += width(cp);
      continue;
    }
    const isWord = isLetterOrNumber(cp);
    const end = isWord ? wordEnd(text, i, to) : i + width(cp);
    const raw = text.slice(i, end);
    const forms = formsOf(raw);
    tokens.push({
      text: raw,
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
