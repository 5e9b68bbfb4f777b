// Which chief complaint a note is about: the caller's choice, else front matter, else the opening sentence of the CC or HPI.
import { withinOneEdit } from '../clinical/fuzzy';
import type { KnowledgeIndex } from '../clinical/knowledgeIndex';
import type { ComplaintKnowledge } from '../clinical/types';
import { findMentions } from '../clinical/matcher';
import type { TokenizedText } from '../clinical/tokenizedText';
import type { NoteModel } from '../note/model';
import type { Span } from '../types';
import { escapeRegExp } from '../text/regexp';

export type ComplaintSource = 'option' | 'front-matter' | 'inferred' | 'none';

export interface ResolvedComplaint {
  readonly complaint: ComplaintKnowledge | undefined;
  readonly source: ComplaintSource;
  /** Set when a complaint id was given but is not known. */
  readonly unknownId: string | undefined;
}

/** The first `count` sentences of each chief-complaint or HPI field in order ("CC: ...", "HPI: ..."), else of the History or the note. */
function openingSentences(note: NoteModel, fallbackStart: number, count: number): Span[] {
  const fields: Span[] = [];
  for (const section of note.sections) for (const field of section.fields) if (field.id === 'hpi') fields.push(field.span);
  // With no HPI label, the History's own text opens the note ("## History" then "28yo F c/o ...").
  if (fields.length === 0) fields.push(note.sections.find((section) => section.id === 'history')?.span ?? { start: fallbackStart, end: note.text.length });
  return fields.map(({ start: at, end: fieldEnd }) => {
    const start = at + (/^\s*/.exec(note.text.slice(at, at + OPENING_CHARS))?.[0].length ?? 0);
    // A one-line chief complaint ("CC: \"I'd be better off gone.\"") is a sentence of its own, not the start of the HPI's.
    const rest = note.text.slice(start, Math.max(start, Math.min(fieldEnd, start + OPENING_CHARS * count)));
    let end = 0;
    for (let n = 0; n < count; n++) {
      // Not the dot of an age ("17 y.o.", "45 yrs."), an initial ("Mr. J.M. Sato") or a title ("Ms. Patel").
      const stop = rest.slice(end).search(/(?<!\b(?:[a-z]|yr|yrs|y\/o|\d|mr|mrs|ms|dr|st))\.\s|\n\s*\n/i);
      if (stop === -1) return { start, end: start + rest.length };
      end += stop + 1;
    }
    return { start, end: start + end - 1 };
  });
}

/** How far into a field its opening sentence may run. */
const OPENING_CHARS = 400;
/** Sentences read for a presenting finding when the first names no complaint: "Mr. J, a veteran. 'I want to end it.'" */
const OPENING_PASSAGE_SENTENCES = 3;

/** A sentence as the aliases are matched: lower case, "burning w/ urination" as "burning with urination". */
function aliasText(note: NoteModel, span: Span): string {
  return note.text.slice(span.start, span.end).toLowerCase().replace(/\bw\/ ?/g, 'with ');
}

/** One alias of one complaint, compiled once per complaint list: these are tried on every check. */
interface CompiledAlias {
  readonly complaint: ComplaintKnowledge;
  readonly alias: string;
  /** Its place in the complaint list's aliases: of two aliases found at one offset with one length, the first wins. */
  readonly order: number;
  /** The alias as a whole word, case-insensitive. No `g` flag, so exec is stateless. */
  readonly pattern: RegExp;
  /** The alias in lower case when it is printable ASCII: a sentence without it as a substring cannot match the pattern. */
  readonly needle: string | undefined;
  /** What a typo'd window is compared with; undefined for an alias too short to allow a typo. */
  readonly fuzzy: FuzzyTarget | undefined;
}

/** A complaint list's aliases, and the same aliases by the first word they start with. */
interface AliasIndex {
  readonly all: readonly CompiledAlias[];
  /**
   * Aliases by their leading run of ASCII letters, in lower case. An alias matches only where the
   * sentence has that run as a word of its own (wordsOf): the pattern wants no letter before it, and
   * after the run comes the alias's next character or, at its end, no letter.
   */
  readonly byFirstWord: ReadonlyMap<string, readonly CompiledAlias[]>;
  /** Aliases that start with no ASCII letter: tried on every sentence. */
  readonly unindexed: readonly CompiledAlias[];
}

const compiledAliases = new WeakMap<readonly ComplaintKnowledge[], AliasIndex>();

