// Diagnoses of the Data Interpretation section, each with its "History:" and "PE:" support lines
// (and inline support after the name: "1. Influenza - fever, myalgias" is History support).
import type { Span } from '../types';
import type { DiagnosisEntry, SupportLine } from './model';
import { matchSupportLabel, type LabelMatch } from './labels';
import { bulletEnd, isTrailingPunctuation, skipSpacesAndTabs, stickyEnd, trimmed, type NoteLine, type Segment } from './lines';
import { isOneOf, isWhitespace } from '../text/chars';

type Style = 'heading' | 'numbered' | 'bold' | 'bullet' | 'plain';

interface SupportDraft {
  readonly kind: SupportLine['kind'];
  readonly labelStart: number;
  readonly labelEnd: number;
  readonly bodyStart: number;
  end: number;
  readonly indent: number;
  /** Inline support after the name's separator ("1. Influenza - fever, myalgias"), no label of its own. */
  readonly inline?: boolean;
}

interface DiagnosisDraft {
  readonly rank: number;
  readonly name: string;
  readonly nameStart: number;
  readonly start: number;
  end: number;
  readonly style: Style;
  readonly indent: number;
  readonly support: SupportDraft[];
}

/** Where a line's content starts, once indentation, heading hashes and one bullet are skipped. */
interface LineShape {
  readonly indent: number;
  readonly heading: boolean;
  readonly bullet: boolean;
  readonly content: number;
}

const NUMBER_MARKERS = [
  /(?:d?dx|diagnosis|diff)[ \t]*#?[ \t]*(\d{1,3})[ \t]*(?:[:.)]|[-\u2013\u2014](?=[ \t]))?[ \t]*/iy,
  /#[ \t]?(\d{1,3})(?:[ \t]*[:.)]|[ \t]*[-\u2013\u2014](?=[ \t])|(?=[ \t]))[ \t]*/y,
  /(\d{1,3})[.)](?:[ \t]+|$|(?=\*\*|__))/y,
];
const LETTER = /\p{L}/u;
const BOLD_OPEN = /(?:\*\*|__)[ \t]*/y;
// A name ends at bold close, a spaced dash or a colon: "1. ACS - exertional CP" names "ACS".
const NAME_END = /\*\*|__|[ \t]+[-\u2013\u2014](?:[ \t]|$)|:/g;

export function diagnosesOf(text: string, segments: readonly Segment[]): DiagnosisEntry[] {
  const drafts: DiagnosisDraft[] = [];
  let current: DiagnosisDraft | undefined;
  let open: SupportDraft | undefined;
  segments.forEach((segment, index) => {
    const shape = shapeOf(segment);
    if (!shape) return;
    const line = segment.line;
    const support = matchSupportLabel(line.text, shape.content);
    if (support) {
      if (!current) return;
      const found = [{ at: shape.content, match: support }, ...laterLabels(line.text, support.bodyStart, AFTER_SENTENCE)];
      for (const draft of supportsOf(line, found, shape.indent)) current.support.push((open = draft));
      current.end = line.end;
      return;
    }
    const started = startsDiagnosis(segment, shape, current, open, () => nextIsSupport(segments, index + 1));
    if (started) {
      // An unnamed slot ("### 2.") ends the diagnosis before it; its support lines belong to no one.
      current = started === 'unnamed' ? undefined : started;
      if (current) drafts.push(current);
      // Inline support ends with its line: the next plain line may name the next diagnosis.
      open = current?.support.filter((draft) => !draft.inline).pop();
      return;
    }
    if (current) current.end = line.end;
    if (open) open.end = line.end;
  });
  return drafts.map((draft, index) => finish(text, draft, index + 1));
}

function shapeOf(segment: Segment): LineShape | undefined {
  const line = segment.line;
  const from = segment.start - line.start;
  const indent = skipSpacesAndTabs(line.text, from === 0 ? line.afterHeadingMark : from);
  if (indent >= line.text.length) return undefined;
  const content = bulletEnd(line.text, indent);
  return { indent, heading: from === 0 && line.heading > 0, bullet: content > indent, content };
}

function startsDiagnosis(
  segment: Segment,
  shape: LineShape,
  current: DiagnosisDraft | undefined,
  open: SupportDraft | undefined,
  nextIsSupportLine: () => boolean,
): DiagnosisDraft | 'unnamed' | undefined {
  const line = segment.line;
  const numbered = numberMarker(line.text, shape.content);
  const boldAt = stickyEnd(BOLD_OPEN, line.text, numbered?.end ?? shape.content);
  const style: Style = shape.heading ? 'heading' : numbered ? 'numbered' : boldAt > shape.content ? 'bold' : shape.bullet ? 'bullet' : 'plain';
  const context = { shape, current, open, nextIsSupportLine };
  if (!opensDiagnosis(style, context)) return undefined;
  const name = nameOf(line.text, boldAt);
  if (!name) return style === 'heading' || style === 'numbered' ? 'unnamed' : undefined;
  const inline = laterLabels(line.text, name.start + name.text.length, AFTER_ANY);
  const unlabelled = inlineSupport(line, name.start + name.text.length, inline[0]?.at ?? line.text.length, shape.indent);
  return {
    rank: numbered?.rank ?? name.rank ?? 0,
    name: name.text,
    nameStart: line.start + name.start,
    start: line.start + (shape.heading ? skipSpacesAndTabs(line.text, 0) : shape.indent),
    end: line.end,
    style,
    indent: shape.indent,
    support: [...(unlabelled ? [unlabelled] : []), ...supportsOf(line, inline, shape.indent)],
  };
}

