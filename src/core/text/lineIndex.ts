// Offsets <-> line/character for a text, with \n, \r\n and lone \r all ending a line.
import type { Position, Range, Span } from '../types';

export class LineIndex {
  /** Offset where each line starts. */
  private readonly starts: number[] = [0];
  /** Offset where each line's content ends (its line break excluded). */
  private readonly ends: number[] = [];

  constructor(private readonly text: string) {
    // indexOf finds the breaks much faster than a loop over every character.
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (lf !== -1 || cr !== -1) {
      const at = cr === -1 || (lf !== -1 && lf < cr) ? lf : cr;
      const next = at === cr && lf === at + 1 ? at + 2 : at + 1;
      this.ends.push(at);
      this.starts.push(next);
      if (lf !== -1 && lf < next) lf = text.indexOf('\n', next);
      if (cr !== -1 && cr < next) cr = text.indexOf('\r', next);
    }
    this.ends.push(text.length);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Content of a line, its line break excluded; lines out of range are clamped. */
  lineSpan(line: number): Span {
    const index = this.clampLine(line);
    return { start: this.starts[index] ?? 0, end: this.ends[index] ?? 0 };
  }

  /** Offset where the line after `line` starts (the text length for the last line). */
  nextLineStart(line: number): number {
    const index = this.clampLine(line);
    return index + 1 < this.starts.length ? (this.starts[index + 1] ?? 0) : this.text.length;
  }

  /** The line containing an offset; offsets out of range are clamped. */
  lineAt(offset: number): number {
    const target = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= target) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(Number.isFinite(offset) ? Math.floor(offset) : 0, this.text.length));
    const line = this.lineAt(clamped);
    return { line, character: clamped - (this.starts[line] ?? 0) };
  }

  /** Offset of a position; like VS Code, a character past the line's end stops at the line break. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const span = this.lineSpan(position.line);
    return Math.max(span.start, Math.min(span.start + Math.max(0, position.character), span.end));
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  private clampLine(line: number): number {
    return Math.max(0, Math.min(Math.floor(line), this.starts.length - 1));
  }
}
