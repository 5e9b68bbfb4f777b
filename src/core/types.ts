// Shared value types of the core: positions, findings and fixes are plain data, never editor objects.

/** Half-open range of UTF-16 offsets into the note text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** 0-based line and character (UTF-16), as in LSP and the VS Code API. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export type Severity = 'error' | 'warning' | 'info';

/** Replace the text in `span` with `newText` (an insertion when the span is empty). */
export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** Safe fixes only add or reword; "fix all" applies only these. */
  readonly safe: boolean;
}

/** Values that name what a finding is about (red flag id, test id, diagnosis …). */
export type FindingData = Readonly<Record<string, string | number | boolean>>;

/** What a rule reports; the checker adds the severity and the line/character range. */
export interface FindingInput {
  readonly message: string;
  readonly span: Span;
  readonly data?: FindingData;
  readonly fixes?: readonly Fix[];
}

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly range: Range;
  readonly data: FindingData;
  readonly fixes: readonly Fix[];
}
