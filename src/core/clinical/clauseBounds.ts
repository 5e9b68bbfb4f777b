// Where sentences and clauses end in a token stream, as the negation and the dated states read it.
import type { Token } from './normalize';

/** Words after which a '.' does not end a sentence. */
// "wt. changes", "hx. of": a note's own abbreviations inside a list do not end its sentence.
const DOT_ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'vs', 'approx', 'appt', 'e.g', 'i.e', 'etc', 'st', 'wt', 'hx', 'sx']);

/** Whether the token at `p` ends a sentence: ';', ':', '!', '?', or a '.' that is no decimal point or abbreviation. */
export function isSentenceEnd(tokens: readonly Token[], p: number): boolean {
  const tok = tokens[p] as Token;
  const c = tok.text;
  if (c === ';' || c === '!' || c === '?' || c === ':') return true;
  if (c !== '.') return false;
  const prev = tokens[p - 1];
  const next = tokens[p + 1];
  // "38.5", "y.o": a dot glued between two words or numbers.
  if (prev && next && prev.isWord && next.isWord && !tok.spaceBefore && !next.spaceBefore) return false;
  if (prev && prev.isWord && !tok.spaceBefore) {
    // Last dot of "y.o." / "e.g.": single letter glued to a previous dot.
    const before = tokens[p - 2];
    if (prev.text.length === 1 && before && before.text === '.' && !prev.spaceBefore) return false;
    if (DOT_ABBREVIATIONS.has(prev.lower) && next && !next.newlineBefore && /^[a-z0-9]/.test(next.text)) return false;
  }
  return true;
}

/** Nothing clause-like follows from token `p` on: end, line break, punctuation, or a conjunction. */
export function endsClause(tokens: readonly Token[], p: number): boolean {
  const next = tokens[p];
  if (!next || next.newlineBefore) return true;
  if (!next.isWord) return /^[,;.:)\]!?/]$/.test(next.text);
  return next.lower === 'and' || next.lower === 'or' || next.lower === 'but';
}

/** What a line may end in when its list goes on in the next line. */
const LIST_JOINS = new Set([',', 'and', 'or']);
/** How many tokens into a wrapped line a ':' still makes it a label ("pmh: htn", "fh:mother has"). */
const LABEL_REACH = 3;

/** Marks that open a signed or bulleted line ("+ nausea", "- fever", "* cough"), one item a line. */
const LINE_MARKS = new Set(['+', '-', '*', '•', '–']);

/** The first token of the line that token `p` is on. */
function lineStart(tokens: readonly Token[], p: number): Token | undefined {
  let q = p;
  while (q > 0 && !(tokens[q] as Token).newlineBefore) q--;
  return tokens[q];
}

/**
 * Whether the line break before token `p` only wraps a list, as a hard-wrapped paragraph does: the
 * line before ends in a comma, "and" or "or", and the next line goes on in lowercase, with no bullet
 * or label ("Denies syncope, chest pain,\ncalf pain, fever."). Any other line break ends the clause,
 * and so does every break after a signed or bulleted line ("- fever,\ncough": an item a line).
 */
export function wrapsList(tokens: readonly Token[], p: number): boolean {
  const tok = tokens[p];
  const prev = tokens[p - 1];
  if (!tok || !prev || !tok.newlineBefore || !LIST_JOINS.has(prev.lower) || !/^[a-z]/.test(tok.text)) return false;
  if (LINE_MARKS.has(lineStart(tokens, p - 1)?.text ?? '')) return false;
  for (let q = p + 1; q < tokens.length && q <= p + LABEL_REACH; q++) {
    const next = tokens[q] as Token;
    if (next.newlineBefore) break;
    if (next.text === ':') return false;
  }
  return true;
}
