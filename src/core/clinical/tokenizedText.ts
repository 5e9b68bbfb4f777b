// A note tokenized once, so that every region the analysis reads (history, exam, each support line,
// each study) takes its tokens from one pass over the text instead of tokenizing again.
import { clampRegion, tokenize, withSpacing, type Token } from './normalize';
import type { Span } from '../types';

export class TokenizedText {
  readonly tokens: readonly Token[];

  constructor(readonly text: string) {
    this.tokens = tokenize(text);
  }

  /** The tokens of `text[region)`, exactly as `tokenize(text, region.start, region.end)` gives them. */
  tokensIn(region?: Span): Token[] {
    const { start, end } = clampRegion(this.text, region);
    const from = this.firstEndingAfter(start);
    let to = from;
    while (to < this.tokens.length && (this.tokens[to] as Token).end <= end) to++;
    const first = this.tokens[from];
    const next = this.tokens[to];
    // A region edge that cuts through a token: only tokenizing the region itself gives its pieces.
    if ((first && first.start < start && first.end > start) || (next && next.start < end && next.end > end)) {
      return tokenize(this.text, start, end);
    }
    const slice = this.tokens.slice(from, to);
    return withFreshStart(slice, this.text, start);
  }

  /** Index of the first token ending after `offset` (binary search: tokens are sorted). */
  private firstEndingAfter(offset: number): number {
    let low = 0;
    let high = this.tokens.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.tokens[mid] as Token).end <= offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/** Whether text[from, to) holds a line break. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return true;
  }
  return false;
}

/**
 * The first token of a region has only the region's own text before it, as tokenize reads it: after
 * a space, and after a line break only when one lies between the region's start and the token.
 */
function withFreshStart(tokens: Token[], text: string, regionStart: number): Token[] {
  const first = tokens[0];
  if (!first) return tokens;
  const newline = first.newlineBefore && hasLineBreak(text, regionStart, first.start);
  if (!first.spaceBefore || first.newlineBefore !== newline) tokens[0] = withSpacing(first, true, newline);
  return tokens;
}
