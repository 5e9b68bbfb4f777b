// Labelled fields of History and Physical Examination, several to a line when the student ran them on.
import type { FieldId, NoteField } from './model';
import { matchExamField, matchHistoryField, type LabelMatch } from './labels';
import { trimmed, type Segment } from './lines';

type FieldMatcher = (text: string, at: number, midLine: boolean) => LabelMatch<FieldId> | undefined;

interface Hit {
  readonly match: LabelMatch<FieldId>;
  /** Absolute offset where the previous field ends: the label's line start, or the label itself mid-line. */
  readonly cut: number;
  /** Absolute offset of the line the match's relative offsets count from. */
  readonly lineStart: number;
}

// Where a mid-line label may start: after a sentence end, a wide gap or a pipe.
const BOUNDARY = /[.;!?][ \t]+|[ \t]{2,}|\|[ \t]*/g;

/** `unlabelledHpi`: where an unlabelled first paragraph starts, an HPI field with an empty label. */
export function fieldsOf(text: string, kind: 'history' | 'exam', segments: readonly Segment[], end: number, unlabelledHpi?: number): NoteField[] {
  const match: FieldMatcher = kind === 'history' ? matchHistoryField : matchExamField;
  const hits: Hit[] = [];
  if (unlabelledHpi !== undefined) {
    hits.push({ match: { id: 'hpi', label: '', labelStart: 0, labelEnd: 0, bodyStart: 0 }, cut: unlabelledHpi, lineStart: unlabelledHpi });
  }
  for (const segment of segments) collectHits(segment, match, hits);
  return hits.map((hit, index) => toField(text, hit, hits[index + 1]?.cut ?? end));
}

function collectHits(segment: Segment, match: FieldMatcher, hits: Hit[]): void {
  const line = segment.line;
  const from = segment.start - line.start;
  const first = from === 0 ? line.afterBullet : from;
  let scanFrom = from;
  const atStart = match(line.text, first, false);
  if (atStart) {
    hits.push({ match: atStart, cut: segment.start, lineStart: line.start });
    scanFrom = atStart.bodyStart;
  }
  BOUNDARY.lastIndex = scanFrom;
  for (let gap = BOUNDARY.exec(line.text); gap; gap = BOUNDARY.exec(line.text)) {
    const found = match(line.text, BOUNDARY.lastIndex, true);
    if (!found) continue;
    hits.push({ match: found, cut: line.start + BOUNDARY.lastIndex, lineStart: line.start });
    BOUNDARY.lastIndex = Math.max(found.bodyStart, BOUNDARY.lastIndex);
  }
}

function toField(text: string, hit: Hit, end: number): NoteField {
  const { match, lineStart } = hit;
  const bodyStart = lineStart + match.bodyStart;
  const bodyEnd = match.bodyEnd === undefined ? end : Math.min(end, lineStart + match.bodyEnd);
  return {
    id: match.id,
    label: match.label,
    labelSpan: { start: lineStart + match.labelStart, end: lineStart + match.labelEnd },
    span: trimmed(text, bodyStart, Math.max(bodyStart, bodyEnd)),
  };
}
