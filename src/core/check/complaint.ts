// Which chief complaint a note is about: the caller's choice, else front matter, else the HPI's first sentence.
import type { KnowledgeIndex } from '../clinical/knowledgeIndex';
import type { ComplaintKnowledge } from '../clinical/types';
import { fieldById, type NoteModel } from '../note/model';

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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
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

/** The complaint whose alias appears earliest in the first sentence (the chief complaint comes first). */
export function inferComplaint(sentence: string, complaints: readonly ComplaintKnowledge[]): ComplaintKnowledge | undefined {
  let best: { complaint: ComplaintKnowledge; at: number; length: number } | undefined;
  for (const complaint of complaints) {
    for (const alias of complaint.aliases) {
      const match = aliasPattern(alias).exec(sentence);
      if (!match) continue;
      const at = match.index;
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
