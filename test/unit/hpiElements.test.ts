import assert from 'node:assert/strict';
import { findHpiElements, statedHpiElements } from '../../src/core/clinical/hpiElements';
import type { HpiElement } from '../../src/core/clinical/types';

function found(text: string, element: HpiElement): string[] {
  return (findHpiElements(text).get(element) ?? []).map((s) => text.slice(s.start, s.end));
}

const POSITIVE: ReadonlyArray<readonly [HpiElement, string, string]> = [
  ['onset', 'Pain started 2 days ago', 'started'],
  ['onset', 'It began last night', 'began'],
  ['onset', 'Present since Monday', 'since'],
  ['onset', 'Sudden onset', 'Sudden'],
  ['onset', 'gradual in nature', 'gradual'],
  ['onset', 'woke up with pain', 'woke up with'],
  ['onset', 'first noticed it yesterday', 'first noticed'],
  ['onset', '3 days ago', 'ago'],
  ['duration', 'chest pain x 2 days', 'x 2 days'],
  ['duration', 'for 3 weeks', 'for 3 weeks'],
  ['duration', 'cough x2d', 'x2d'],
  ['duration', 'lasting 2 hours', 'lasting 2 hours'],
  ['duration', 'pain 2 hours', '2 hours'],
  ['duration', '3 mo', '3 mo'],
  ['duration', 'for the past 3 mo', 'for the past 3 mo'],
  ['duration', 'for a few days', 'for a few days'],
  ['duration', 'a 3-day history', '3-day'],
  ['duration', 'episodes lasting minutes', 'lasting'],
  ['location', 'substernal pressure', 'substernal'],
  ['location', 'epigastric pain', 'epigastric'],
  ['location', 'pain in the RLQ', 'RLQ'],
  ['location', 'LUQ tenderness', 'LUQ'],
  ['location', 'lower back pain', 'lower back'],
  ['location', 'Throbbing, left-sided, 6/10', 'left-sided'],
  ['location', 'bilateral headache', 'bilateral'],
  ['location', 'back pain', 'back pain'],
  ['location', 'pain in her back', 'in her back'],
  ['location', 'frontal headache', 'frontal'],
  ['location', 'bilateral temporal', 'bilateral'],
  ['location', 'pain in the right knee', 'right knee'],
  ['location', 'L arm numbness', 'L arm'],
  ['character', 'sharp pain', 'sharp'],
  ['character', 'dull ache', 'dull'],
  ['character', 'pressure-like', 'pressure-like'],
  ['character', 'burning', 'burning'],
  ['character', 'throbbing HA', 'throbbing'],
  ['character', 'crampy', 'crampy'],
  ['character', 'squeezing', 'squeezing'],
  ['character', 'tearing pain', 'tearing'],
  ['character', 'band-like', 'band-like'],
  ['character', 'described as stabbing', 'described as'],
  ['modifiers', 'worse with exertion', 'worse with exertion'],
  ['modifiers', 'worse when lying down', 'worse when'],
  ['modifiers', 'better with rest', 'better with'],
  ['modifiers', 'relieved by antacids', 'relieved by'],
  ['modifiers', 'aggravated by lying flat', 'aggravated by'],
  // As examinees abbreviate and phrase them in real notes.
  ['modifiers', 'non-allev/aggrav', 'allev'],
  ['modifiers', 'Nothing aggrav or allev sxs', 'aggrav'],
  ['modifiers', 'Nothing makes better or worse.', 'Nothing makes better'],
  ['modifiers', 'No identifiable triggers.', 'triggers'],
  ['modifiers', 'no precipitating events', 'precipitating'],
  ['modifiers', 'Denies apparent precipitants.', 'precipitants'],
  ['modifiers', 'Episodes occur both during exertion and rest.', 'during exertion'],
  ['modifiers', 'Not associated with exercise.', 'with exercise'],
  ['modifiers', 'Occurs while resting and with physical activity.', 'with physical activity'],
  ['modifiers', 'with no predictable inciting event', 'inciting'],
  ['modifiers', 'resolved with stopping the activity', 'resolved with'],
  ['modifiers', 'exacerbated when walking', 'exacerbated'],
  ['modifiers', 'improves with sitting up', 'improves with'],
  ['modifiers', 'tried ibuprofen', 'tried'],
  ['modifiers', 'nothing makes it better', 'nothing makes it better'],
  ['associated', 'associated with nausea', 'associated with'],
  ['associated', 'assoc nausea', 'assoc'],
  ['associated', 'a/w nausea', 'a/w'],
  ['associated', 'also reports nausea', 'also reports'],
  ['associated', 'accompanied by nausea', 'accompanied by'],
  ['associated', 'pain, +nausea', '+'],
  ['associated', '(+) nausea', '(+)'],
  ['severity', 'pain 7/10', '7/10'],
  ['severity', 'rated 8 / 10', '8 / 10'],
  ['severity', 'x/10', 'x/10'],
  ['severity', 'mild', 'mild'],
  ['severity', 'moderate', 'moderate'],
  ['severity', 'severe', 'severe'],
  ['severity', 'worst headache of life', 'worst'],
  ['severity', '6 out of 10', '6 out of 10'],
  ['timing', 'intermittent', 'intermittent'],
  ['timing', 'constant', 'constant'],
  ['timing', 'episodic', 'episodic'],
  ['timing', 'comes and goes', 'comes and goes'],
  ['timing', '3 times a day', '3 times a day'],
  ['timing', 'worse at night', 'at night'],
  ['timing', 'after meals', 'after meals'],
  ['radiation', 'radiates to the jaw', 'radiates'],
  ['radiation', 'radiating', 'radiating'],
  ['radiation', 'spreads to the back', 'spreads to'],
  ['radiation', 'goes to the left arm', 'goes to'],
  ['radiation', 'moves to the RLQ', 'moves to'],
  ['radiation', 'shoots down the leg', 'shoots down'],
  // Character of non-pain complaints (cough, palpitations, dizziness, discharge, bleeding).
  ['character', 'productive cough', 'productive'],
  ['character', 'dry cough', 'dry'],
  ['character', 'heart racing', 'racing'],
  ['character', 'fluttering in chest', 'fluttering'],
  ['character', 'pounding heartbeat', 'pounding'],
  ['character', 'room spinning', 'room spinning'],
  ['character', 'spinning sensation', 'spinning'],
  ['character', 'thin gray discharge', 'thin'],
  ['character', 'thin gray discharge', 'gray'],
  ['character', 'watery diarrhea', 'watery'],
  ['character', 'bloody diarrhea', 'bloody'],
  ['character', 'light spotting', 'spotting'],
  ['character', 'heavy bleeding', 'heavy'],
  ['character', 'colicky pain', 'colicky'],
  ['character', 'pleuritic CP', 'pleuritic'],
  ['character', 'electric pain', 'electric'],
  ['character', 'shooting pain', 'shooting'],
  ['modifiers', 'worse w/ exertion', 'worse w/'],
  ['modifiers', 'better w/ rest', 'better w/'],
  ['modifiers', 'worse lying flat', 'worse lying'],
  ['modifiers', 'pain after fatty meals', 'after fatty meals'],
  ['modifiers', 'pain after eating', 'after eating'],
  ['onset', 'started 2h ago', 'ago'],
  ['duration', 'started 2h ago', '2h ago'],
  ['onset', '2 hrs ago', 'ago'],
  ['duration', '2 hrs ago', '2 hrs'],
  ['duration', 'palpitations x2h', 'x2h'],
  ['duration', 'pain of the right knee since last night', 'since last night'],
  ['duration', 'started yesterday afternoon', 'started yesterday'],
  ['duration', 'since 2 am', 'since 2 am'],
];

