// Tokenization and light normalization shared by the matcher, negation and fuzzy matching.
// Pure string code: runs in Node and in a web worker.

/** One token of the note: a run of letters/digits (with inner apostrophes) or a single symbol. */
export interface Token {
  /** Text as written. */
  readonly text: string;
  /** Lowercased, curly apostrophes straightened. */
  readonly lower: string;
  /** Offsets into the full text (not into the region). */
  readonly start: number;
  readonly end: number;
  readonly isWord: boolean;
  /** Whitespace separates this token from the previous one (true for the first token). */
  readonly spaceBefore: boolean;
  /** A line break separates this token from the previous one. */
  readonly newlineBefore: boolean;
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|\S/gu;
const WORD_RE = /^[\p{L}\p{N}]/u;

export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

/**
 * Split `text[from, to)` into tokens. Symbols are single tokens, so "f/c" is `f` `/` `c` and
 * "(-)" is `(` `-` `)`; "cpap" stays one token, so the abbreviation "CP" never matches inside it.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const slice = text.slice(from, to);
  const tokens: Token[] = [];
  let prevEnd = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(slice); m !== null; m = TOKEN_RE.exec(slice)) {
    const raw = m[0];
    const gap = slice.slice(prevEnd, m.index);
    tokens.push({
      text: raw,
      lower: normalizeWord(raw),
      start: from + m.index,
      end: from + m.index + raw.length,
      isWord: WORD_RE.test(raw),
      spaceBefore: tokens.length === 0 || gap.length > 0,
      newlineBefore: gap.includes('\n') || gap.includes('\r'),
    });
    prevEnd = m.index + raw.length;
  }
  return tokens;
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

/**
 * Candidate base/inflected forms of a lowercase word: plural s/es/ies, -ing, -ed (with silent e
 * and doubled consonant). The word itself is not included. Only the forms present in a
 * vocabulary are used by callers, so over-generation is harmless.
 */
export function inflectionVariants(word: string): string[] {
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
