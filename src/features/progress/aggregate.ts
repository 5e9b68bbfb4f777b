// Aggregates practice-log entries into what the progress view charts (pure, no editor API):
// cases per week against the 4-week plan, pass rate per checklist section per week, the red flags
// missed most often, and the median time used.
import { LOG_SECTIONS, type LogEntry, type LogSection } from '../practiceLog/logFormat';

/** Cases per week of the 4-week plan: 5, 10, 18, then 20. */
export const PLAN_TARGETS: readonly number[] = [5, 10, 18, 20];
const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

export interface WeekStats {
  /** 1-based week of the plan. */
  readonly week: number;
  /** First day of the week, YYYY-MM-DD (UTC). */
  readonly start: string;
  readonly label: string;
  /** Notes practised that week (each note counted once, by its last entry of the week). */
  readonly cases: number;
  /** Cases per week the plan asks for; null after week 4. */
  readonly target: number | null;
  /** Share of cases passing each checklist section, 0..1; null in a week without cases. */
  readonly passRate: Readonly<Record<LogSection, number | null>>;
  readonly medianTimeSeconds: number | null;
}

export interface ProgressModel {
  readonly totalEntries: number;
  readonly totalCases: number;
  readonly planStart: string | null;
  /** Cases dated before the plan start (not in the weekly charts). */
  readonly casesBeforePlan: number;
  readonly weeks: readonly WeekStats[];
  readonly topRedFlags: readonly { readonly id: string; readonly label: string; readonly count: number }[];
  readonly medianTimeSeconds: number | null;
  /** Share of all cases passing each section, 0..1; null without cases. */
  readonly overallPassRate: Readonly<Record<LogSection, number | null>>;
}

export interface AggregateOptions {
  /** `csNote.plan.startDate` (YYYY-MM-DD); the first entry's day when absent or invalid. */
  readonly planStart?: string | undefined;
  /** Labels of finding ids (red flags); the id is shown when a label is missing. */
  readonly labels?: Readonly<Record<string, string>> | ((id: string) => string | undefined) | undefined;
  /** "Today": weeks are shown up to this day (at least the plan's 4 weeks). */
  readonly now?: Date | undefined;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Midnight UTC of a YYYY-MM-DD date, or undefined when it is not one. */
export function parseDay(value: string | undefined): number | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const time = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value ? undefined : time;
}

function dayOf(time: number): number {
  return Math.floor(time / DAY_MS) * DAY_MS;
}

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function passRates(cases: readonly LogEntry[]): Record<LogSection, number | null> {
  return Object.fromEntries(
    LOG_SECTIONS.map((section) => [section, cases.length === 0 ? null : cases.filter((entry) => entry.sections[section]).length / cases.length]),
  ) as Record<LogSection, number | null>;
}

function labelOf(labels: AggregateOptions['labels'], id: string): string {
  if (typeof labels === 'function') return labels(id) ?? id;
  return labels?.[id] ?? id;
}

export function aggregate(entries: readonly LogEntry[], options: AggregateOptions = {}): ProgressModel {
  const dated = entries
    .map((entry) => ({ entry, time: Date.parse(entry.date) }))
    .filter((item) => !Number.isNaN(item.time))
    .sort((a, b) => a.time - b.time);
  const empty = Object.fromEntries(LOG_SECTIONS.map((section) => [section, null])) as Record<LogSection, null>;
  if (dated.length === 0) {
    return { totalEntries: 0, totalCases: 0, planStart: options.planStart && parseDay(options.planStart) !== undefined ? options.planStart : null, casesBeforePlan: 0, weeks: [], topRedFlags: [], medianTimeSeconds: null, overallPassRate: empty };
  }
  const start = parseDay(options.planStart) ?? dayOf((dated[0] as { time: number }).time);

  // A case is one note in one week: its last entry that week stands for it (re-checks refine it).
  const cases = new Map<string, { week: number; entry: LogEntry }>();
  let casesBeforePlan = 0;
  const before = new Set<string>();
  for (const { entry, time } of dated) {
    const week = Math.floor((time - start) / WEEK_MS);
    if (week < 0) {
      before.add(entry.file);
      continue;
    }
    cases.set(`${week}\u0000${entry.file}`, { week, entry });
  }
  casesBeforePlan = before.size;

  const lastTime = (dated[dated.length - 1] as { time: number }).time;
  const nowTime = options.now ? options.now.getTime() : lastTime;
  const lastWeek = Math.max(PLAN_TARGETS.length - 1, Math.floor((Math.max(lastTime, nowTime) - start) / WEEK_MS));
  const byWeek: LogEntry[][] = Array.from({ length: lastWeek + 1 }, () => []);
  for (const { week, entry } of cases.values()) byWeek[week]?.push(entry);

  const weeks: WeekStats[] = byWeek.map((list, week) => {
    const weekStart = start + week * WEEK_MS;
    const date = new Date(weekStart);
    return {
      week: week + 1,
      start: isoDay(weekStart),
      label: `Week ${week + 1} (${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()})`,
      cases: list.length,
      target: PLAN_TARGETS[week] ?? null,
      passRate: passRates(list),
      medianTimeSeconds: median(list.flatMap((entry) => (entry.timeUsedSeconds === null ? [] : [entry.timeUsedSeconds]))),
    };
  });

  const all = [...cases.values()].map((item) => item.entry);
  const counts = new Map<string, number>();
  for (const entry of all) for (const flag of new Set(entry.redFlagsMissed)) counts.set(flag, (counts.get(flag) ?? 0) + 1);
  const topRedFlags = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 10)
    .map(([id, count]) => ({ id, label: labelOf(options.labels, id), count }));

  return {
    totalEntries: entries.length,
    totalCases: all.length,
    planStart: isoDay(start),
    casesBeforePlan,
    weeks,
    topRedFlags,
    medianTimeSeconds: median(all.flatMap((entry) => (entry.timeUsedSeconds === null ? [] : [entry.timeUsedSeconds]))),
    overallPassRate: passRates(all),
  };
}