const NEGATIVE: ReadonlyArray<readonly [HpiElement, string]> = [
  ['duration', '17 years old'],
  ['duration', '17 yo M'],
  ['duration', '35-year-old woman'],
  ['duration', '35 year old woman'],
  ['duration', '35 y/o woman'],
  ['location', 'came back yesterday'],
  ['modifiers', 'taking metformin'],
  ['severity', 'BP 120/80'],
  ['severity', 'on 2/10/2024'],
  ['location', 'he left the house'],
  ['location', 'r/o MI'],
  ['associated', '2+ pitting edema'],
  ['character', 'no complaints'],
  ['radiation', 'goes home'],
  ['onset', 'nothing'],
  ['duration', '45 y/o M'],
  ['duration', 'G2P2, 2d'],
  ['character', 'drywall worker, thinks it is'],
  ['character', 'dry mouth and dry skin'],
  ['modifiers', 'better than before'],
  ['duration', 'since he was a child'],
  ['duration', 'started college last year'],
];

describe('findHpiElements', () => {
  for (const [element, text, expected] of POSITIVE) {
    it(`${element}: ${JSON.stringify(text)}`, () => assert.ok(found(text, element).includes(expected), found(text, element).join('|')));
  }
  for (const [element, text] of NEGATIVE) {
    it(`no ${element}: ${JSON.stringify(text)}`, () => assert.deepEqual(found(text, element), []));
  }

  it('returns every element as a key', () => {
    const all = findHpiElements('');
    assert.equal(all.size, 9);
    for (const spans of all.values()) assert.deepEqual(spans, []);
  });

  it('region restricts and offsets are into the text', () => {
    const text = 'CC: sharp pain.\nHPI: dull pain x 2 days, 7/10.';
    const start = text.indexOf('HPI');
    const res = findHpiElements(text, { start, end: text.length });
    assert.deepEqual((res.get('character') ?? []).map((s) => text.slice(s.start, s.end)), ['dull']);
    assert.deepEqual((res.get('duration') ?? []).map((s) => text.slice(s.start, s.end)), ['x 2 days']);
    assert.deepEqual(res.get('severity'), [{ start: text.indexOf('7/10'), end: text.indexOf('7/10') + 4 }]);
  });

  it('a full HPI has all nine elements', () => {
    const hpi =
      '45 yo M c/o sudden onset sharp substernal chest pain x 2 hours, 8/10, radiating to L arm, constant, ' +
      'worse with exertion, associated with SOB.';
    const res = findHpiElements(hpi);
    for (const [element, spans] of res) assert.ok(spans.length > 0, element);
  });

  it('spans are sorted and do not overlap', () => {
    const text = 'x 2 days for 2 days lasting 2 days';
    const spans = findHpiElements(text).get('duration') ?? [];
    for (let i = 1; i < spans.length; i++) assert.ok((spans[i - 1]?.end ?? 0) <= (spans[i]?.start ?? 0));
  });
});

describe('statedHpiElements', () => {
  const ALL: readonly HpiElement[] = ['onset', 'location', 'duration', 'character', 'modifiers', 'associated', 'severity', 'timing', 'radiation'];
  const texts = [...POSITIVE.map(([, text]) => text), ...NEGATIVE.map(([, text]) => text), 'r arm pain, l side', 'R arm pain'];

  it('states exactly the elements findHpiElements gives a span', () => {
    for (const text of texts) {
      const spans = findHpiElements(text);
      const expected = ALL.filter((element) => (spans.get(element) ?? []).length > 0);
      assert.deepEqual([...statedHpiElements(text, undefined, ALL)].sort(), [...expected].sort(), text);
    }
  });

  it('looks only for the elements asked for, within the region', () => {
    const text = 'CC: sharp pain.\nHPI: pain x 2 days.';
    const region = { start: text.indexOf('HPI'), end: text.length };
    assert.deepEqual([...statedHpiElements(text, region, ['character', 'duration'])], ['duration']);
    assert.deepEqual([...statedHpiElements(text, undefined, ['onset'])], []);
  });
});
