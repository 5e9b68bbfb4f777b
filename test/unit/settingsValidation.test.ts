import * as assert from 'node:assert/strict';
import { RULE_IDS } from '../../src/core/index';
import { ProblemLog, SETTING_DEFAULTS, validateSettings } from '../../src/features/settingsValidation';

describe('settings validation', () => {
  it('keeps good values and reports nothing', () => {
    const { settings, problems } = validateSettings(
      { 'timer.minutes': 15, 'check.run': 'onSave', 'check.debounceMs': 0, 'check.maxDocumentSizeKb': 500, rules: { 'dx-count': 'off', 'ros-systems': 'error' } },
      RULE_IDS,
    );
    assert.deepEqual(problems, []);
    assert.equal(settings.timerMinutes, 15);
    assert.equal(settings.checkRun, 'onSave');
    assert.equal(settings.checkDebounceMs, 0);
    assert.equal(settings.checkMaxDocumentSizeKb, 500);
    assert.deepEqual(settings.rules, { 'dx-count': 'off', 'ros-systems': 'error' });
  });

  it('log location and plan start date: good values kept, bad ones replaced and reported', () => {
    const good = validateSettings({ 'log.location': 'global', 'plan.startDate': '2026-03-02' }, RULE_IDS);
    assert.deepEqual(good.problems, []);
    assert.equal(good.settings.logLocation, 'global');
    assert.equal(good.settings.planStartDate, '2026-03-02');
    for (const [key, value] of [['log.location', 'cloud'], ['plan.startDate', '2026-02-30'], ['plan.startDate', 'next monday'], ['plan.startDate', 20260302]] as const) {
      const { settings, problems } = validateSettings({ [key]: value }, RULE_IDS);
      assert.equal(problems.length, 1, `${key}=${value}`);
      assert.equal(problems[0]?.setting, `csNote.${key}`);
      assert.equal(settings.logLocation, 'workspace');
      assert.equal(settings.planStartDate, '');
    }
  });

  it('missing values are the defaults', () => {
    assert.deepEqual(validateSettings({}, RULE_IDS), { settings: SETTING_DEFAULTS, problems: [] });
  });

  it('negative, zero, non-finite and too large timer minutes fall back to 10', () => {
    for (const value of [-5, 0, Number.NaN, Number.POSITIVE_INFINITY, 61, '10']) {
      const { settings, problems } = validateSettings({ 'timer.minutes': value }, RULE_IDS);
      assert.equal(settings.timerMinutes, 10, String(value));
      assert.equal(problems.length, 1, String(value));
      assert.equal(problems[0]?.setting, 'csNote.timer.minutes');
      assert.match(problems[0]?.message ?? '', /^csNote\.timer\.minutes: .* using 10\.$/);
    }
  });

  it('wrong types fall back to the defaults, one message each', () => {
    const { settings, problems } = validateSettings(
      {
        'files.pattern': 42,
        'template.folder': ['notes'],
        'timer.startOnNewNote': 'yes',
        'timer.examMode': 1,
        'timer.encounterMode': null,
        'check.run': 'always',
        'check.debounceMs': -1,
        'check.maxDocumentSizeKb': 0,
        rules: 'strict',
      },
      RULE_IDS,
    );
    assert.deepEqual(settings, SETTING_DEFAULTS);
    assert.deepEqual(
      problems.map((p) => p.setting).sort(),
      [
        'csNote.check.debounceMs',
        'csNote.check.maxDocumentSizeKb',
        'csNote.check.run',
        'csNote.files.pattern',
        'csNote.rules',
        'csNote.template.folder',
        'csNote.timer.encounterMode',
        'csNote.timer.examMode',
        'csNote.timer.startOnNewNote',
      ],
    );
  });

  it('unknown rule ids and bad severities are dropped, the rest kept', () => {
    const { settings, problems } = validateSettings({ rules: { 'dx-count': 'warning', 'no-such-rule': 'off', 'ros-systems': 'fatal', 'workup-count': 3 } }, RULE_IDS);
    assert.deepEqual(settings.rules, { 'dx-count': 'warning' });
    assert.equal(problems.length, 3);
    assert.ok(problems.some((p) => p.message.includes('unknown rule id "no-such-rule"')));
    assert.ok(problems.some((p) => p.message.includes('"fatal" is not a severity for rule "ros-systems"')));
  });

  it('an array for rules is not an object of severities', () => {
    const { settings, problems } = validateSettings({ rules: ['dx-count'] }, RULE_IDS);
    assert.deepEqual(settings.rules, {});
    assert.equal(problems.length, 1);
  });

  it('long and odd values are quoted briefly and never throw', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const { problems } = validateSettings({ 'files.pattern': circular, 'template.folder': { a: 'y'.repeat(500) } }, RULE_IDS);
    assert.equal(problems.length, 2);
    for (const p of problems) assert.ok(p.message.length < 200, p.message);
  });

  it('ProblemLog reports each distinct problem once', () => {
    const log = new ProblemLog();
    const first = validateSettings({ 'timer.minutes': -1, rules: { nope: 'off' } }, RULE_IDS).problems;
    assert.equal(log.fresh(first).length, 2);
    assert.equal(log.fresh(validateSettings({ 'timer.minutes': -1, rules: { nope: 'off' } }, RULE_IDS).problems).length, 0);
    const changed = log.fresh(validateSettings({ 'timer.minutes': 0, rules: { nope: 'off' } }, RULE_IDS).problems);
    assert.deepEqual(changed.map((p) => p.setting), ['csNote.timer.minutes']);
  });
});
