import { strict as assert } from 'node:assert';
import { checkNote } from '../../src/core/check/checkNote';
import { actualKeys, keyOf, loadFixtures } from '../support/fixtures';

describe('fixture notes: the checker agrees with the inline expectations', () => {
  const fixtures = loadFixtures();

  it('has fixture notes to check', () => {
    assert.ok(fixtures.length > 0, 'test/fixtures holds no notes');
  });

  for (const fixture of fixtures) {
    it(fixture.name, () => {
      const { findings } = checkNote(fixture.text);
      const actual = actualKeys(findings, fixture.expected).sort();
      const expected = fixture.expected.map(keyOf).sort();
      assert.deepEqual(actual, expected);
    });
  }
});
