// Applying fixes as data: one fix, or every safe fix until none is left.
import { applyEdits } from './edits';
import { checkNote } from './checkNote';
import type { CheckOptions } from './options';
import type { Fix } from '../types';

export function applyFix(text: string, fix: Fix): string {
  return applyEdits(text, fix.edits);
}

/**
 * Applies safe fixes one at a time, re-checking after each so offsets stay valid and no fix is
 * applied to text it was not computed for. Bounded so a fix that keeps re-appearing cannot loop.
 */
export function applySafeFixes(text: string, options: CheckOptions = {}, maxRounds = 50): { text: string; applied: number } {
  let current = text;
  let applied = 0;
  for (let round = 0; round < maxRounds; round++) {
    const fix = checkNote(current, options).findings.flatMap((finding) => finding.fixes).find((candidate) => candidate.safe);
    if (!fix) break;
    const next = applyFix(current, fix);
    if (next === current) break;
    current = next;
    applied++;
  }
  return { text: current, applied };
}
