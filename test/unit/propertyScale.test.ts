import * as assert from 'node:assert/strict';
import { MAX_PROPERTY_SCALE, propertyScale } from '../support/propertyScale';

describe('property test scale (CS_NOTE_PROPERTY_SCALE)', () => {
  it('is 1 when the variable is unset or blank', () => {
    assert.equal(propertyScale(undefined), 1);
    assert.equal(propertyScale(''), 1);
    assert.equal(propertyScale('  '), 1);
  });

  it('takes a whole number up to the maximum', () => {
    assert.equal(propertyScale('100'), 100);
    assert.equal(propertyScale(String(MAX_PROPERTY_SCALE)), MAX_PROPERTY_SCALE);
  });

  it('refuses anything else with a message naming the variable and the value', () => {
    for (const bad of ['0', '-3', '2.5', 'lots', String(MAX_PROPERTY_SCALE + 1)]) {
      assert.throws(() => propertyScale(bad), new RegExp(`CS_NOTE_PROPERTY_SCALE must be a whole number from 1 to ${MAX_PROPERTY_SCALE}, not "${bad}"`));
    }
  });
});
