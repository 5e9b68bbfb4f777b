import assert from 'node:assert/strict';
import { compileLexicon } from '../../src/core/clinical/compiledLexicon';
import { assignPolarity } from '../../src/core/clinical/negation';
import { checkReadings, readings, type ReadingCases } from '../support/readings';

// A current state ("sexually active") dated to its last occurrence long enough ago no longer holds.
const LEX = compileLexicon([
  {
    id: 'sexually-active',
    label: 'sexually active',
    currentWithinDays: 90,
    synonyms: ['sexually active', 'sexual activity', 'sexual intercourse', 'intercourse', 'sex', 'sexual partner'],
  },
  { id: 'unprotected-sex', label: 'unprotected sex', synonyms: ['unprotected sex'] },
  { id: 'new-partner', label: 'new sexual partner', synonyms: ['new sexual partner'] },
  { id: 'palpitations', label: 'palpitations', synonyms: ['palpitations'] },
  { id: 'smoking', label: 'smoking', synonyms: ['smoking', 'smoked'] },
  { id: 'lmp', label: 'last menstrual period', synonyms: ['last menstrual period', 'lmp'] },
]);

function render(text: string): string[] {
  return readings(text, LEX);
}

function check(cases: ReadingCases): void {
  checkReadings(cases, render);
}

describe('negation: a current state last held long ago', () => {
  describe('"last" before the state, the date after it', () => {
    check([
      ['Last sexually active two years ago.', ['sexually-active:n']],
      ['last time she was sexually active was about 6 months ago', ['sexually-active:n']],
      ['Last intercourse over a year ago', ['sexually-active:n']],
      ['last had sex with her ex-husband 10 months ago', ['sexually-active:n']],
      ['Most recent sexual intercourse 5/12 ago', ['sexually-active:n']],
      ['last sexual activity a couple of years back', ['sexually-active:n']],
      ['Last sex 4mo ago', ['sexually-active:n']],
      ['Last sexual intercourse 6 months prior', ['sexually-active:n']],
      ['2 years ago last time sexually active', ['sexually-active:n']],
    ]);
  });

  describe('"last" and the date after the state', () => {
    check([
      ['Sexually active, last time 8 mos ago', ['sexually-active:n']],
      ['sexual activity: last 1 yr ago', ['sexually-active:n']],
      ['Sex - last was 7 months back', ['sexually-active:n']],
    ]);
  });

  describe('the date right after the state', () => {
    check([
      ['Sexually active a year ago, none since.', ['sexually-active:n']],
      ['sexual intercourse 8-9 months ago', ['sexually-active:n']],
      ['sexual partner last year', ['sexually-active:n']],
      ['Sexual activity a few years ago', ['sexually-active:n']],
    ]);
  });

  describe('a partner named between the state and its date', () => {
    check([
      ['Sexually active with a male partner 9 months ago.', ['sexually-active:n']],
      ['sex with her boyfriend a year ago', ['sexually-active:n']],
      ['Sexually active with her husband 2 weeks ago.', ['sexually-active:a']],
      // How long, not when last: still current.
      ['Sexually active with 1 partner for last year.', ['sexually-active:a']],
      ['Became sexually active with her boyfriend 2 years ago.', ['sexually-active:a']],
    ]);
  });

  describe('still current: within the past 3 months', () => {
    check([
      ['Last sexually active 2 weeks ago.', ['sexually-active:a']],
      ['Last intercourse 3 days ago with her husband', ['sexually-active:a']],
      ['sexual activity a few weeks ago', ['sexually-active:a']],
      ['last sex 2 months ago', ['sexually-active:a']],
    ]);
  });

  describe('not a last occurrence', () => {
    check([
      // Onset, duration, a window of time, another event's date.
      ['Became sexually active 3 years ago.', ['sexually-active:a']],
      ['First sexual intercourse at 16, 2 years ago', ['sexually-active:a']],
      ['Sexually active since 2 years ago', ['sexually-active:a']],
      ['Sexually active for 2 years.', ['sexually-active:a']],
      ['Sexually active in the last 6 months.', ['sexually-active:a']],
      ['Sexually active 6 months prior to her surgery', ['sexually-active:a']],
      ['Sexually active, last year had a miscarriage', ['sexually-active:a']],
      ['Sexually active with husband, last menstrual period 5 months ago', ['sexually-active:a', 'lmp:a']],
      ['Sexually active with husband.\nLast Pap smear 3 years ago.', ['sexually-active:a']],
      ['Sexually active. 2 years ago last pap smear', ['sexually-active:a']],
    ]);
  });

  describe('only states of the present', () => {
    check([
      // A dated symptom is its onset or a past episode; a dated exposure is a risk; former smoking is history.
      ['Last episode of palpitations 6 months ago.', ['palpitations:a']],
      ['palpitations 4 months ago', ['palpitations:a']],
      ['Unprotected sex 6 months ago.', ['unprotected-sex:a']],
      ['New sexual partner 6 months ago.', ['new-partner:a']],
      ['last smoked 5 years ago', ['smoking:a']],
    ]);
  });

  it('plain spans, without concepts, are never dated states', () => {
    const text = 'Last sexually active two years ago.';
    const start = text.indexOf('sexually');
    assert.deepEqual(assignPolarity(text, [{ start, end: start + 'sexually active'.length }]), ['affirmed']);
  });
});
