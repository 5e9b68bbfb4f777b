// Lexicon matching: token tries built once per lexicon, leftmost-longest matching with
// inflection and misspelling tolerance, then NegEx-style polarity.
import type { Span } from '../types';
import { bloodMentions, coveringMatchIndex } from './bloodContext';
import { resolveModifiers, type ModifierTargets } from './modifierContext';
import { withoutOthersHabits } from './othersHabits';
import { expandAlternatives } from '../text/alternatives';
import { temperatureReadings } from './temperatureReading';
import { compileFamilyPatterns, familyHistoryMatches, type FamilyPattern } from './familyHistory';
import { FUZZY_TWO_EDITS_LENGTH, FuzzyIndex } from './fuzzy';
import type { ConceptSpan, Mention, Polarity } from './mention';
import { absentPhrasePolarity, polaritiesForTokens, type PolarityOptions } from './negation';
import { clampRegion, inflectionVariants, isWordText, normalizeWord, tokenize, type Token } from './normalize';
import type { TokenizedText } from './tokenizedText';
import { knownWordId, lexiconWordId, NO_WORD_ID, PerWord } from '../text/wordIds';
import { FlatTrie, NO_NODE, ROOT, TrieBuilder } from './flatTrie';
import type { FindingConcept, LexiconEntry } from './types';

