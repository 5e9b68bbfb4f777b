import assert from 'node:assert/strict';
import { expandAlternatives } from '../../src/core/text/alternatives';

describe('phrase patterns with alternatives', () => {
  it('expands each bracket group into its choices, an empty choice making it optional', () => {
    assert.deepEqual(expandAlternatives('pain [in|of] [|the] knee'), ['pain in knee', 'pain in the knee', 'pain of knee', 'pain of the knee']);
  });
  it('keeps single spaces where an optional word is left out, and drops repeats', () => {
    assert.deepEqual(expandAlternatives('[|right] [knee|knee] pain'), ['knee pain', 'right knee pain']);
  });
  it('leaves a phrase without brackets as it is', () => {
    assert.deepEqual(expandAlternatives('chest pain'), ['chest pain']);
  });
  it('refuses an unclosed group', () => {
    assert.throws(() => expandAlternatives('pain [in|of knee'), /unclosed/);
  });
});
