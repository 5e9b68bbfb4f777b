// A lexicon compiled for matching: its phrases in word-id tries (synonyms lowercased, abbreviations as
// written), the fuzzy indexes for misspellings, and what each word of a note may stand for, worked
// out once per word. Built once per lexicon (knowledgeIndex.ts) and read by the matcher on every check.
import { expandAlternatives } from '../text/alternatives';
import { compileFamilyPatterns, type FamilyPattern } from './familyHistory';
import { FUZZY_TWO_EDITS_LENGTH, FuzzyIndex } from './fuzzy';
import type { ModifierTargets } from './modifierContext';
import { inflectionVariants, isWordText, normalizeWord, tokenize, type Token } from './normalize';
import { knownWordId, lexiconWordId, NO_WORD_ID, PerWord, PerWordBits } from '../text/wordIds';
import { FlatTrie, NO_NODE, ROOT, TrieBuilder } from './flatTrie';
import type { FindingConcept, LexiconEntry } from './types';

export interface ConceptRef {
  readonly id: string;
  readonly label: string;
  /** The finding's currentWithinDays, for the negation (undefined for most). */
  readonly currentWithinDays: number | undefined;
  /** Whether the finding is a habit, which another person's clause keeps from the patient. */
  readonly habit: boolean;
  /** Matched by one of the entry's general synonyms: yields to a more specific match just after. */
  readonly general: boolean;
  /** Matched by a phrase saying the concept is absent ("abstinent"): its polarity is reversed. */
  readonly absent: boolean;
  /** Matched by a phrase that contains a synonym but does not name the concept ("fall asleep"). */
  readonly excluded: boolean;
  /** Matched by a phrase naming the concept only as a modifier of another finding ("worse with exertion"). */
  readonly modifier: ModifierTargets | undefined;
  /** Matched by a phrase naming the circumstance of another finding ("after sex"): always affirmed. */
  readonly circumstance: boolean;
}

/** A lexicon entry with the finding fields its references carry. */
type MatchableEntry = LexiconEntry & Pick<FindingConcept, 'currentWithinDays' | 'habit'>;

/** How a phrase names its concept, beyond naming it plainly. */
type PhraseKind = Partial<Pick<ConceptRef, 'general' | 'absent' | 'excluded' | 'modifier' | 'circumstance'>>;

/**
 * A reference with every field set, in one order, whatever the phrase: V8 then gives all references
 * one shape, and the matcher's reads of them stay monomorphic instead of going megamorphic.
 */
function conceptRef(entry: MatchableEntry, kind: PhraseKind = {}): ConceptRef {
  return {
    id: entry.id,
    label: entry.label,
    currentWithinDays: entry.currentWithinDays,
    habit: entry.habit ?? false,
    general: kind.general ?? false,
    absent: kind.absent ?? false,
    excluded: kind.excluded ?? false,
    modifier: kind.modifier,
    circumstance: kind.circumstance ?? false,
  };
}

/** Tries key phrases by word id (text/wordIds.ts): a synonym's words lowercased, an abbreviation's as written. */
export type Trie = FlatTrie<ConceptRef>;

/** A lexicon compiled for matching. Build it once (compileLexicon) and reuse it for every note. */
export interface CompiledLexicon {
  /** Number of entries compiled. */
  readonly size: number;
  /** @internal Synonyms: keys are the ids of lowercase tokens. */
  readonly synonymTrie: Trie;
  /** @internal Abbreviations: keys are the ids of tokens as written (case-sensitive). */
  readonly abbreviationTrie: Trie;
  /** @internal First tokens of the abbreviations, lowercased. */
  readonly abbreviationStarts: ReadonlySet<string>;
  /** @internal Lowercase words of the synonyms. */
  readonly vocabulary: ReadonlySet<string>;
  /** @internal */
  readonly fuzzy: FuzzyIndex;
  /** @internal Near spellings of any phrase word, tried only to continue a phrase already begun. */
  readonly innerFuzzy: FuzzyIndex;
  /** @internal What each word may stand for, worked out once per word; survives between keystrokes. */
  readonly wordEntries: PerWord<WordEntry>;
  /** @internal Whether a word may start a match (STARTS_PHRASE, STARTS_ABBREVIATION): most words start none. */
  readonly wordStarts: PerWordBits<Token>;
  /** @internal Concept id → its reference, for matches made outside the tries. */
  readonly concepts: ReadonlyMap<string, ConceptRef>;
  /** @internal Family-history findings matched as relative + condition in one clause. */
  readonly familyPatterns: readonly FamilyPattern[];
}

function insert(trie: TrieBuilder<ConceptRef>, words: readonly string[], concept: ConceptRef): void {
  if (words.length === 0) return;
  addNewConcepts(trie.valuesAt(words.map(lexiconWordId)), [concept]);
}

