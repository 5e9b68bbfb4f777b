// Family history read the way a grader reads it: a relative and a condition named in one clause
// ("dad had a heart attack", "MI in his father", "FHx: thyroid dz"), in any order and wording.
import type { LexiconEntry, FindingConcept } from './types';
import { escapeRegExp } from '../text/regexp';

/** Words that put a clause about the family; "FH"/"FHx" count because the field names the family. */
const RELATIVE =
  /\b(?:fathers?|dad|daddy|mothers?|mom|mum|mommy|parents?|brothers?|sisters?|siblings?|uncles?|aunts?|grand(?:father|mother|pa|ma|parents?)|cousins?|fh|fhx|fam(?:ily)?\s*(?:hx|history)?)\b/i;

const RELATIVES = new RegExp(RELATIVE.source, 'gi');

/** Clause ends: sentence stops (not the dot of "y.o." or a decimal), semicolons, line breaks. */
const CLAUSE_END = /[;!?\n]|\.(?=\s|$)/g;

export interface FamilyPattern {
  readonly concept: string;
  readonly condition: RegExp;
}


export function compileFamilyPatterns(entries: readonly LexiconEntry[]): FamilyPattern[] {
  const patterns: FamilyPattern[] = [];
  for (const entry of entries) {
    const conditions = (entry as FindingConcept).familyConditions;
    if (!conditions || conditions.length === 0) continue;
    // Longest first, so "peptic ulcer disease" wins over "ulcer"; any run of spaces or a hyphen between words.
    const alternatives = [...conditions]
      .sort((a, b) => b.length - a.length)
      .map((phrase) => phrase.split(/[\s-]+/).map(escapeRegExp).join('[\\s-]+'));
    patterns.push({ concept: entry.id, condition: new RegExp(`(?<![\\w])(?:${alternatives.join('|')})(?![\\w])`, 'i') });
  }
  return patterns;
}

export interface FamilyMatch {
  readonly concept: string;
  readonly start: number;
  readonly end: number;
}

/** Conditions named in a clause that also names a relative; spans cover the condition words. */
export function familyHistoryMatches(text: string, start: number, end: number, patterns: readonly FamilyPattern[]): FamilyMatch[] {
  if (patterns.length === 0) return [];
  const region = text.slice(start, end);
  const matches: FamilyMatch[] = [];
  for (const clause of clausesNamingARelative(region)) {
    const words = region.slice(clause.start, clause.end);
    for (const pattern of patterns) {
      const found = pattern.condition.exec(words);
      if (found) matches.push({ concept: pattern.concept, start: start + clause.start + found.index, end: start + clause.start + found.index + found[0].length });
    }
  }
  return matches;
}

/** The clauses of `region` (in order, each once) in which a relative is named. */
function clausesNamingARelative(region: string): Array<{ start: number; end: number }> {
  const relatives = [...region.matchAll(RELATIVES)].map((m) => m.index ?? 0);
  if (relatives.length === 0) return [];
  const ends = [...region.matchAll(CLAUSE_END)].map((m) => m.index ?? 0);
  ends.push(region.length);
  const clauses: Array<{ start: number; end: number }> = [];
  let clause = 0;
  let clauseStart = 0;
  for (const at of relatives) {
    while ((ends[clause] as number) < at) clauseStart = (ends[clause++] as number) + 1;
    const clauseEnd = ends[clause] as number;
    if (clauses[clauses.length - 1]?.start !== clauseStart) clauses.push({ start: clauseStart, end: clauseEnd });
  }
  return clauses;
}
