// Lowercase words as small integers, shared by every lexicon: a note's token is looked up by its
// text once, when tokenized; the matcher then reads arrays and integer-keyed tries, which cost a
// fraction of a string-keyed look-up, in every region and lexicon that reads the token.

/** Words of notes given an id; past it a new word has none (the lexicons' own words always have one). */
const MAX_TEXT_WORDS = 100_000;

/** The id of a word that was not given one (the table is full). */
export const NO_WORD_ID = -1;

const ids = new Map<string, number>();

/** The id of a word of a note: given on first sight while the table has room, else NO_WORD_ID. */
export function wordId(lower: string): number {
  const known = ids.get(lower);
  if (known !== undefined) return known;
  return ids.size >= MAX_TEXT_WORDS ? NO_WORD_ID : assign(lower);
}

/** The id a word already has, or NO_WORD_ID: a look-up that never adds the word. */
export function knownWordId(lower: string): number {
  return ids.get(lower) ?? NO_WORD_ID;
}

/** The id of a lexicon's word, which always gets one: lexicons are bounded, the notes a user types are not. */
export function lexiconWordId(lower: string): number {
  return ids.get(lower) ?? assign(lower);
}

function assign(lower: string): number {
  const id = ids.size;
  ids.set(lower, id);
  return id;
}

/** A token as this table knows it. */
interface WordToken {
  readonly id: number;
  readonly lower: string;
}

/** Answers kept by text for words without an id; past it they are dropped and worked out again. */
const MAX_ANSWERS_BY_TEXT = 50_000;

/**
 * What a word's lowercase text answers to one question, worked out once per word and then read from
 * an array by its id: the hot loops ask it of every token of every region. A word without an id (the
 * table is full) has its answer kept by its text. `null`, not undefined, for "none".
 */
export class PerWord<T> {
  private readonly answers: (T | undefined)[] = [];
  private readonly byText = new Map<string, T>();

  constructor(private readonly answer: (lower: string) => T) {}

  of(tok: WordToken): T {
    if (tok.id === NO_WORD_ID) return this.ofText(tok.lower);
    const known = this.answers[tok.id];
    if (known !== undefined) return known;
    const fresh = this.answer(tok.lower);
    storeById(this.answers, tok.id, fresh);
    return fresh;
  }

  private ofText(lower: string): T {
    return answerByText(this.byText, lower, () => this.answer(lower));
  }
}

/** The answer kept in `byText` for a word without an id, worked out and kept when new; a full map is emptied first. */
function answerByText<T>(byText: Map<string, T>, lower: string, work: () => T): T {
  const known = byText.get(lower);
  if (known !== undefined) return known;
  const fresh = work();
  if (byText.size >= MAX_ANSWERS_BY_TEXT) byText.clear();
  byText.set(lower, fresh);
  return fresh;
}

/**
 * Stores `value` at index `id`, filling any gap before it: an array written far past its end turns
 * into a slow dictionary, and each question meets only some of the words.
 */
function storeById<T>(array: (T | undefined)[], id: number, value: T): void {
  while (array.length < id) array.push(undefined);
  array[id] = value;
}

/** The bit of a PerWordBits answer that marks it as worked out (so an answer is never 0). */
const KNOWN_BITS = 1;

/**
 * A few yes/no answers about a word, packed into one byte and read from a typed array by the word's
 * id: a loop that asks them of every token touches one compact array, not an object per word.
 * `answer` uses bits 1 to 7; bit 0 marks an answer as worked out.
 */
export class PerWordBits<Token extends WordToken = WordToken> {
  private bits = new Uint8Array(1024);
  private readonly byText = new Map<string, number>();

  constructor(private readonly answer: (tok: Token) => number) {}

  of(tok: Token): number {
    const id = tok.id;
    if (id === NO_WORD_ID) return this.ofText(tok);
    if (id < this.bits.length) {
      const known = this.bits[id] as number;
      if (known !== 0) return known;
    }
    const fresh = this.answer(tok) | KNOWN_BITS;
    if (id >= this.bits.length) this.grow(id);
    this.bits[id] = fresh;
    return fresh;
  }

  private ofText(tok: Token): number {
    return answerByText(this.byText, tok.lower, () => this.answer(tok) | KNOWN_BITS);
  }

  private grow(id: number): void {
    let size = this.bits.length;
    while (size <= id) size *= 2;
    const bigger = new Uint8Array(size);
    bigger.set(this.bits);
    this.bits = bigger;
  }
}
