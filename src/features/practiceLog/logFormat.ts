// The practice log's line format (`.csnote/log.jsonl`): one JSON object a line. Pure: no editor API,
// so the parsing, appending and CSV export are unit-tested in Node.

export type LogSection = 'hpi' | 'ros' | 'pe' | 'differential' | 'workup';
export const LOG_SECTIONS: readonly LogSection[] = ['hpi', 'ros', 'pe', 'differential', 'workup'];

export interface LogEntry {
  /** ISO 8601 date and time of the check or timer stop. */
  readonly date: string;
  /** Workspace-relative path of the note (or its URI when outside the workspace). */
  readonly file: string;
  /** Complaint id, or null when the note's complaint was not recognised. */
  readonly complaint: string | null;
  readonly timeUsedSeconds: number | null;
  /** Whether each Note Quality Checklist section passed. */
  readonly sections: Readonly<Record<LogSection, boolean>>;
  /** Finding ids of the red flags left out. */
  readonly redFlagsMissed: readonly string[];
  readonly source: 'check' | 'timer';
}

export interface LogParseError {
  /** 1-based line number in the log file. */
  readonly line: number;
  readonly message: string;
}

export interface ParsedLog {
  readonly entries: LogEntry[];
  readonly errors: LogParseError[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The entry a parsed JSON value stands for, or a message saying what is wrong with it. */
export function toLogEntry(value: unknown): LogEntry | string {
  if (!isRecord(value)) return 'not a JSON object';
  const { date, file, complaint, timeUsedSeconds, sections, redFlagsMissed, source } = value;
  if (typeof date !== 'string' || Number.isNaN(Date.parse(date))) return '"date" is not an ISO date';
  if (typeof file !== 'string') return '"file" is not a string';
  if (complaint !== null && complaint !== undefined && typeof complaint !== 'string') return '"complaint" is not a string';
  if (timeUsedSeconds !== null && timeUsedSeconds !== undefined && (typeof timeUsedSeconds !== 'number' || !Number.isFinite(timeUsedSeconds) || timeUsedSeconds < 0)) {
    return '"timeUsedSeconds" is not a number of seconds';
  }
  if (!isRecord(sections)) return '"sections" is not an object';
  const parsedSections = {} as Record<LogSection, boolean>;
  for (const section of LOG_SECTIONS) {
    const pass = sections[section];
    if (typeof pass !== 'boolean') return `"sections.${section}" is not true or false`;
    parsedSections[section] = pass;
  }
  const flags = redFlagsMissed ?? [];
  if (!Array.isArray(flags) || !flags.every((flag) => typeof flag === 'string')) return '"redFlagsMissed" is not a list of strings';
  if (source !== 'check' && source !== 'timer') return '"source" is not "check" or "timer"';
  return {
    date,
    file,
    complaint: typeof complaint === 'string' ? complaint : null,
    timeUsedSeconds: typeof timeUsedSeconds === 'number' ? timeUsedSeconds : null,
    sections: parsedSections,
    redFlagsMissed: flags as string[],
    source,
  };
}

/** Every valid entry of the log; a bad line is skipped and reported by its line number. */
export function parseLog(text: string): ParsedLog {
  const entries: LogEntry[] = [];
  const errors: LogParseError[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      errors.push({ line: index + 1, message: 'not valid JSON' });
      return;
    }
    const entry = toLogEntry(value);
    if (typeof entry === 'string') errors.push({ line: index + 1, message: entry });
    else entries.push(entry);
  });
  return { entries, errors };
}

/** One log line, without the line break. Keys in a fixed order. */
export function serializeEntry(entry: LogEntry): string {
  const sections = Object.fromEntries(LOG_SECTIONS.map((section) => [section, entry.sections[section]]));
  return JSON.stringify({
    date: entry.date,
    file: entry.file,
    complaint: entry.complaint,
    timeUsedSeconds: entry.timeUsedSeconds,
    sections,
    redFlagsMissed: [...entry.redFlagsMissed],
    source: entry.source,
  });
}

/** The previous log text, kept byte for byte, followed by the new entry on its own line. */
export function appendEntry(previous: string, entry: LogEntry): string {
  const separator = previous === '' || previous.endsWith('\n') ? '' : '\n';
  return `${previous}${separator}${serializeEntry(entry)}\n`;
}

/** Seconds in a `timeUsed` front-matter value such as `8:42` or `1:02:03`; null when absent or unreadable. */
export function parseTimeUsed(value: string | undefined): number | null {
  if (value === undefined) return null;
  const match = /^(?:(\d+):)?(\d{1,3}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [, hours, minutes, seconds] = match;
  return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds);
}

/** A CSV field, quoted when it holds a comma, a quote, a line break or leading/trailing spaces. */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = String(value);
  // Cells that a spreadsheet would run as a formula are prefixed with a quote mark.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_HEADER = ['date', 'file', 'complaint', 'timeUsedSeconds', ...LOG_SECTIONS, 'redFlagsMissed', 'source'] as const;

/** The log as CSV (RFC 4180: CRLF line ends, a header row, double quotes doubled). */
export function toCsv(entries: readonly LogEntry[]): string {
  const rows = [CSV_HEADER.map((name) => csvField(name)).join(',')];
  for (const entry of entries) {
    rows.push(
      [
        entry.date,
        entry.file,
        entry.complaint,
        entry.timeUsedSeconds,
        ...LOG_SECTIONS.map((section) => entry.sections[section]),
        entry.redFlagsMissed.join('; '),
        entry.source,
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}
