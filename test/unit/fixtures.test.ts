import { strict as assert } from 'node:assert';
import { checkNote } from '../../src/core/check/checkNote';
import { actualKeys, keyOf, loadFixtures, subjectOf } from '../support/fixtures';
import type { Finding } from '../../src/core/types';

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

describe('fixture subjects', () => {
  const at = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
  const finding = (rule: string, data: Record<string, string>): Finding => ({ rule, data, range: at }) as unknown as Finding;

  it('dx-untested is about the diagnosis, not the suggested test', () => {
    assert.equal(subjectOf(finding('dx-untested', { diagnosis: 'migraine', test: 'mri-brain' })), 'migraine');
  });

  it('workup-untied and sensitive-exam-performed are about the test', () => {
    assert.equal(subjectOf(finding('workup-untied', { test: 'cbc' })), 'cbc');
    assert.equal(subjectOf(finding('sensitive-exam-performed', { test: 'pelvic-exam' })), 'pelvic-exam');
  });
});
