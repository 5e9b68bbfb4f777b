// Lexicon matching over a region's tokens: leftmost-longest phrase walks through a compiled lexicon's
// tries (compiledLexicon.ts), with inflections, misspellings and stand-ins ("w/" for "with"); then the
// readings in context (blood, temperatures, family history, another person's habits, modifiers) and
// NegEx-style polarity (negation.ts).
import type { Span } from '../types';
import { bloodMentions, coveringMatchIndex } from './bloodContext';
import { addNewConcepts, entryFor, FUZZY_PHRASE_START_LENGTH, STARTS_ABBREVIATION, STARTS_PHRASE, type CompiledLexicon, type ConceptRef, type Trie, type WordEntry } from './compiledLexicon';
import { resolveModifiers } from './modifierContext';
import { withoutOthersHabits } from './othersHabits';
import { temperatureReadings } from './temperatureReading';
import { familyHistoryMatches } from './familyHistory';
import type { ConceptSpan, Mention, Polarity } from './mention';
import { absentPhrasePolarity, polaritiesForTokens, type PolarityOptions } from './negation';
import { clampRegion, tokenize, type Token } from './normalize';
import type { TokenizedText } from './tokenizedText';
import { knownWordId, lexiconWordId } from '../text/wordIds';
import { NO_NODE, ROOT } from './flatTrie';
import { startsWithDigit } from '../text/chars';

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

interface Match {
  /** Token index one past the last matched token. */
  end: number;
  /** The trie's own array until a second reading of the span adds to it (withNewConcepts copies). */
  concepts: readonly ConceptRef[];
}

/** The tokens being matched and the lexicon whose entries they are read with. */
interface MatchInput {
  readonly tokens: readonly Token[];
  readonly lex: CompiledLexicon;
}

/** The lexicon entry of the token at `t` (a look-up by word id, kept by the lexicon). */
function entryAt(input: MatchInput, t: number): WordEntry {
  return entryFor(input.lex, input.tokens[t] as Token);
}

/** Keys of the token at `t` for one trie: synonym keys (lowercase, resolved) or the abbreviation as written. */
type KeyKind = 'synonym' | 'abbreviation';

function keysAt(input: MatchInput, t: number, kind: KeyKind): readonly number[] {
  return kind === 'synonym' ? entryAt(input, t).keys : [knownWordId((input.tokens[t] as Token).text)];
}

/** One longest-match walk: where it started, which trie it walks, and the longest match so far. */
interface Walk {
  readonly input: MatchInput;
  readonly trie: Trie;
  readonly i: number;
  readonly kind: KeyKind;
  best: Match | null;
}

// Plain functions over a Walk below, not closures made anew for every token a walk starts at.

/**
 * The longest synonym match from token i. Its first step is known: the entry's first-level nodes
 * (WordEntry.firstNodes), which spares a search among the root's thousands of children.
 */
function longestSynonymMatch(input: MatchInput, i: number, trie: Trie): Match | null {
  const walk: Walk = { input, trie, i, kind: 'synonym', best: null };
  const entry = entryAt(input, i);
  const nodes = entry.firstNodes;
  for (let a = 0; a < nodes.length; a++) walkFrom(walk, nodes[a] as number, i + 1, true);
  // "irreguar periods": a misspelt first word, kept only when more of the phrase follows.
  if (nodes.length === 0 && (input.tokens[i] as Token).lower.length >= FUZZY_PHRASE_START_LENGTH) {
    for (const key of entry.continuations) {
      const child = trie.child(ROOT, key);
      if (child !== NO_NODE) walkFrom(walk, child, i + 1, false);
    }
  }
  return walk.best;
}

/** The longest abbreviation match from token i, whose first step (`first`) the caller has taken. */
function longestAbbreviationMatch(input: MatchInput, i: number, trie: Trie, first: number): Match | null {
  const walk: Walk = { input, trie, i, kind: 'abbreviation', best: null };
  walkFrom(walk, first, i + 1, true);
  return walk.best;
}

