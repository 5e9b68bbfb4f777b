// What the matcher reports: a concept found in text, affirmed or negated.
import type { Span } from '../types';

export type Polarity = 'affirmed' | 'negated';

export interface Mention {
  /** Id of the lexicon entry. */
  readonly concept: string;
  readonly label: string;
  readonly polarity: Polarity;
  /** Span of the matched words in the note text. */
  readonly span: Span;
}
