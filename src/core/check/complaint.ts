// Which chief complaint a note is about: the caller's choice, else front matter, else the HPI's first sentence.
import { damerauLevenshtein } from '../clinical/fuzzy';
import type { KnowledgeIndex } from '../clinical/knowledgeIndex';
import type { ComplaintKnowledge } from '../clinical/types';
import { fieldById, type NoteModel } from '../note/model';
import { escapeRegExp } from '../text/regexp';

export type ComplaintSource = 'option' | 'front-matter' | 'inferred' | 'none';

export interface ResolvedComplaint {
  readonly complaint: ComplaintKnowledge | undefined;
  readonly source: ComplaintSource;
  /** Set when a complaint id was given but is not known. */
  readonly unknownId: string | undefined;
}

function firstSentence(note: NoteModel, fallbackStart: number): string {
  const hpi = fieldById(note, 'hpi');
  const start = hpi ? hpi.span.start : fallbackStart;
  const rest = note.text.slice(start, Math.min(note.text.length, start + 400));
  const end = rest.search(/(?<!\b(?:y|o|yr|yrs|y\/o|\d))\.\s|\n\s*\n/i);
  return (end === -1 ? rest : rest.slice(0, end)).toLowerCase();
}


// Compiled once per alias (not on every check: this was ~5% of checkNote). No `g` flag, so exec is stateless.
const aliasPatterns = new Map<string, RegExp>();

function aliasPattern(alias: string): RegExp {
  let pattern = aliasPatterns.get(alias);
  if (!pattern) {
    pattern = new RegExp(`(?:^|[^a-z])${escapeRegExp(alias)}(?![a-z])`, 'i');
    aliasPatterns.set(alias, pattern);
  }
  return pattern;
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

/** Where a window of the sentence's words is one edit (typo, transposition) from the alias, else -1. */
function fuzzyAt(words: readonly Word[], alias: string): number {
  const aliasWords = wordsOf(alias).map((word) => word.text);
  const target = aliasWords.join(' ');
  if (target.replace(/ /g, '').length < FUZZY_MIN_LETTERS) return -1;
  for (let i = 0; i + aliasWords.length <= words.length; i++) {
    const window = words.slice(i, i + aliasWords.length).map((word) => word.text).join(' ');
    if (damerauLevenshtein(window, target, 1) <= 1) return words[i]?.at ?? -1;
  }
  return -1;
}

/**
 * The complaint whose alias appears earliest in the first sentence (the chief complaint comes first).
 * Exact aliases win; only when none appears does an alias of six or more letters match with one typo.
 */
export function inferComplaint(sentence: string, complaints: readonly ComplaintKnowledge[]): ComplaintKnowledge | undefined {
  const exact = earliest(complaints, (alias) => aliasPattern(alias).exec(sentence)?.index ?? -1);
  if (exact) return exact;
  const words = wordsOf(sentence);
  return earliest(complaints, (alias) => fuzzyAt(words, alias));
}

/** The complaint with the earliest alias (longest at the same offset); `find` gives an alias's offset or -1. */
function earliest(complaints: readonly ComplaintKnowledge[], find: (alias: string) => number): ComplaintKnowledge | undefined {
  let best: { complaint: ComplaintKnowledge; at: number; length: number } | undefined;
  for (const complaint of complaints) {
    for (const alias of complaint.aliases) {
      const at = find(alias);
      if (at === -1) continue;
      if (!best || at < best.at || (at === best.at && alias.length > best.length)) best = { complaint, at, length: alias.length };
    }
  }
  return best?.complaint;
}

export function resolveComplaint(note: NoteModel, index: KnowledgeIndex, requested: string | undefined): ResolvedComplaint {
  const wanted = requested ?? note.frontMatter?.complaint;
  if (wanted !== undefined && wanted.trim() !== '') {
    const complaint = index.complaintById.get(wanted.trim());
    if (complaint) return { complaint, source: requested !== undefined ? 'option' : 'front-matter', unknownId: undefined };
    if (requested !== undefined) return { complaint: undefined, source: 'none', unknownId: wanted };
  }
  const inferred = inferComplaint(firstSentence(note, note.frontMatter?.span.end ?? 0), index.knowledge.complaints);
  const unknownId = wanted !== undefined && wanted.trim() !== '' ? wanted : undefined;
  return { complaint: inferred, source: inferred ? 'inferred' : 'none', unknownId };
}