interface ConceptRef {
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
type Trie = FlatTrie<ConceptRef>;

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
interface WordEntry {
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

function entryFor(lex: CompiledLexicon, tok: Token): WordEntry {
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
const FUZZY_PHRASE_START_LENGTH = FUZZY_TWO_EDITS_LENGTH - 1;

/** The synonym-trie key of "with", which "w/" and "w" stand for inside a phrase. */
const WITH_ID = lexiconWordId('with');

const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);

/**
 * A token that a phrase walk may go on past without its own key: "w" for "with", a quotation mark,
 * a hyphen. The walk and the look-ahead before it (mayMatchFrom) both ask this one question.
 */
function isStandIn(tok: Token): boolean {
  return tok.lower === 'w' || (!tok.isWord && (QUOTES.has(tok.text) || tok.text === '-'));
}

/** Adds to `into` the concepts of `more` it does not have yet: two readings of one span name both. */
function addNewConcepts(into: ConceptRef[], more: readonly ConceptRef[]): void {
  for (const c of more) if (!into.some((known) => known.id === c.id)) into.push(c);
}

interface Match {
  /** Token index one past the last matched token. */
  end: number;
  concepts: ConceptRef[];
}

/** The tokens being matched with their lexicon entries, looked up once per token. */
interface MatchInput {
  readonly tokens: readonly Token[];
  readonly entries: readonly WordEntry[];
}

/** Keys of the token at `t` for one trie: synonym keys (lowercase, resolved) or the abbreviation as written. */
type KeyKind = 'synonym' | 'abbreviation';

function keysAt(input: MatchInput, t: number, kind: KeyKind): readonly number[] {
  return kind === 'synonym' ? (input.entries[t] as WordEntry).keys : [knownWordId((input.tokens[t] as Token).text)];
}

/** One longest-match walk: where it started, which trie it walks, and the longest match so far. */
interface Walk {
  readonly input: MatchInput;
  readonly trie: Trie;
  readonly i: number;
  readonly kind: KeyKind;
  best: Match | null;
}

// Plain functions over a Walk, not closures made anew for every token a walk starts at.
function longestMatch(input: MatchInput, i: number, trie: Trie, kind: KeyKind): Match | null {
  const walk: Walk = { input, trie, i, kind, best: null };
  walkFrom(walk, ROOT, i, false);
  return walk.best;
}

function walkFrom(walk: Walk, node: number, t: number, check: boolean): void {
  const { input, trie, i, kind } = walk;
  const tokens = input.tokens;
  if (check && trie.endsPhrase[node] === 1 && t > i) {
    const concepts = trie.values[node] as readonly ConceptRef[];
    const best = walk.best;
    if (!best || t > best.end) walk.best = { end: t, concepts: [...concepts] };
    else if (t === best.end) addNewConcepts(best.concepts, concepts);
  }
  if (t >= tokens.length || !trie.hasChildren(node)) return;
  const tok = tokens[t] as Token;
  let continued = false;
  const keys = keysAt(input, t, kind);
  for (let k = 0; k < keys.length; k++) {
    const child = trie.child(node, keys[k] as number);
    if (child !== NO_NODE) {
      continued = true;
      walkFrom(walk, child, t + 1, true);
    }
  }
  // "irregular peroids": a misspelt later word of a phrase whose first word is already matched;
  // "irreguar periods": a misspelt first word, kept only when more of the phrase follows.
  if (!continued && kind === 'synonym' && (t > i || tok.lower.length >= FUZZY_PHRASE_START_LENGTH)) {
    for (const key of (input.entries[t] as WordEntry).continuations) {
      const child = trie.child(node, key);
      if (child !== NO_NODE) walkFrom(walk, child, t + 1, t > i);
    }
  }
  if (t > i && isStandIn(tok)) walkPastStandIn(walk, node, t);
}

/** The walk on past a token that stands in for a phrase word or is skipped inside a phrase. */
function walkPastStandIn(walk: Walk, node: number, t: number): void {
  const tokens = walk.input.tokens;
  const tok = tokens[t] as Token;
  const next = tokens[t + 1];
  // "pain w/ urination", "pain w urination": the shorthand for "with" inside a phrase.
  if (tok.lower === 'w') {
    const child = walk.trie.child(node, WITH_ID);
    if (child !== NO_NODE) walkFrom(walk, child, next && next.text === '/' && !next.spaceBefore ? t + 2 : t + 1, true);
  } else if (QUOTES.has(tok.text)) {
    // 'mother with "thyroid problem"': quotation marks inside a phrase are skipped.
    if (next && next.isWord && !next.newlineBefore) walkFrom(walk, node, t + 1, false);
  } else if (!tok.spaceBefore) {
    // "chest-pain" for "chest pain": skip a hyphen glued between two words of a phrase.
    // Tried even when the phrase has a hyphen here too: "light-headedness" is "light headedness".
    if (next && next.isWord && !next.spaceBefore) walkFrom(walk, node, t + 1, false);
  }
}

/**
 * Whether a synonym may match from token i, looking one token ahead: most phrase starts are common
 * words ("no", "not", "in") whose phrases do not go on as the text does, and a walk costs more than
 * this look. Conservative: a stand-in token (isStandIn) or a near spelling next counts as a maybe,
 * as the walk may go on past it.
 */
function mayMatchFrom(input: MatchInput, i: number, trie: Trie): boolean {
  const entry = input.entries[i] as WordEntry;
  if (entry.continuations.length > 0) return true;
  const next = input.tokens[i + 1];
  const nextEntry = input.entries[i + 1];
  const nodes = entry.firstNodes;
  for (let a = 0; a < nodes.length; a++) {
    const node = nodes[a] as number;
    if (trie.endsPhrase[node] === 1 || !next || !nextEntry) return true;
    if (isStandIn(next)) return true;
    const nextKeys = nextEntry.keys;
    for (let b = 0; b < nextKeys.length; b++) if (trie.child(node, nextKeys[b] as number) !== NO_NODE) return true;
    const nearKeys = nextEntry.continuations;
    for (let b = 0; b < nearKeys.length; b++) if (trie.child(node, nearKeys[b] as number) !== NO_NODE) return true;
  }
  return false;
}

interface RawMatch {
  readonly start: number;
  readonly end: number;
  readonly concepts: readonly ConceptRef[];
  /** Its own polarity, whatever the cues around it: "nonbloody", a measured temperature. */
  readonly polarity?: Polarity;
}

function matchTokens(tokens: readonly Token[], lex: CompiledLexicon, limit = Infinity): RawMatch[] {
  const input: MatchInput = { tokens, entries: tokens.map((tok) => entryFor(lex, tok)) };
  const out: RawMatch[] = [];
  /** Token index where each match of `out` starts. */
  const starts: number[] = [];
  /** Concept id → token index up to which an excluded phrase ("this fall") rules it out. */
  const excludedUntil = new Map<string, number>();
  let i = 0;
  while (i < tokens.length && out.length < limit) {
    const tok = tokens[i] as Token;
    // Most tokens start nothing: their entry says so before any walk.
    const entry = input.entries[i] as WordEntry;
    const a = entry.startsPhrase && mayMatchFrom(input, i, lex.synonymTrie) ? longestMatch(input, i, lex.synonymTrie, 'synonym') : null;
    const b =
      entry.mayStartAbbreviation && lex.abbreviationTrie.child(ROOT, knownWordId(tok.text)) !== NO_NODE
        ? longestMatch(input, i, lex.abbreviationTrie, 'abbreviation')
        : null;
    let best: Match | null = a;
    if (b && (!best || b.end > best.end)) best = b;
    else if (b && best && b.end === best.end) addNewConcepts(best.concepts, b.concepts);
    if (!best) {
      i++;
      continue;
    }
    const named = withoutExcluded(best, i, excludedUntil);
    if (named.length === 0) {
      // Nothing named here; the words after the first may still name another concept ("headache").
      i++;
      continue;
    }
    out.push({
      start: (tokens[i] as Token).start,
      end: (tokens[best.end - 1] as Token).end,
      concepts: named,
    });
    starts.push(i);
    i = best.end;
  }
  return withoutYieldedGeneralMatches(tokens, out, starts);
}

/**
 * The concepts a match at token `i` names. A phrase excluded for a concept ("fall asleep", "this
 * fall", "pounding headache") names nothing and rules the concept out for its words, while the words
 * inside it may still name other concepts.
 */
function withoutExcluded(match: Match, i: number, excludedUntil: Map<string, number>): readonly ConceptRef[] {
  let named: readonly ConceptRef[] = match.concepts;
  if (named.some((c) => c.excluded)) {
    for (const c of named) if (c.excluded) excludedUntil.set(c.id, Math.max(excludedUntil.get(c.id) ?? 0, match.end));
    named = named.filter((c) => !c.excluded);
  }
  if (excludedUntil.size === 0) return named;
  return named.filter((c) => (excludedUntil.get(c.id) ?? 0) <= i);
}

/** Tokens a general match looks ahead for a more specific one ("drinks 3-4 cups of coffee"). */
const GENERAL_LOOK_AHEAD = 6;
const GENERAL_SCOPE_ENDS = new Set([',', ';', '.', ':', '/', 'and', 'or', 'but']);

/** "3 or 4", "2-3", "1/2": a join between two numbers is a range, not the end of a phrase. */
function betweenNumbers(tokens: readonly Token[], p: number): boolean {
  return /^\d/.test(tokens[p - 1]?.text ?? '') && /^\d/.test(tokens[p + 1]?.text ?? '');
}

/**
 * Drops matches made only by general synonyms when another match follows in the same phrase:
 * "drinks coffee" is caffeine, not alcohol; "denies drinking, smoking" keeps alcohol.
 */
function withoutYieldedGeneralMatches(tokens: readonly Token[], matches: RawMatch[], starts: readonly number[]): RawMatch[] {
  if (!matches.some((m) => m.concepts.every((c) => c.general))) return matches;
  return matches.filter((match, k) => {
    if (!match.concepts.every((c) => c.general)) return true;
    const next = starts[k + 1];
    if (next === undefined) return true;
    let t = (starts[k] as number) + 1;
    while (t < tokens.length && (tokens[t] as Token).start < match.end) t++;
    if (next - t >= GENERAL_LOOK_AHEAD) return true;
    for (let p = t; p <= next; p++) {
      const tok = tokens[p] as Token;
      if (tok.newlineBefore || (p < next && GENERAL_SCOPE_ENDS.has(tok.lower) && !betweenNumbers(tokens, p))) return true;
    }
    return false;
  });
}

/** Lone "blood" words read in their clause's context ("diarrhea, no blood"), as matches of their own. */
function contextualBloodMatches(tokens: readonly Token[], raw: readonly RawMatch[], lex: CompiledLexicon, coverage: () => Int32Array): RawMatch[] {
  const out: RawMatch[] = [];
  for (const blood of bloodMentions(tokens, raw, coverage)) {
    const ref = lex.concepts.get(blood.concept);
    if (ref) out.push({ start: blood.start, end: blood.end, concepts: [ref], ...(blood.negated ? { polarity: 'negated' as const } : {}) });
  }
  return out;
}

const TEMPERATURE_HINT = /temp|t-?max|thermometer|\d\s?(?:°|deg\w*)?\s?(?:[fc]\b|fahrenheit|celsius)/i;

/** Whether the region has a word a temperature reading starts with; a native scan spares most regions the token pass. */
function mayNameTemperature(text: string, region: Span): boolean {
  // The scan must stop at the region's end, not run on through the rest of the note.
  return TEMPERATURE_HINT.test(region.start === 0 && region.end === text.length ? text : text.slice(region.start, region.end));
}

/** The concept a measured temperature documents. */
const FEVER = 'fever';

/** Temperatures read as numbers ("temp 100.8 at home"): fever when raised, no fever when normal. */
function temperatureMatches(tokens: readonly Token[], lex: CompiledLexicon, coverage: () => Int32Array): RawMatch[] {
  const fever = lex.concepts.get(FEVER);
  if (!fever) return [];
  return temperatureReadings(tokens, (k) => coverage()[k] !== -1).map((reading) => ({
    start: (tokens[reading.first] as Token).start,
    end: (tokens[reading.last] as Token).end,
    concepts: [fever],
    polarity: reading.fever ? 'affirmed' : 'negated',
  }));
}

/**
 * Adds family-history concepts. Condition words in a clause about a relative ("mom has a thyroid
 * problem") name the relative's condition, not the patient's: the match there becomes the
 * family-history concept (so matches never overlap, which polarity needs); with no match there, the
 * concept stands alone.
 */
function withFamilyHistory(text: string, tokens: readonly Token[], raw: RawMatch[], lex: CompiledLexicon): RawMatch[] {
  const family = familyHistoryMatches(text, tokens, lex.familyPatterns);
  if (family.length === 0) return raw;
  const result = [...raw];
  const relatives = new Set<RawMatch>();
  for (const match of family) {
    const ref = lex.concepts.get(match.concept);
    if (!ref) continue;
    const at = result.findIndex((m) => m.start < match.end && match.start < m.end);
    const existing = result[at];
    let replaced: RawMatch;
    if (!existing) replaced = { start: match.start, end: match.end, concepts: [ref] };
    else if (!relatives.has(existing)) replaced = { ...existing, concepts: [ref] };
    else if (!existing.concepts.some((c) => c.id === ref.id)) replaced = { ...existing, concepts: [...existing.concepts, ref] };
    else continue;
    relatives.add(replaced);
    if (existing) result[at] = replaced;
    else result.push(replaced);
  }
  return result.sort((a, b) => a.start - b.start);
}

/** A match's polarity for one of its concepts: its own prefix, then the kind of phrase, then the context. */
function mentionPolarity(match: RawMatch, concept: ConceptRef, tokens: readonly Token[], context: Polarity | undefined): Polarity {
  if (match.polarity) return match.polarity;
  if (concept.circumstance) return 'affirmed';
  if (concept.absent) return absentPhrasePolarity(tokens, match.start);
  return context ?? 'affirmed';
}

/** The text and the tokens of a region: from a note tokenized once, or by tokenizing the region. */
function regionTokens(source: string | TokenizedText, region?: Span): { text: string; region: Span; tokens: Token[] } {
  const text = typeof source === 'string' ? source : source.text;
  const r = clampRegion(text, region);
  const tokens = typeof source === 'string' ? tokenize(text, r.start, r.end) : source.tokensIn(r);
  return { text, region: r, tokens };
}

/**
 * Concepts of `lexicon` mentioned in the text (within `region` when given), sorted by start, each
 * affirmed or negated. Spans are offsets into the text. Leftmost-longest: "chest pain" wins over
 * "pain"; an abbreviation shared by several concepts ("N/V") yields one mention per concept.
 * Pass a TokenizedText when several regions of one note are read.
 * `options.signedLines`: the region is a History, where "- headache" among signed lines means no headache.
 */
export function findMentions(
  source: string | TokenizedText,
  lexicon: CompiledLexicon,
  region?: Span,
  options?: PolarityOptions,
): Mention[] {
  const { text, region: r, tokens } = regionTokens(source, region);
  const direct = withoutOthersHabits(tokens, resolveModifiers(tokens, matchTokens(tokens, lexicon)));
  // Which direct match covers each token: read by both context passes, built once and only if needed.
  let coverage: Int32Array | undefined;
  const coverageOf = (): Int32Array => (coverage ??= coveringMatchIndex(tokens, direct));
  const temperatures = mayNameTemperature(text, r) ? temperatureMatches(tokens, lexicon, coverageOf) : [];
  const extra = [...contextualBloodMatches(tokens, direct, lexicon, coverageOf), ...temperatures];
  const withBlood = extra.length === 0 ? direct : [...direct, ...extra].sort((a, b) => a.start - b.start);
  const raw = withFamilyHistory(text, tokens, withBlood, lexicon);
  const polarities = polaritiesForTokens(text, tokens, raw, options);
  const mentions: Mention[] = [];
  raw.forEach((m, k) => {
    for (const c of m.concepts) {
      mentions.push({
        concept: c.id,
        label: c.label,
        polarity: mentionPolarity(m, c, tokens, polarities[k]),
        span: { start: m.start, end: m.end },
      });
    }
  });
  return mentions;
}

/**
 * Concepts of `lexicon` named in the region, without polarity or family-history reading: what exam
 * maneuvers are done, what a diagnosis line or study names. Leftmost-longest, like findMentions.
 */
export function findConceptSpans(source: string | TokenizedText, lexicon: CompiledLexicon, region?: Span, limit = Infinity): ConceptSpan[] {
  const { tokens } = regionTokens(source, region);
  const spans: ConceptSpan[] = [];
  for (const match of matchTokens(tokens, lexicon, limit)) {
    for (const c of match.concepts) spans.push({ concept: c.id, label: c.label, span: { start: match.start, end: match.end } });
  }
  return spans;
}

/** The first concept of `lexicon` named in the region: what a diagnosis line or a study names. */
export function firstConceptIn(source: string | TokenizedText, lexicon: CompiledLexicon, region?: Span): string | undefined {
  return findConceptSpans(source, lexicon, region, 1)[0]?.concept;
}

/** findMentions over several regions, merged and sorted by start. */
export function findMentionsIn(source: string | TokenizedText, lexicon: CompiledLexicon, regions: readonly Span[]): Mention[] {
  const all: Mention[] = [];
  for (const region of regions) all.push(...findMentions(source, lexicon, region));
  return all.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
}
