// Span helpers shared by the scanners that collect cue spans with regular expressions.
import type { Span } from '../types';

/** The spans sorted by start and merged where they overlap or touch; sorts `spans` in place. */
export function mergeSpans(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else out.push(s);
  }
  return out;
}