export function compileLexicon(entries: readonly MatchableEntry[]): CompiledLexicon {
  const synonymTrie = new TrieBuilder<ConceptRef>();
  const abbreviationTrie = new TrieBuilder<ConceptRef>();
  const abbreviationFirstWords = new Set<string>();
  const vocabulary = new Set<string>();
  // Misspellings are corrected only into distinctive words: a whole one-word term ("nausea") or a
  // long word of a phrase ("shortness"), never into filler like "sitting" in "pain with sitting".
  const fuzzyTargets = new Set<string>();
  const concepts = new Map<string, ConceptRef>();
  for (const entry of entries) {
    const ref = conceptRef(entry);
    if (!concepts.has(entry.id)) concepts.set(entry.id, ref);
    const general = conceptRef(entry, { general: true });
    const absent = conceptRef(entry, { absent: true });
    const excluded = conceptRef(entry, { excluded: true });
    const circumstance = conceptRef(entry, { circumstance: true });
    const phrases = [
      ...[entry.label, ...entry.synonyms].map((phrase) => [phrase, ref] as const),
      ...(entry.generalSynonyms ?? []).map((phrase) => [phrase, general] as const),
      ...(entry.absentSynonyms ?? []).map((phrase) => [phrase, absent] as const),
      ...(entry.excludedPhrases ?? []).map((phrase) => [phrase, excluded] as const),
      ...(entry.circumstanceSynonyms ?? []).map((phrase) => [phrase, circumstance] as const),
      ...modifierPhrases(entry),
    ];
    const insertPhrase = (phrase: string, phraseRef: ConceptRef): void => {
      const toks = tokenize(phrase);
      insert(
        synonymTrie,
        toks.map((t) => t.lower),
        phraseRef,
      );
      // "light-headed" also as "light headed" (the matcher already skips a hyphen in the text).
      const unhyphenated = toks.filter((t, k) => !(t.text === '-' && k > 0 && k < toks.length - 1));
      if (unhyphenated.length !== toks.length) insert(synonymTrie, unhyphenated.map((t) => t.lower), phraseRef);
      const words = toks.filter((t) => t.isWord);
      for (const t of words) {
        vocabulary.add(t.lower);
        if (words.length === 1 || t.lower.length >= FUZZY_TWO_EDITS_LENGTH) fuzzyTargets.add(t.lower);
      }
    };
    // "pain [in|of] [|his|her] knee": a pattern stands for each of its wordings.
    for (const [pattern, phraseRef] of phrases) for (const phrase of expandAlternatives(pattern)) insertPhrase(phrase, phraseRef);
    for (const abbr of entry.abbreviations ?? []) {
      const words = tokenize(abbr).map((t) => t.text);
      if (words[0] !== undefined) abbreviationFirstWords.add(normalizeWord(words[0]));
      insert(abbreviationTrie, words, ref);
    }
  }
  const lexicon: CompiledLexicon = {
    size: entries.length,
    synonymTrie: synonymTrie.freeze(),
    abbreviationTrie: abbreviationTrie.freeze(),
    abbreviationStarts: abbreviationFirstWords,
    vocabulary,
    fuzzy: new FuzzyIndex(fuzzyTargets, vocabulary),
    innerFuzzy: new FuzzyIndex(vocabulary, vocabulary, { keepCommonTargets: true, firstLetterMayDrop: true }),
    wordEntries: new PerWord((lower) => newEntry(lexicon, lower)),
    wordStarts: new PerWordBits((tok: Token) => startBits(lexicon.wordEntries.of(tok))),
    concepts,
    familyPatterns: compileFamilyPatterns(entries),
  };
  return lexicon;
}

/** An entry's modifier phrases, each with a reference that says which findings it may modify. */
function modifierPhrases(entry: MatchableEntry): Array<readonly [string, ConceptRef]> {
  const modifiers = entry.modifierSynonyms;
  if (!modifiers) return [];
  const modifier: ModifierTargets = { of: new Set(modifiers.of), notAcross: new Set(modifiers.notAcross ?? []) };
  const modifierRef = conceptRef(entry, { modifier });
  const absentRef = conceptRef(entry, { modifier, absent: true });
  return [
    ...modifiers.phrases.map((phrase) => [phrase, modifierRef] as const),
    ...(modifiers.absentPhrases ?? []).map((phrase) => [phrase, absentRef] as const),
  ];
}

/** What one lowercase token may stand for in a lexicon, worked out once per distinct token. */
export interface WordEntry {
  /** Synonym-trie keys: the word itself, an inflection, or a near spelling of a distinctive word. */
  readonly keys: readonly number[];
  /** Near spellings of any phrase word, tried only to continue a phrase already begun. */
  readonly continuations: readonly number[];
  /** The synonym trie's first-level nodes of the keys: phrases the word's own keys start. */
  readonly firstNodes: readonly number[];
  /** Whether a synonym phrase can start at this token. */
  readonly startsPhrase: boolean;
  /** Whether some abbreviation starts with this token in some letter case. */
  readonly mayStartAbbreviation: boolean;
}

