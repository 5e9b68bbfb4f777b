// Modifier phrases take their meaning from the finding they modify: "worse with exertion" after
// chest pain documents chest pain on exertion, after shortness of breath dyspnea on exertion, and
// after knee pain neither. The finding is looked for in the phrase's sentence, before it and then
// after it. When nothing is named before the phrase in its sentence ("- comes on climbing stairs"
// under "- chest pressure x 3 wks"), it is looked for in the sentences before, up to one that names
// another topic (knee pain), and only where the sentence does not deny it ("No chest pain.").
import { isSentenceEnd } from './clauseBounds';
import type { Token } from './normalize';

/** The findings a modifier phrase may modify, and those that, in an earlier sentence, end the look-back. */
export interface ModifierTargets {
  readonly of: ReadonlySet<string>;
  readonly notAcross: ReadonlySet<string>;
}

interface ModifierConcept {
  readonly id: string;
  readonly modifier?: ModifierTargets | undefined;
}

interface ModifierMatch {
  readonly start: number;
  readonly end: number;
  readonly concepts: readonly ModifierConcept[];
  readonly polarity?: 'affirmed' | 'negated';
}

/** How a modifier concept is resolved: not at all, by a finding, or by a finding denied after it ("stairs without SOB"). */
type Resolution = 'none' | 'found' | 'denied';

/** How many matches away a modified finding may be: a sentence-long run of findings has its bound. */
const MAX_MATCHES_AWAY = 12;
/** How many sentences back a phrase that opens its sentence may look. */
const MAX_SENTENCES_BACK = 6;

/** Words that deny a finding named after them in their sentence. */
const DENIALS = new Set(['no', 'not', 'denies', 'denied', 'deny', 'without', 'never', 'negative', 'neg', 'none', 'nor', 'w/o']);

/**
 * The matches with each modifier concept kept only where a finding it may modify is found, and
 * matches left with no concept dropped. Matches are sorted by start and do not overlap.
 */
export function resolveModifiers<M extends ModifierMatch>(tokens: readonly Token[], matches: M[]): M[] {
  if (!matches.some(hasModifier)) return matches;
  const sentences = new SentenceIndex(tokens);
  const out: M[] = [];
  matches.forEach((match, i) => {
    if (!hasModifier(match)) {
      out.push(match);
      return;
    }
    let denied = false;
    const kept = match.concepts.filter((c) => {
      if (!c.modifier) return true;
      const resolution = resolveConcept(c.modifier, matches, i, sentences);
      if (resolution === 'denied') denied = true;
      return resolution !== 'none';
    });
    if (kept.length === 0) return;
    const withConcepts = kept.length === match.concepts.length ? match : { ...match, concepts: kept };
    out.push(denied ? { ...withConcepts, polarity: 'negated' } : withConcepts);
  });
  return out;
}

function hasModifier(match: ModifierMatch): boolean {
  return match.concepts.some((c) => c.modifier !== undefined);
}

function names(match: ModifierMatch, ids: ReadonlySet<string>): boolean {
  return match.concepts.some((c) => !c.modifier && ids.has(c.id));
}

function isFinding(match: ModifierMatch): boolean {
  return match.concepts.some((c) => !c.modifier);
}

function resolveConcept(targets: ModifierTargets, matches: readonly ModifierMatch[], i: number, sentences: SentenceIndex): Resolution {
  const match = matches[i] as ModifierMatch;
  const sentence = sentences.of(match.start);
  const first = Math.max(0, i - MAX_MATCHES_AWAY);
  const last = Math.min(matches.length - 1, i + MAX_MATCHES_AWAY);
  let namedBefore = false;
  let j = i - 1;
  for (; j >= first && sentences.of((matches[j] as ModifierMatch).start) === sentence; j--) {
    if (!isFinding(matches[j] as ModifierMatch)) continue;
    namedBefore = true;
    if (names(matches[j] as ModifierMatch, targets.of)) return 'found';
  }
  for (let k = i + 1; k <= last && sentences.of((matches[k] as ModifierMatch).start) === sentence; k++) {
    const other = matches[k] as ModifierMatch;
    if (names(other, targets.of)) return sentences.deniedBetween(match.end, other.start) ? 'denied' : 'found';
  }
  if (namedBefore) return 'none';
  for (; j >= first && sentences.of((matches[j] as ModifierMatch).start) >= sentence - MAX_SENTENCES_BACK; j--) {
    const other = matches[j] as ModifierMatch;
    if (names(other, targets.of)) return sentences.deniedBefore(other.start) ? 'none' : 'found';
    if (names(other, targets.notAcross)) return 'none';
  }
  return 'none';
}

/** Sentence numbers of text offsets; a sentence also ends at a line break (a bullet is a sentence). */
class SentenceIndex {
  /** Offset where each sentence after the first starts, ascending. */
  private readonly starts: number[] = [];
  /** Token index where each sentence starts (the first sentence at token 0). */
  private readonly firstTokens: number[] = [0];

  constructor(private readonly tokens: readonly Token[]) {
    tokens.forEach((tok, p) => {
      if (p > 0 && (tok.newlineBefore || isSentenceEnd(tokens, p - 1))) {
        this.starts.push(tok.start);
        this.firstTokens.push(p);
      }
    });
  }

  of(offset: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] as number) <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether a denial stands before `offset` in its sentence: "No chest pain." */
  deniedBefore(offset: number): boolean {
    return this.deniedBetween((this.tokens[this.firstTokens[this.of(offset)] as number] as Token).start, offset);
  }

  /** Whether a denial stands between two offsets. */
  deniedBetween(from: number, to: number): boolean {
    for (let p = this.firstTokenFrom(from); p < this.tokens.length && (this.tokens[p] as Token).start < to; p++) {
      if (DENIALS.has((this.tokens[p] as Token).lower)) return true;
    }
    return false;
  }

  /** Index of the first token starting at or after `offset`. */
  private firstTokenFrom(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.tokens[mid] as Token).start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
