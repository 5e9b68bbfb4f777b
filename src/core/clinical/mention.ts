// What the matcher reports: a concept found in text, affirmed or negated.
import type { Span } from '../types';

export type Polarity = 'affirmed' | 'negated';

/** A concept found in text, without polarity: what a name or an exam maneuver refers to. */
export interface ConceptSpan {
  /** Id of the lexicon entry. */
  readonly concept: string;
  readonly label: string;
  /** Span of the matched words in the note text. */
  readonly span: Span;
}

/** A concept found in text, affirmed or negated. */
export interface Mention extends ConceptSpan {
  readonly polarity: Polarity;
}
