// Measured temperatures read as fever or no fever (src/core/clinical/temperatureReading.ts).
import assert from 'node:assert/strict';
import { tokenize } from '../../src/core/clinical/normalize';
import { temperatureReadings } from '../../src/core/clinical/temperatureReading';

function read(text: string, covered: (k: number) => boolean = () => false): string[] {
  const tokens = tokenize(text);
  return temperatureReadings(tokens, covered).map((r) => `${tokens.slice(r.first, r.last + 1).map((t) => t.text).join(' ')}=${r.fever ? 'fever' : 'normal'}`);
}

describe('temperature readings', () => {
  it('reads Fahrenheit and Celsius values against the fever line (38.0 C, 100.4 F)', () => {
    assert.deepEqual(read('temp 100.4'), ['temp 100 . 4=fever']);
    assert.deepEqual(read('temp 38.0 C'), ['temp 38 . 0=fever']);
    assert.deepEqual(read('temperature 37.5'), ['temperature 37 . 5=normal']);
    assert.deepEqual(read('temp of 98.6F'), ['temp of 98 . 6F=normal']);
    assert.deepEqual(read('Tmax 102'), ['Tmax 102=fever']);
  });

  it('leaves a raised reading under the fever line unread', () => {
    assert.deepEqual(read('temp 100.2'), []);
    assert.deepEqual(read('temp 37.8'), []);
  });

  it('reads up to three linking words between the name and the value', () => {
    assert.deepEqual(read('temperature was up to 39'), ['temperature was up to 39=fever']);
    assert.deepEqual(read('temp: 101'), ['temp : 101=fever']);
    assert.deepEqual(read('temperature was measured at home as 101'), []);
  });

  it('ignores numbers that are not body temperatures and values on the next line', () => {
    assert.deepEqual(read('temp 3 days ago'), []);
    assert.deepEqual(read('temp 120'), []);
    assert.deepEqual(read('temp\n101'), []);
  });

  it('skips a temperature word the lexicon already matched', () => {
    assert.deepEqual(read('low grade temp 100.8', (k) => k <= 2), []);
  });

  it('reads a number with its unit written, without a temperature word', () => {
    assert.deepEqual(read('felt warm, 100.6 F at home'), ['100 . 6 F=fever']);
    assert.deepEqual(read('38.5 °C last night'), ['38 . 5 ° C=fever']);
    assert.deepEqual(read('101 degrees F'), ['101 degrees F=fever']);
    assert.deepEqual(read('T 98.6F'), ['98 . 6F=normal']);
  });

  it('does not read an age and sex, a blood pressure or a unitless number as a temperature', () => {
    assert.deepEqual(read('24 F with cough'), []);
    assert.deepEqual(read('BP 100/60, HR 101'), []);
    assert.deepEqual(read('lost 101 lbs'), []);
    assert.deepEqual(read('straight leg raise positive at 40 degrees'), []);
  });

  it('reads a unit glued to the number, and only two or three digits with one decimal as a value', () => {
    assert.deepEqual(read('101F at home'), ['101F=fever']);
    assert.deepEqual(read('38c last night'), ['38c=fever']);
    assert.deepEqual(read('temp 38.5c'), ['temp 38 . 5c=fever']);
    assert.deepEqual(read('temp 1010'), []);
    assert.deepEqual(read('temp 101x'), []);
    assert.deepEqual(read('temp 101.55'), ['temp 101=fever']);
    assert.deepEqual(read('temp 98.6ff'), ['temp 98=normal']);
    assert.deepEqual(read('1.101F'), []);
  });
});
