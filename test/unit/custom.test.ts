import { strict as assert } from 'node:assert';
import { applyCustomChecklists, mergeKnowledge, parseCustomChecklists, type KnowledgeDelta } from '../../src/core/clinical/custom';
import type { Knowledge } from '../../src/core/clinical/types';

const base: Knowledge = {
  complaints: [
    {
      id: 'chest-pain',
      label: 'Chest pain',
      aliases: ['chest pain'],
      redFlags: [{ finding: 'syncope', why: 'arrhythmia', section: 'ros' }],
      riskFactors: ['smoking'],
      examManeuvers: ['cardiac-auscultation'],
      differentials: ['acs'],
      hpiElements: ['onset', 'location'],
      rosSystems: ['cardiovascular'],
    },
  ],
  findings: [
    { id: 'syncope', label: 'syncope', synonyms: ['fainting'], kind: 'symptom' },
    { id: 'smoking', label: 'smoking', synonyms: ['smoker'], kind: 'risk-factor' },
    { id: 'diaphoresis', label: 'diaphoresis', synonyms: ['sweating'], kind: 'symptom' },
  ],
  diagnoses: [{ id: 'acs', label: 'acute coronary syndrome', synonyms: [] }],
  tests: [],
  treatments: [],
  maneuvers: [{ id: 'cardiac-auscultation', label: 'cardiac auscultation', synonyms: [] }],
};

function delta(text: string): KnowledgeDelta {
  const parsed = parseCustomChecklists(text);
  assert.equal(parsed.error, undefined, parsed.error?.message);
  assert.ok(parsed.knowledge);
  return parsed.knowledge;
}

