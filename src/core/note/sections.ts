// First pass: cut the note body into the four sections, by headings, label lines or implied starts.
import type { Span } from '../types';
import type { SectionId } from './model';
import { isVitalsLabel, matchHistoryField, matchSectionLabel } from './labels';
import { isSpaceOrTab, trimmed, type NoteLine, type Segment } from './lines';

export interface SectionDraft {
  readonly id: SectionId;
  readonly title: string;
  readonly headingSpan: Span;
  readonly bodyStart: number;
  /** Heading level of the section's own heading; 0 for a plain label or an implied section. */
  readonly level: number;
  readonly segments: Segment[];
  /** Start of an unlabelled first paragraph taken as the HPI of an implied History section. */
  readonly unlabelledHpi?: number;
}

export function splitSections(lines: readonly NoteLine[], fromLine: number): SectionDraft[] {
  const drafts: SectionDraft[] = [];
  let current: SectionDraft | undefined;
  // Lines of the paragraph before the first label: "45 yo M with chest pain x2d …" then "ROS - …".
  let leading: NoteLine[] = [];
  for (let index = fromLine; index < lines.length; index++) {
    const line = lines[index];
    if (!line || line.ignored) continue;
    const opened = openSection(line, current);
    if (opened === 'same') continue;
    if (opened) {
      let draft = skipUnderline(opened, lines, index);
      if (drafts.length === 0 && leading.length > 0) {
        const history = leadingHistory(leading, draft);
        // Merged into the History that "ROS -" implies, or a History of its own before "PE:".
        if (history.id === draft.id) draft = history;
        else drafts.push(history);
      }
      leading = [];
      current = draft;
      drafts.push(current);
    } else if (current) {
      current.segments.push({ line, start: line.start });
    } else if (line.heading > 0) {
      leading = [];
    } else if (leading.length > 0 || line.text.trim() !== '') {
      leading.push(line);
    }
  }
  return drafts;
}

/**
 * The unlabelled first paragraph before the first label is the HPI of an implied History section:
 * merged into the History a history field ("ROS -") implies, or a History of its own before an
 * Exam, DDx or Workup label. An explicit "History" heading leaves it out (a title, a preamble).
 */
function leadingHistory(paragraph: readonly NoteLine[], opened: SectionDraft): SectionDraft {
  const first = paragraph[0] as NoteLine;
  const segments = paragraph.map((line) => ({ line, start: line.start }));
  if (opened.id === 'history') {
    if (opened.title !== '') return opened;
    return { ...opened, headingSpan: { start: first.start, end: first.start }, bodyStart: first.start, segments: [...segments, ...opened.segments], unlabelledHpi: first.start };
  }
  return { id: 'history', title: '', headingSpan: { start: first.start, end: first.start }, bodyStart: first.start, level: 0, segments, unlabelledHpi: first.start };
}

/** A setext heading's body starts after its underline. */
function skipUnderline(draft: SectionDraft, lines: readonly NoteLine[], index: number): SectionDraft {
  const next = lines[index + 1];
  const underline = next?.ignored === true && /^[ \t]*(?:=+|-+)[ \t]*$/.test(next.text);
  if (draft.segments.length > 0 || !next || !underline || lines[index]?.heading === 0) return draft;
  return { ...draft, bodyStart: next.next };
}

/** A new section started by this line, 'same' for a repeated label of the current one, else undefined. */
function openSection(line: NoteLine, current: SectionDraft | undefined): SectionDraft | 'same' | undefined {
  const labelled = labelledSection(line, current);
  if (labelled) {
    if (labelled.id !== current?.id) return labelled;
    // "Tests: ECG, CBC" under "## Diagnostic Studies": the label goes, its content stays.
    if (labelled.bodyStart < line.end) current.segments.push({ line, start: labelled.bodyStart });
    return 'same';
  }
  return impliedSection(line, current);
}

function labelledSection(line: NoteLine, current: SectionDraft | undefined): SectionDraft | undefined {
  const text = line.heading > 0 ? withoutClosingHashes(line.text) : line.text;
  const match = matchSectionLabel(text, line.afterHeadingMark);
  if (!match) return undefined;
  // Under a diagnosis "History:" and "PE:" are support lines, unless a heading as high as the DDx one.
  if (current?.id === 'ddx' && (match.id === 'history' || match.id === 'exam')) {
    const outranks = line.heading > 0 && (current.level === 0 || line.heading <= current.level);
    if (!outranks) return undefined;
  }
  // "Plan: shoot himself in his truck" in a History is the patient's plan; the workup comes after an exam.
  if (current?.id === 'history' && line.heading === 0 && match.id === 'workup' && /^plan$/i.test(match.label)) return undefined;
  const alone = match.bodyStart >= text.length;
  const bodyStart = alone ? line.next : line.start + match.bodyStart;
  // The heading as typed: "## History", "**PE:**", "History -".
  const heading = trimmed(line.text, 0, alone ? text.length : match.bodyStart);
  const draft: SectionDraft = {
    id: match.id,
    title: match.label,
    headingSpan: { start: line.start + heading.start, end: line.start + heading.end },
    bodyStart,
    level: line.heading,
    segments: [],
  };
  if (!alone) draft.segments.push({ line, start: bodyStart });
  return draft;
}

const CLOSING_HASHES = /[ \t]+#+[ \t]*$/;

/** "## History ##": an ATX heading's closing hashes are no part of the label. */
function withoutClosingHashes(text: string): string {
  let end = text.length;
  while (end > 0 && isSpaceOrTab(text.charCodeAt(end - 1))) end--;
  // The regex costs a scan of the whole line; only a line ending in "#" can match it.
  return text.endsWith('#', end) ? text.replace(CLOSING_HASHES, '') : text;
}

/** "HPI:" before any section implies History; "VS:" before any section or in History implies Exam. */
function impliedSection(line: NoteLine, current: SectionDraft | undefined): SectionDraft | undefined {
  const at = line.afterBullet;
  let id: SectionId | undefined;
  if ((!current || current.id === 'history') && isVitalsLabel(line.text, at)) id = 'exam';
  else if (!current && matchHistoryField(line.text, at, false)) id = 'history';
  if (!id) return undefined;
  const start = line.start + at;
  return { id, title: '', headingSpan: { start, end: start }, bodyStart: start, level: 0, segments: [{ line, start: line.start }] };
}
