// Every pertinent-negative snippet documents all red flags of its complaint, so a student who uses
// it gets no missing-red-flag finding. Guards the hand-written snippets against knowledge changes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkNote } from '../../src/core/index';

interface Snippet {
  readonly prefix: readonly string[];
  readonly body: readonly string[];
}

const snippets = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../snippets/cs-note.code-snippets'), 'utf8')) as Record<string, Snippet>;

/** Snippet prefix → the complaints whose red flags it must cover. */
const COVERS: Readonly<Record<string, readonly string[]>> = {
  'neg-chest-pain': ['chest-pain'],
  'neg-abdominal-pain': ['abdominal-pain'],
  'neg-headache': ['headache'],
  'neg-shortness-of-breath': ['shortness-of-breath'],
  'neg-dizziness': ['dizziness'],
  'neg-back-pain': ['back-pain'],
  'neg-fatigue': ['fatigue'],
  'neg-palpitations': ['palpitations'],
  'neg-cough-fever': ['cough-fever'],
  'neg-diarrhea': ['diarrhea'],
  'neg-joint-pain': ['joint-pain'],
  'neg-urinary': ['urinary-symptoms'],
  'neg-vaginal-bleeding': ['vaginal-bleeding'],
  'neg-psych': ['depression'],
  'neg-insomnia': ['insomnia'],
};

// The knowledge lists both for urinary symptoms; a note documents the one that fits the patient's sex.
const SEX_SPECIFIC = new Set(['vaginal-discharge', 'penile-discharge']);

/** The snippet's text with every placeholder replaced by its default (first choice for choices). */
function expand(body: readonly string[]): string {
  return body.join('\n').replace(/\$\{\d+\|([^,|}]*)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
}

describe('pertinent-negative snippets', () => {
  const negatives = Object.values(snippets).filter((snippet) => snippet.prefix[0]?.startsWith('neg-'));

  it('every neg- snippet is mapped to its complaints', () => {
    assert.deepEqual(negatives.map((s) => s.prefix[0]).filter((p) => !p || !COVERS[p]), []);
  });

  for (const snippet of negatives) {
    const prefix = snippet.prefix[0] ?? '';
    for (const complaint of COVERS[prefix] ?? []) {
      it(`${prefix} covers every red flag of ${complaint}`, () => {
        const note = `## History\n\nHPI: 40 yo F with the complaint x 2 days. ${expand(snippet.body)}\nROS: as above\n`;
        const missed = checkNote(note, { complaint }).findings.filter((f) => f.rule === 'missing-red-flag').map((f) => f.data['redFlag']).filter((flag) => !SEX_SPECIFIC.has(String(flag)));
        assert.deepEqual(missed, []);
      });
    }
  }
});