/** The synonym-trie keys a text word may stand for: itself, an inflection, or a near spelling. */
function synonymKeysOf(lex: CompiledLexicon, lower: string): string[] {
  const out: string[] = [];
  if (lex.vocabulary.has(lower)) out.push(lower);
  // A whole number also stands for "#" in a phrase: "lost # lbs" matches "lost 8 lbs".
  if (WHOLE_NUMBER.test(lower)) out.push(NUMBER_KEY);
  pushKnown(lex, out, inflectionVariants(lower));
  if (out.length === 0) pushKnown(lex, out, undoubledForms(lower));
  // A misspelling may also look like an inflection of some phrase word ("headach" → "headaches"):
  // unless a form found can start a phrase, the near spellings are tried too.
  if (!out.some((key) => lex.synonymTrie.child(ROOT, lexiconWordId(key)) !== NO_NODE)) {
    for (const near of withInflections(lex, lex.fuzzy.lookup(lower))) if (!out.includes(near)) out.push(near);
  }
  return out;
}

/** Near spellings with their inflections the lexicon has: "epsiodes" is near "episodes", the phrase says "episode". */
function withInflections(lex: CompiledLexicon, words: readonly string[]): string[] {
  if (words.length === 0) return [];
  const out = [...words];
  for (const word of words) pushKnown(lex, out, inflectionVariants(word));
  return out;
}

/** Adds to `out` the candidates that are words of the lexicon's phrases, once each. */
function pushKnown(lex: CompiledLexicon, out: string[], candidates: Iterable<string>): void {
  for (const v of candidates) if (lex.vocabulary.has(v) && !out.includes(v)) out.push(v);
}

/** Shortest word a doubled key ("heaart") is read back to: "soon" must not become "son". */
const UNDOUBLED_MIN_LENGTH = 5;

/** The word with one letter of a doubled pair taken out: a key held a moment too long ("heaart"). */
function undoubledForms(lower: string): string[] {
  const out: string[] = [];
  if (lower.length <= UNDOUBLED_MIN_LENGTH) return out;
  for (let i = 1; i < lower.length; i++) {
    if (lower[i] === lower[i - 1] && /[a-z]/.test(lower[i] as string)) out.push(lower.slice(0, i) + lower.slice(i + 1));
  }
  return out;
}

const WHOLE_NUMBER = /^\d{1,4}$/;
/** The key of "#" in a synonym: any whole number in the text. */
const NUMBER_KEY = '#';

/** Bits of CompiledLexicon.wordStarts. */
export const STARTS_PHRASE = 2;
export const STARTS_ABBREVIATION = 4;

function startBits(entry: WordEntry): number {
  return (entry.startsPhrase ? STARTS_PHRASE : 0) | (entry.mayStartAbbreviation ? STARTS_ABBREVIATION : 0);
}

export function entryFor(lex: CompiledLexicon, tok: Token): WordEntry {
  return lex.wordEntries.of(tok);
}

function newEntry(lex: CompiledLexicon, lower: string): WordEntry {
  const isWord = isWordText(lower);
  // A symbol is its own key; without an id it is no trie's key (every key got one when compiled).
  const symbolId = knownWordId(lower);
  const keys = isWord ? synonymKeysOf(lex, lower).map(lexiconWordId) : symbolId === NO_WORD_ID ? [] : [symbolId];
  const continuations = isWord && !lex.vocabulary.has(lower) ? withInflections(lex, lex.innerFuzzy.lookup(lower)).map(lexiconWordId) : [];
  const firstNodes = nodesUnderRoot(lex.synonymTrie, keys);
  return {
    keys,
    continuations,
    firstNodes,
    startsPhrase: firstNodes.length > 0 || (lower.length >= FUZZY_PHRASE_START_LENGTH && nodesUnderRoot(lex.synonymTrie, continuations).length > 0),
    mayStartAbbreviation: lex.abbreviationStarts.has(lower),
  };
}

/** The trie's first-level nodes the keys lead to, in the keys' order. */
function nodesUnderRoot(trie: Trie, keys: readonly number[]): number[] {
  const nodes: number[] = [];
  for (const key of keys) {
    const node = trie.child(ROOT, key);
    if (node !== NO_NODE) nodes.push(node);
  }
  return nodes;
}

/** A misspelt first word starts a phrase only from this length ("irreguar", not "wieght"). */
export const FUZZY_PHRASE_START_LENGTH = FUZZY_TWO_EDITS_LENGTH - 1;

/** Adds to `into` the concepts of `more` it does not have yet: two readings of one span name both. */
export function addNewConcepts(into: ConceptRef[], more: readonly ConceptRef[]): void {
  for (const c of more) if (!into.some((known) => known.id === c.id)) into.push(c);
}