function aliasesOf(complaints: readonly ComplaintKnowledge[]): AliasIndex {
  let index = compiledAliases.get(complaints);
  if (!index) {
    const all: CompiledAlias[] = [];
    for (const complaint of complaints) for (const alias of complaint.aliases) all.push(compileAlias(complaint, alias, all.length));
    index = indexAliases(all);
    compiledAliases.set(complaints, index);
  }
  return index;
}

function indexAliases(all: readonly CompiledAlias[]): AliasIndex {
  const byFirstWord = new Map<string, CompiledAlias[]>();
  const unindexed: CompiledAlias[] = [];
  for (const compiled of all) {
    const first = /^[a-z]+/i.exec(compiled.alias)?.[0].toLowerCase();
    if (first === undefined) {
      unindexed.push(compiled);
      continue;
    }
    const starting = byFirstWord.get(first);
    if (starting) starting.push(compiled);
    else byFirstWord.set(first, [compiled]);
  }
  return { all, byFirstWord, unindexed };
}

/** The aliases that may match a sentence of these words, in list order (see AliasIndex.byFirstWord). */
function candidateAliases(index: AliasIndex, words: readonly Word[]): CompiledAlias[] {
  const candidates = [...index.unindexed];
  const seen = new Set<string>();
  for (const word of words) {
    if (seen.has(word.text)) continue;
    seen.add(word.text);
    const starting = index.byFirstWord.get(word.text);
    if (starting) candidates.push(...starting);
  }
  return candidates.sort((a, b) => a.order - b.order);
}

function compileAlias(complaint: ComplaintKnowledge, alias: string, order: number): CompiledAlias {
  return {
    complaint,
    alias,
    order,
    pattern: new RegExp(`(?:^|[^a-z])${escapeRegExp(alias)}(?![a-z])`, 'i'),
    needle: /^[ -~]*$/.test(alias) ? alias.toLowerCase() : undefined,
    fuzzy: fuzzyTarget(alias),
  };
}

/** Where the alias appears in the sentence as a whole word (offset of the match), else -1. */
function exactAt(sentence: string, lowerSentence: string, { pattern, needle }: CompiledAlias): number {
  // Most aliases are absent; a substring test rules them out far faster than the regex.
  if (needle !== undefined && !lowerSentence.includes(needle)) return -1;
  for (let from = 0; from < sentence.length; ) {
    const match = pattern.exec(sentence.slice(from));
    if (!match) return -1;
    const at = from + match.index;
    if (!deniedBefore(lowerSentence, at)) return at;
    from = at + match[0].length;
  }
  return -1;
}

/**
 * A denial in the same list item before `at`: "pain around the belly button, no fever or cough". Not
 * one that a presentation verb ends: "with no PMH presenting for heart racing".
 */
const DENIED_BEFORE = /(?:^|[^a-z])(?:no|not|denies|denied|without|w\/o|neg(?:ative)? for)(?![a-z])(?:(?!(?:presenting|presents|presented|complains|complaining|c\/o|here for|comes in|came in)(?![a-z]))[^,.;:])*$/;

function deniedBefore(lowerSentence: string, at: number): boolean {
  return DENIED_BEFORE.test(lowerSentence.slice(Math.max(0, at - 40), at + 1));
}

/** Aliases of at least this many letters tolerate one typo ("dischrage"); shorter ones must be exact. */
const FUZZY_MIN_LETTERS = 6;

interface Word {
  readonly text: string;
  readonly at: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[a-z]+/gi)].map((match) => ({ text: match[0].toLowerCase(), at: match.index ?? 0 }));
}

interface FuzzyTarget {
  readonly wordCount: number;
  /** The alias's words in lower case, joined by single spaces. */
  readonly text: string;
}

function fuzzyTarget(alias: string): FuzzyTarget | undefined {
  const words = wordsOf(alias).map((word) => word.text);
  const text = words.join(' ');
  return text.replace(/ /g, '').length < FUZZY_MIN_LETTERS ? undefined : { wordCount: words.length, text };
}

/** A sentence's runs of `count` consecutive words, joined by single spaces, made once per count. */
class WordWindows {
  private readonly byCount = new Map<number, readonly string[]>();

  constructor(readonly words: readonly Word[]) {}

  of(count: number): readonly string[] {
    const known = this.byCount.get(count);
    if (known) return known;
    const windows: string[] = [];
    for (let i = 0; i + count <= this.words.length; i++) windows.push(this.words.slice(i, i + count).map((word) => word.text).join(' '));
    this.byCount.set(count, windows);
    return windows;
  }
}