// After a name, bold close and a spaced dash or a colon: "1. Influenza - fever, myalgias", "**ACS**: exertional CP".
const INLINE_SEPARATOR = /(?:\*\*|__)?[ \t]*([-\u2013\u2014](?=[ \t])|:)[ \t]*/y;

/**
 * The text after the separator that ends a diagnosis name, up to any support label on the line, is a
 * History support line whose label is the separator: students list findings inline in the DDx ("Influenza -
 * fever, myalgias"), and graders read them as support. A name followed by "- Hx: …" has labels instead.
 */
function inlineSupport(line: NoteLine, nameEnd: number, until: number, indent: number): SupportDraft | undefined {
  INLINE_SEPARATOR.lastIndex = nameEnd;
  const match = INLINE_SEPARATOR.exec(line.text);
  if (!match) return undefined;
  const separator = nameEnd + match[0].indexOf(match[1] as string);
  const bodyStart = INLINE_SEPARATOR.lastIndex;
  if (bodyStart >= until || !/\p{L}/u.test(line.text.slice(bodyStart, until))) return undefined;
  return {
    kind: 'history',
    labelStart: line.start + separator,
    labelEnd: line.start + separator + 1,
    bodyStart: line.start + bodyStart,
    end: line.start + until,
    indent,
    inline: true,
  };
}

interface Found {
  /** Where the label (with any bold) starts in the line. */
  readonly at: number;
  readonly match: LabelMatch<SupportLine['kind']>;
}

// Support labels later on a line: "History: x. PE: y", or after a name: "1. ACS - Hx: x; PE: y".
const AFTER_SENTENCE = /[.;][ \t]+|[ \t]{2,}/g;
const AFTER_ANY = /[.;,:(][ \t]*|[ \t]+/g;

function laterLabels(text: string, from: number, boundary: RegExp): Found[] {
  const found: Found[] = [];
  boundary.lastIndex = from;
  for (let gap = boundary.exec(text); gap; gap = boundary.exec(text)) {
    const at = boundary.lastIndex;
    const match = matchSupportLabel(text, at, true);
    if (!match) continue;
    found.push({ at, match });
    boundary.lastIndex = Math.max(match.bodyStart, at);
  }
  return found;
}

/** One support per label; each runs to the next label on the line or to the line's end. */
function supportsOf(line: NoteLine, found: readonly Found[], indent: number): SupportDraft[] {
  return found.map(({ match }, index) => ({
    kind: match.id,
    labelStart: line.start + match.labelStart,
    labelEnd: line.start + match.labelEnd,
    bodyStart: line.start + match.bodyStart,
    end: line.start + (found[index + 1]?.at ?? line.text.length),
    indent,
  }));
}

interface StartContext {
  readonly shape: LineShape;
  readonly current: DiagnosisDraft | undefined;
  readonly open: SupportDraft | undefined;
  readonly nextIsSupportLine: () => boolean;
}

/** Headings, bold and numbered lines always name a diagnosis; bullets and plain lines only where a list of names goes on. */
function opensDiagnosis(style: Style, { shape, current, open, nextIsSupportLine }: StartContext): boolean {
  switch (style) {
    case 'heading':
    case 'bold':
      return true;
    case 'numbered':
      // A numbered list nested under a support label lists findings.
      return !(open && shape.indent > open.indent);
    case 'bullet':
      return !current || (current.style === 'bullet' && shape.indent <= current.indent);
    case 'plain':
      return nextIsSupportLine() || (!open && (!current || current.style === 'plain'));
  }
}

function numberMarker(text: string, at: number): { rank: number; end: number } | undefined {
  for (const marker of NUMBER_MARKERS) {
    marker.lastIndex = at;
    const match = marker.exec(text);
    if (match) return { rank: Number(match[1]), end: marker.lastIndex };
  }
  return undefined;
}

function nameOf(text: string, at: number): { text: string; start: number; rank: number | undefined } | undefined {
  // "**1. ACS**" carries its number inside the bold.
  const inner = numberMarker(text, at);
  const start = inner?.end ?? at;
  NAME_END.lastIndex = start;
  const stop = NAME_END.exec(text);
  const label = laterLabels(text, start, AFTER_ANY)[0];
  let end = Math.min(stop ? stop.index : text.length, label ? label.at : text.length);
  while (end > start && isTrailingPunctuation(text, end - 1)) end--;
  const name = text.slice(start, end);
  // The template's "### 1. " is an empty slot, not a diagnosis named "1".
  return LETTER.test(name) ? { text: name, start, rank: inner?.rank } : undefined;
}

function nextIsSupport(segments: readonly Segment[], from: number): boolean {
  for (let index = from; index < segments.length; index++) {
    const segment = segments[index];
    const shape = segment && shapeOf(segment);
    if (shape) return matchSupportLabel(segment.line.text, shape.content) !== undefined;
  }
  return false;
}

function finish(text: string, draft: DiagnosisDraft, order: number): DiagnosisEntry {
  return {
    rank: draft.rank > 0 ? draft.rank : order,
    name: draft.name,
    nameSpan: { start: draft.nameStart, end: draft.nameStart + draft.name.length },
    span: trimmed(text, draft.start, Math.max(draft.start, draft.end)),
    support: draft.support.map((support) => ({
      kind: support.kind,
      labelSpan: { start: support.labelStart, end: support.labelEnd },
      span: withoutTrailingSeparator(text, trimmed(text, support.bodyStart, Math.max(support.bodyStart, support.end))),
    })),
  };
}

/** "exertional pain;" before "PE:" on the same line keeps its words, not the separator. */
function withoutTrailingSeparator(text: string, span: Span): Span {
  let end = span.end;
  while (end > span.start && (isWhitespace(text.charCodeAt(end - 1)) || isOneOf(text, end - 1, ';,'))) end--;
  return { start: span.start, end };
}