function walkFrom(walk: Walk, node: number, t: number, check: boolean): void {
  const { input, trie, i, kind } = walk;
  const tokens = input.tokens;
  if (check && trie.endsPhrase[node] === 1 && t > i) {
    const concepts = trie.values[node] as readonly ConceptRef[];
    const best = walk.best;
    if (!best || t > best.end) walk.best = { end: t, concepts };
    else if (t === best.end) best.concepts = withNewConcepts(best.concepts, concepts);
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
    for (const key of entryAt(input, t).continuations) {
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
  const entry = entryAt(input, i);
  if (entry.continuations.length > 0) return true;
  const next = input.tokens[i + 1];
  const nextEntry = next && entryFor(input.lex, next);
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

/** `known` with the concepts of `more` it lacks, copied only when there are any: `known` may be a trie's own array. */
function withNewConcepts(known: readonly ConceptRef[], more: readonly ConceptRef[]): readonly ConceptRef[] {
  if (more.every((c) => known.some((k) => k.id === c.id))) return known;
  const merged = [...known];
  addNewConcepts(merged, more);
  return merged;
}

interface RawMatch {
  readonly start: number;
  readonly end: number;
  readonly concepts: readonly ConceptRef[];
  /** Its own polarity, whatever the cues around it: "nonbloody", a measured temperature. */
  readonly polarity?: Polarity;
}

function matchTokens(tokens: readonly Token[], lex: CompiledLexicon, limit = Infinity): RawMatch[] {
  const input: MatchInput = { tokens, lex };
  const startBits = lex.wordStarts;
  const out: RawMatch[] = [];
  /** Token index where each match of `out` starts. */
  const starts: number[] = [];
  /** Concept id → token index up to which an excluded phrase ("this fall") rules it out. */
  const excludedUntil = new Map<string, number>();
  let i = 0;
  while (i < tokens.length && out.length < limit) {
    const tok = tokens[i] as Token;
    // Most tokens start nothing: a byte per word says so, before any entry is read or walk taken.
    const bits = startBits.of(tok);
    if ((bits & (STARTS_PHRASE | STARTS_ABBREVIATION)) === 0) {
      i++;
      continue;
    }
    const a = (bits & STARTS_PHRASE) !== 0 && mayMatchFrom(input, i, lex.synonymTrie) ? longestSynonymMatch(input, i, lex.synonymTrie) : null;
    const abbreviation = (bits & STARTS_ABBREVIATION) !== 0 ? lex.abbreviationTrie.child(ROOT, knownWordId(tok.text)) : NO_NODE;
    const b = abbreviation !== NO_NODE ? longestAbbreviationMatch(input, i, lex.abbreviationTrie, abbreviation) : null;
    let best: Match | null = a;
    if (b && (!best || b.end > best.end)) best = b;
    else if (b && best && b.end === best.end) best.concepts = withNewConcepts(best.concepts, b.concepts);
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
  return startsWithDigit(tokens[p - 1]?.text ?? '') && startsWithDigit(tokens[p + 1]?.text ?? '');
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
function contextualBloodMatches(tokens: readonly Token[], raw: readonly RawMatch[], lex: CompiledLexicon, coverage: () => readonly number[]): RawMatch[] {
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
function temperatureMatches(tokens: readonly Token[], lex: CompiledLexicon, coverage: () => readonly number[]): RawMatch[] {
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
  let coverage: readonly number[] | undefined;
  const coverageOf = (): readonly number[] => (coverage ??= coveringMatchIndex(tokens, direct));
  const temperatures = mayNameTemperature(text, r) ? temperatureMatches(tokens, lexicon, coverageOf) : [];
  const extra = [...contextualBloodMatches(tokens, direct, lexicon, coverageOf), ...temperatures];
  const withBlood = extra.length === 0 ? direct : [...direct, ...extra].sort((a, b) => a.start - b.start);
  const raw = withFamilyHistory(text, tokens, withBlood, lexicon);
  // Nothing named, nothing to read the polarity of: most support lines and many exam lines.
  if (raw.length === 0) return [];
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
