import { strict as assert } from 'node:assert';
import { aggregate, median, parseDay, PLAN_TARGETS } from '../../src/features/progress/aggregate';
import type { LogEntry } from '../../src/features/practiceLog/logFormat';

function entry(date: string, overrides: Partial<LogEntry> = {}): LogEntry {
  return {
    date,
    file: `notes/${date}.note.md`,
    complaint: 'chest-pain',
    timeUsedSeconds: 540,
    sections: { hpi: true, ros: true, pe: false, differential: true, workup: false },
    redFlagsMissed: [],
    source: 'check',
    ...overrides,
  };
}

describe('progress aggregation', () => {
  it('0 entries: an empty model', () => {
    const model = aggregate([]);
    assert.equal(model.totalEntries, 0);
    assert.equal(model.totalCases, 0);
    assert.deepEqual(model.weeks, []);
    assert.deepEqual(model.topRedFlags, []);
    assert.equal(model.medianTimeSeconds, null);
    assert.equal(model.overallPassRate.hpi, null);
    assert.equal(aggregate([], { planStart: '2026-01-05' }).planStart, '2026-01-05');
  });

  it('1 entry: the plan starts that day, four plan weeks', () => {
    const model = aggregate([entry('2026-01-05T09:30:00.000Z', { redFlagsMissed: ['syncope'] })], { labels: { syncope: 'syncope (fainting)' } });
    assert.equal(model.planStart, '2026-01-05');
    assert.equal(model.totalCases, 1);
    assert.deepEqual(
      model.weeks.map((week) => [week.cases, week.target]),
      [
        [1, 5],
        [0, 10],
        [0, 18],
        [0, 20],
      ],
    );
    assert.equal(model.weeks[0]?.label, 'Week 1 (Jan 5)');
    assert.equal(model.weeks[0]?.passRate.hpi, 1);
    assert.equal(model.weeks[0]?.passRate.pe, 0);
    assert.equal(model.weeks[1]?.passRate.hpi, null);
    assert.deepEqual(model.topRedFlags, [{ id: 'syncope', label: 'syncope (fainting)', count: 1 }]);
    assert.equal(model.medianTimeSeconds, 540);
    assert.equal(model.weeks[0]?.medianTimeSeconds, 540);
  });

  it('counts a note re-checked in the same week once, by its last entry', () => {
    const first = entry('2026-01-05T09:00:00Z', { sections: { hpi: false, ros: false, pe: false, differential: false, workup: false } });
    const again = entry('2026-01-05T09:20:00Z', { file: first.file, redFlagsMissed: ['fever'] });
    const model = aggregate([again, first]);
    assert.equal(model.totalCases, 1);
    assert.equal(model.totalEntries, 2);
    assert.equal(model.weeks[0]?.passRate.hpi, 1);
    assert.deepEqual(
      model.topRedFlags.map((flag) => flag.label),
      ['fever'],
    );
  });

  it('uses the plan start setting; earlier cases are counted apart', () => {
    const model = aggregate([entry('2026-01-01T10:00:00Z'), entry('2026-01-06T10:00:00Z'), entry('2026-01-13T10:00:00Z')], { planStart: '2026-01-05' });
    assert.equal(model.planStart, '2026-01-05');
    assert.equal(model.casesBeforePlan, 1);
    assert.deepEqual(
      model.weeks.map((week) => week.cases),
      [1, 1, 0, 0],
    );
    assert.equal(parseDay('2026-02-30'), undefined);
    assert.equal(aggregate([entry('2026-01-06T10:00:00Z')], { planStart: 'soon' }).planStart, '2026-01-06');
  });

  it('extends the weeks to today', () => {
    const model = aggregate([entry('2026-01-05T10:00:00Z')], { now: new Date('2026-02-20T00:00:00Z') });
    assert.equal(model.weeks.length, 7);
    assert.equal(model.weeks[6]?.target, null);
  });

  it('500 entries: totals, top 10 red flags, medians', () => {
    const flags = Array.from({ length: 12 }, (_, i) => `flag-${String(i).padStart(2, '0')}`);
    const entries: LogEntry[] = Array.from({ length: 500 }, (_, i) => {
      const day = Math.floor(i / 20); // 20 cases a day for 25 days
      const date = new Date(Date.UTC(2026, 0, 5 + day, 8, i % 20)).toISOString();
      return entry(date, {
        file: `notes/case-${i}.note.md`,
        timeUsedSeconds: i % 10 === 0 ? null : 300 + (i % 7) * 60,
        redFlagsMissed: flags.filter((_, f) => i % (f + 2) === 0),
        sections: { hpi: i % 2 === 0, ros: true, pe: i % 4 === 0, differential: false, workup: true },
      });
    });
    const started = Date.now();
    const model = aggregate(entries, { labels: (id) => id.toUpperCase() });
    assert.ok(Date.now() - started < 500, 'fast enough');
    assert.equal(model.totalCases, 500);
    assert.equal(model.weeks.length, 4);
    assert.deepEqual(
      model.weeks.map((week) => week.cases),
      [140, 140, 140, 80],
    );
    assert.deepEqual(
      model.weeks.map((week) => week.target),
      [...PLAN_TARGETS],
    );
    assert.equal(model.topRedFlags.length, 10);
    assert.equal(model.topRedFlags[0]?.id, 'flag-00');
    assert.equal(model.topRedFlags[0]?.count, 250);
    assert.equal(model.topRedFlags[0]?.label, 'FLAG-00');
    assert.ok(model.topRedFlags.every((flag, i, list) => i === 0 || (list[i - 1] as { count: number }).count >= flag.count));
    assert.equal(model.overallPassRate.hpi, 0.5);
    assert.equal(model.overallPassRate.pe, 0.25);
    assert.equal(model.overallPassRate.differential, 0);
    assert.equal(model.overallPassRate.ros, 1);
    assert.ok(model.medianTimeSeconds !== null && model.medianTimeSeconds >= 300 && model.medianTimeSeconds <= 660);
  });

  it('median', () => {
    assert.equal(median([]), null);
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([4, 1, 3, 2]), 2.5);
  });
});