/** Where a window of the sentence's words is one edit (typo, transposition) from the alias, else -1. */
function fuzzyAt(windows: WordWindows, { fuzzy }: CompiledAlias): number {
  if (!fuzzy || fuzzy.wordCount > windows.words.length) return -1;
  const texts = windows.of(fuzzy.wordCount);
  for (let i = 0; i < texts.length; i++) {
    const window = texts[i] as string;
    // One edit changes the length by at most one: a window further off cannot be within it.
    if (Math.abs(window.length - fuzzy.text.length) > 1) continue;
    if (withinOneEdit(window, fuzzy.text)) return windows.words[i]?.at ?? -1;
  }
  return -1;
}

/**
 * The complaint whose alias appears earliest in the first sentence (the chief complaint comes first).
 * Exact aliases win; only when none appears does an alias of six or more letters match with one typo.
 */
export function inferComplaint(sentence: string, complaints: readonly ComplaintKnowledge[]): ComplaintKnowledge | undefined {
  const aliases = aliasesOf(complaints);
  const lowerSentence = sentence.toLowerCase();
  const words = wordsOf(sentence);
  // Only the aliases whose first word the sentence has: a few of some two hundred.
  const exact = earliest(candidateAliases(aliases, words), (alias) => exactAt(sentence, lowerSentence, alias));
  if (exact) return exact;
  const windows = new WordWindows(words);
  return earliest(aliases.all, (alias) => fuzzyAt(windows, alias));
}

/** The complaint with the earliest alias (longest at the same offset); `find` gives an alias's offset or -1. */
function earliest(aliases: readonly CompiledAlias[], find: (alias: CompiledAlias) => number): ComplaintKnowledge | undefined {
  let best: { complaint: ComplaintKnowledge; at: number; length: number } | undefined;
  for (const compiled of aliases) {
    const at = find(compiled);
    if (at === -1) continue;
    const length = compiled.alias.length;
    if (!best || at < best.at || (at === best.at && length > best.length)) best = { complaint: compiled.complaint, at, length };
  }
  return best?.complaint;
}

export function resolveComplaint(note: NoteModel, tokens: TokenizedText, index: KnowledgeIndex, requested: string | undefined): ResolvedComplaint {
  const wanted = requested ?? note.frontMatter?.complaint;
  if (wanted !== undefined && wanted.trim() !== '') {
    const complaint = index.complaintById.get(wanted.trim());
    if (complaint) return { complaint, source: requested !== undefined ? 'option' : 'front-matter', unknownId: undefined };
    if (requested !== undefined) return { complaint: undefined, source: 'none', unknownId: wanted };
  }
  const inferred = inferFromOpening(note, tokens, index);
  const unknownId = wanted !== undefined && wanted.trim() !== '' ? wanted : undefined;
  return { complaint: inferred, source: inferred ? 'inferred' : 'none', unknownId };
}

/**
 * The complaint the note opens with: in each opening sentence in turn, an alias, else a presenting
 * finding; else the first presenting finding of each field's first three sentences.
 */
function inferFromOpening(note: NoteModel, tokens: TokenizedText, index: KnowledgeIndex): ComplaintKnowledge | undefined {
  const complaints = index.knowledge.complaints;
  const fallbackStart = note.frontMatter?.span.end ?? 0;
  for (const span of openingSentences(note, fallbackStart, 1)) {
    const complaint = inferComplaint(aliasText(note, span), complaints) ?? complaintByFinding(tokens, span, index);
    if (complaint) return complaint;
  }
  // The first sentence may only say who the patient is: the next ones name what brings them.
  for (const span of openingSentences(note, fallbackStart, OPENING_PASSAGE_SENTENCES)) {
    const complaint = complaintByFinding(tokens, span, index);
    if (complaint) return complaint;
  }
  return undefined;
}

/** The complaint whose presenting finding the sentence names first, affirmed: "a fluttering heartbeat" is palpitations. */
function complaintByFinding(tokens: TokenizedText, span: Span, index: KnowledgeIndex): ComplaintKnowledge | undefined {
  const byFinding = index.complaintByPresentingFinding;
  if (byFinding.size === 0) return undefined;
  // The note's own tokens, as every other region of a check reads them: the sentence is not tokenized again.
  for (const mention of findMentions(tokens, index.findingLexicon, span)) {
    const complaint = byFinding.get(mention.concept);
    if (complaint && mention.polarity === 'affirmed') return complaint;
  }
  return undefined;
}