describe('custom checklists', () => {
  describe('parseCustomChecklists', () => {
    it('accepts an empty file and an empty object', () => {
      assert.deepEqual(delta('').complaints, []);
      assert.deepEqual(delta('{}').findings, []);
    });

    it('reads complaints and findings', () => {
      const d = delta(
        JSON.stringify({
          complaints: [{ id: 'chest-pain', addRedFlags: [{ finding: 'diaphoresis', why: 'ACS', section: 'hpi' }] }],
          findings: [{ id: 'hemoptysis', label: 'hemoptysis', synonyms: ['coughing blood'], kind: 'symptom', system: 'respiratory' }],
        }),
      );
      assert.equal(d.complaints[0]?.addRedFlags?.[0]?.finding, 'diaphoresis');
      assert.equal(d.findings[0]?.system, 'respiratory');
    });

    it('reports a syntax error with line and column', () => {
      const parsed = parseCustomChecklists('{\n  "complaints": [\n    { "id": "x", }\n  ]\n}');
      assert.equal(parsed.knowledge, undefined);
      assert.ok(parsed.error);
      assert.equal(parsed.error.line, 3);
      assert.equal(parsed.error.column, 18);
    });

    it('reports a wrong type at the value', () => {
      const parsed = parseCustomChecklists('{\n  "complaints": [\n    { "id": "x", "aliases": "chest" }\n  ]\n}');
      assert.ok(parsed.error);
      assert.match(parsed.error.message, /aliases/);
      assert.deepEqual([parsed.error.line, parsed.error.column], [3, 29]);
    });

    it('rejects unknown properties and bad enum values', () => {
      assert.match(parseCustomChecklists('{"complaint": []}').error?.message ?? '', /Unknown property "complaint"/);
      const bad = parseCustomChecklists('{"complaints":[{"id":"chest-pain","rosSystems":["heart"]}]}');
      assert.match(bad.error?.message ?? '', /rosSystems\[0\]/);
    });

    it('reads the HPI elements a complaint grades, and rejects one that is not an element or a list', () => {
      assert.deepEqual(delta('{"complaints":[{"id":"chest-pain","hpiElements":["onset","radiation"]}]}').complaints[0]?.hpiElements, ['onset', 'radiation']);
      assert.match(parseCustomChecklists('{"complaints":[{"id":"chest-pain","hpiElements":["when"]}]}').error?.message ?? '', /hpiElements\[0\]/);
      assert.match(parseCustomChecklists('{"complaints":[{"id":"chest-pain","hpiElements":"onset"}]}').error?.message ?? '', /hpiElements" must be an array/);
    });

    it('reports each JSON syntax error with its message, line and column', () => {
      const cases: ReadonlyArray<readonly [string, string, number, number]> = [
        ['{"complaints": [}', 'Unexpected character "}"', 1, 17],
        ['{"complaints" []}', 'Expected ":" after the property name', 1, 15],
        ['{"complaints": []\n "findings": []}', 'Expected "," or "}"', 2, 2],
        ['{"complaints": [1 2]}', 'Expected "," or "]"', 1, 19],
        ['{complaints: []}', 'Expected a property name in double quotes', 1, 2],
        ['{"complaints": "abc', 'Unterminated string', 1, 16],
        ['{"complaints": "a\nb"}', 'Unterminated string', 1, 16],
        ['{"a": "\\x"}', 'Invalid string', 1, 7],
        ['{} x', 'Unexpected text after the end of the JSON value', 1, 4],
        ['{"complaints": ', 'Unexpected end of file', 1, 16],
      ];
      for (const [text, message, line, column] of cases) {
        assert.deepEqual(parseCustomChecklists(text).error, { message, line, column }, text);
      }
    });

    it('reads a "__proto__" key as a property, as JSON does, so it is reported as unknown', () => {
      assert.match(parseCustomChecklists('{"__proto__": {"complaints": []}}').error?.message ?? '', /Unknown property "__proto__"/);
      assert.match(parseCustomChecklists('{"complaints": [{"id": "x", "__proto__": {}}]}').error?.message ?? '', /Unknown property "__proto__"/);
    });

    it('reports a missing required property at its object', () => {
      const parsed = parseCustomChecklists('{\n"findings": [\n  { "label": "x" }\n]}');
      assert.ok(parsed.error);
      assert.match(parsed.error.message, /findings\[0\]\.id/);
      assert.deepEqual([parsed.error.line, parsed.error.column], [3, 3]);
    });
  });

  describe('mergeKnowledge', () => {
    it('extends a built-in finding given again: wordings added, its other readings kept', () => {
      const withReadings: Knowledge = {
        ...base,
        findings: base.findings.map((f) => (f.id === 'syncope' ? { ...f, absentSynonyms: ['never passed out'], implies: ['diaphoresis'], abbreviations: ['LOC'] } : f)),
      };
      const merged = mergeKnowledge(withReadings, delta('{"findings":[{"id":"syncope","label":"fainting spells","synonyms":["blacked out"],"abbreviations":["LOC","SYNC"],"system":"neurological"}]}'));
      const syncope = merged.findings.find((f) => f.id === 'syncope');
      assert.deepEqual(syncope?.synonyms, ['fainting', 'blacked out']);
      assert.deepEqual(syncope?.abbreviations, ['LOC', 'SYNC']);
      assert.deepEqual(syncope?.absentSynonyms, ['never passed out']);
      assert.deepEqual(syncope?.implies, ['diaphoresis']);
      assert.equal(syncope?.label, 'fainting spells');
      assert.equal(syncope?.system, 'neurological');
      assert.equal(syncope?.kind, 'symptom');
      assert.deepEqual(withReadings.findings.find((f) => f.id === 'syncope')?.synonyms, ['fainting'], 'base untouched');
    });

    it('appends red flags to a built-in complaint without changing the base', () => {
      const merged = mergeKnowledge(base, delta('{"complaints":[{"id":"chest-pain","addRedFlags":[{"finding":"diaphoresis","why":"ACS"}]}]}'));
      const complaint = merged.complaints.find((c) => c.id === 'chest-pain');
      assert.deepEqual(
        complaint?.redFlags.map((f) => f.finding),
        ['syncope', 'diaphoresis'],
      );
      assert.equal(complaint?.redFlags[1]?.section, 'ros');
      assert.equal(base.complaints[0]?.redFlags.length, 1, 'base untouched');
      assert.notEqual(merged, base);
      assert.deepEqual(complaint?.riskFactors, ['smoking'], 'fields not given are kept');
    });

    it('replaces the fields given', () => {
      const merged = mergeKnowledge(base, delta('{"complaints":[{"id":"chest-pain","label":"CP","riskFactors":[]}]}'));
      assert.equal(merged.complaints[0]?.label, 'CP');
      assert.deepEqual(merged.complaints[0]?.riskFactors, []);
      assert.deepEqual(merged.complaints[0]?.aliases, ['chest pain']);
    });

    it('adds a new complaint and a new finding', () => {
      const merged = mergeKnowledge(
        base,
        delta(
          JSON.stringify({
            complaints: [{ id: 'cough', label: 'Cough', redFlags: [{ finding: 'hemoptysis', why: 'cancer, TB', section: 'hpi' }] }],
            findings: [{ id: 'hemoptysis', label: 'hemoptysis', synonyms: ['coughing up blood'] }],
          }),
        ),
      );
      assert.equal(merged.complaints.length, 2);
      const cough = merged.complaints[1];
      assert.equal(cough?.label, 'Cough');
      assert.deepEqual(cough?.aliases, ['cough']);
      assert.ok(merged.findings.some((f) => f.id === 'hemoptysis' && f.kind === 'symptom'));
      assert.equal(base.findings.length, 3);
    });

    it('returns a new object each time', () => {
      const d = delta('{}');
      assert.notEqual(mergeKnowledge(base, d), mergeKnowledge(base, d));
      assert.deepEqual(mergeKnowledge(base, d), base);
    });

    it('fails with the location of an unknown id', () => {
      const text = '{\n  "complaints": [{\n    "id": "chest-pain",\n    "addRedFlags": [{ "finding": "nope", "why": "x" }]\n  }]\n}';
      assert.throws(() => mergeKnowledge(base, delta(text)), (error: Error & { line: number; column: number }) => {
        assert.match(error.message, /Unknown finding "nope"/);
        assert.deepEqual([error.line, error.column], [4, 34]);
        return true;
      });
      const result = applyCustomChecklists(base, text);
      assert.equal(result.knowledge, base, 'the built-in knowledge stays in force');
      assert.equal(result.error?.line, 4);
    });

    it('checks maneuvers, diagnoses and completeness of new complaints', () => {
      assert.match(applyCustomChecklists(base, '{"complaints":[{"id":"chest-pain","examManeuvers":["x"]}]}').error?.message ?? '', /exam maneuver "x"/);
      assert.match(applyCustomChecklists(base, '{"complaints":[{"id":"chest-pain","differentials":["x"]}]}').error?.message ?? '', /diagnosis "x"/);
      assert.match(applyCustomChecklists(base, '{"complaints":[{"id":"new"}]}').error?.message ?? '', /needs a "label"/);
      assert.match(applyCustomChecklists(base, '{"complaints":[{"id":"a","label":"A","redFlags":[]},{"id":"a","label":"A","redFlags":[]}]}').error?.message ?? '', /twice/);
    });
  });
});
