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
    return withFreshStart(slice);
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

/** The first token of a region has nothing before it: tokenize marks it as after a space, never after a line break. */
function withFreshStart(tokens: Token[]): Token[] {
  const first = tokens[0];
  if (first && (!first.spaceBefore || first.newlineBefore)) tokens[0] = withSpacing(first, true, false);
  return tokens;
}
