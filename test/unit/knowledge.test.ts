// Integrity of the built-in clinical knowledge: ids, references, coverage and lexicon hygiene.
import { expandAlternatives } from '../../src/core/text/alternatives';
import assert from 'node:assert/strict';
import { builtinKnowledge } from '../../src/core/clinical/data/index';
import { indexKnowledge } from '../../src/core/clinical/knowledgeIndex';
import { findMentions } from '../../src/core/clinical/matcher';
import type { LexiconEntry } from '../../src/core/clinical/types';

const k = builtinKnowledge;
const lexicons: Record<string, readonly LexiconEntry[]> = {
  findings: k.findings,
  diagnoses: k.diagnoses,
  tests: k.tests,
  treatments: k.treatments,
  maneuvers: k.maneuvers,
};
/** Abbreviations deliberately shared by two concepts (e.g. "N/V" is nausea and vomiting). */
const SHARED_ABBREVIATIONS = new Set(['N/V', 'n/v', 'f/c', 'F/C', 'N/V/D/C', 'n/v/d/c', 'N/V/D', 'n/v/d', 'f/c/ns', 'F/C/NS']);
/** Synonyms that name two concepts at once: a visual aura is an aura and a change in vision; cocaine is an illicit drug and a stimulant. */
// A visual aura is an aura and a change in vision.
const SHARED_SYNONYMS = new Set(['visual aura', 'flashing lights', 'zigzag lines', 'zigzag lights', 'zig zag lines', 'scintillating scotoma',
  'zigzag', 'zig-zag', 'zigzag bright lines', 'bright zigzag lines', 'cocaine',
  // Pain that goes through to the back is radiation and answers the question of tearing pain to the back.
  'goes through to his back', 'goes through to her back',
  // A swollen calf is leg swelling and a calf finding.
  'calf is swollen', 'calf has been swollen']);
const REQUIRED_COMPLAINTS = [
  'chest-pain', 'shortness-of-breath', 'abdominal-pain', 'headache', 'back-pain', 'dizziness', 'cough-fever', 'joint-pain',
  'vaginal-bleeding', 'vaginal-discharge', 'urinary-symptoms', 'depression', 'anxiety', 'suicidal-ideation', 'palpitations',
];

function ids(items: readonly { readonly id: string }[]): Set<string> {
  return new Set(items.map((item) => item.id));
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) dup.add(v);
    seen.add(v);
  }
  return [...dup];
}

describe('built-in clinical knowledge', () => {
  describe('ids', () => {
    for (const [kind, entries] of Object.entries({ ...lexicons, complaints: k.complaints })) {
      it(`${kind}: ids are unique and kebab-case`, () => {
        assert.deepEqual(duplicates(entries.map((e) => e.id)), []);
        for (const e of entries) assert.match(e.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, e.id);
      });
    }
  });

  describe('lexicons', () => {
    for (const [kind, entries] of Object.entries(lexicons)) {
      it(`${kind}: every entry has a label and at least one synonym`, () => {
        for (const e of entries) {
          assert.ok(e.label.trim().length > 0, e.id);
          assert.ok(e.synonyms.length > 0, e.id);
        }
      });
      it(`${kind}: synonyms are lowercase and trimmed`, () => {
        for (const e of entries) {
          for (const s of e.synonyms) {
            assert.equal(s, s.toLowerCase().trim(), `${e.id}: "${s}"`);
            assert.ok(s.length > 0, e.id);
          }
        }
      });
      it(`${kind}: no synonym is shared by two concepts, unless it names both ("bowel or bladder incontinence")`, () => {
        const owner = new Map<string, string>();
        const clashes: string[] = [];
        const coordinates = (phrase: string): boolean => /\b(?:or|and)\b|[/&]/.test(phrase);
        for (const e of entries) {
          for (const s of new Set(e.synonyms.flatMap(expandAlternatives))) {
            const other = owner.get(s);
            if (other !== undefined && other !== e.id && !coordinates(s) && !SHARED_SYNONYMS.has(s)) clashes.push(`"${s}": ${other} / ${e.id}`);
            owner.set(s, e.id);
          }
        }
        assert.deepEqual(clashes, []);
      });
      it(`${kind}: no abbreviation is shared by two concepts unless deliberate`, () => {
        const owner = new Map<string, string>();
        const clashes: string[] = [];
        for (const e of entries) {
          for (const a of new Set(e.abbreviations ?? [])) {
            const other = owner.get(a);
            if (other !== undefined && other !== e.id && !SHARED_ABBREVIATIONS.has(a)) clashes.push(`"${a}": ${other} / ${e.id}`);
            owner.set(a, e.id);
          }
        }
        assert.deepEqual(clashes, []);
      });
    }
  });

  describe('references', () => {
    const findingIds = ids(k.findings);
    const diagnosisIds = ids(k.diagnoses);
    const maneuverIds = ids(k.maneuvers);

    it('findings a finding implies, answers or denies too exist, and are other findings', () => {
      for (const f of k.findings) {
        for (const other of [...(f.implies ?? []), ...(f.answers ?? []), ...(f.deniesAlso ?? [])]) {
          assert.ok(findingIds.has(other) && other !== f.id, `${f.id} -> ${other}`);
        }
      }
    });

    it('presenting findings of complaints exist', () => {
      for (const c of k.complaints) {
        assert.ok((c.presentingFindings ?? []).length > 0, `${c.id} has no presenting finding`);
        for (const f of c.presentingFindings ?? []) assert.ok(findingIds.has(f), `${c.id} -> ${f}`);
      }
    });

    it('findings a modifier phrase may modify, or stops at, exist', () => {
      const modified = k.findings.filter((f) => f.modifierSynonyms);
      assert.ok(modified.length > 0, 'no finding has modifier phrases');
      for (const f of modified) {
        for (const other of [...(f.modifierSynonyms?.of ?? []), ...(f.modifierSynonyms?.notAcross ?? [])]) assert.ok(findingIds.has(other), `${f.id} -> ${other}`);
      }
    });

    it('supporting findings of diagnoses exist', () => {
      for (const d of k.diagnoses) for (const f of d.supportingFindings ?? []) assert.ok(findingIds.has(f), `${d.id} -> ${f}`);
    });
    it('tests address existing diagnoses', () => {
      for (const t of k.tests) for (const d of t.addresses) assert.ok(diagnosisIds.has(d), `${t.id} -> ${d}`);
      for (const t of k.tests) for (const d of t.workupOf ?? []) assert.ok(diagnosisIds.has(d) && !t.addresses.includes(d), `${t.id} is in the workup of ${d}`);
    });
    it("a diagnosis's first test exists, addresses it and is no sensitive exam", () => {
      for (const d of k.diagnoses) {
        if (d.firstTest === undefined) continue;
        const test = k.tests.find((t) => t.id === d.firstTest);
        assert.ok(test?.addresses.includes(d.id) && !test.sensitiveExam, `${d.id} -> ${d.firstTest}`);
      }
    });
    it('maneuvers that stand in for another exist', () => {
      for (const m of k.maneuvers) for (const alt of m.alternatives ?? []) assert.ok(maneuverIds.has(alt) && alt !== m.id, `${m.id} alternative -> ${alt}`);
    });
    it('complaints reference existing findings, maneuvers and diagnoses', () => {
      for (const c of k.complaints) {
        for (const r of c.redFlags) assert.ok(findingIds.has(r.finding), `${c.id} red flag -> ${r.finding}`);
        for (const f of c.riskFactors) assert.ok(findingIds.has(f), `${c.id} risk factor -> ${f}`);
        for (const m of c.examManeuvers) assert.ok(maneuverIds.has(m), `${c.id} maneuver -> ${m}`);
        for (const d of c.differentials) assert.ok(diagnosisIds.has(d), `${c.id} differential -> ${d}`);
      }
    });
    it('complaint risk factors are history or risk-factor findings', () => {
      const byId = new Map(k.findings.map((f) => [f.id, f]));
      for (const c of k.complaints) {
        for (const f of c.riskFactors) {
          const kind = byId.get(f)?.kind;
          assert.ok(kind === 'history' || kind === 'risk-factor', `${c.id} -> ${f} (${kind})`);
        }
      }
    });
  });

  describe('complaints', () => {
    it('has at least 15 complaints including the required ones', () => {
      assert.ok(k.complaints.length >= 15);
      const present = ids(k.complaints);
      for (const id of REQUIRED_COMPLAINTS) assert.ok(present.has(id), id);
    });
    for (const c of k.complaints) {
      it(`${c.id}: complete and focused`, () => {
        assert.ok(c.differentials.length >= 3 && c.differentials.length <= 5, 'differentials 3-5');
        assert.deepEqual(duplicates(c.differentials), []);
        assert.ok(c.redFlags.length >= 3, 'at least 3 red flags');
        assert.deepEqual(duplicates(c.redFlags.map((r) => r.finding)), []);
        for (const r of c.redFlags) assert.ok(r.why.trim().length > 0 && !r.why.includes('\n'), r.finding);
        assert.ok(c.examManeuvers.length >= 2, 'at least 2 maneuvers');
        assert.ok(c.rosSystems.length >= 3 && c.rosSystems.length <= 5, 'ROS 3-5 systems');
        assert.deepEqual(duplicates(c.rosSystems), []);
        assert.ok(c.aliases.length > 0, 'aliases');
        for (const a of c.aliases) assert.equal(a, a.toLowerCase().trim(), a);
        assert.ok(c.hpiElements.length > 0, 'hpi elements');
      });
    }
    it('complaints without a location do not ask for one', () => {
      for (const id of ['depression', 'anxiety', 'dizziness', 'fatigue', 'suicidal-ideation', 'insomnia']) {
        const c = k.complaints.find((x) => x.id === id);
        assert.ok(c, id);
        assert.ok(!c.hpiElements.includes('location'), id);
      }
    });
    it('every differential is addressed by at least one non-sensitive test', () => {
      const tested = new Set(k.tests.filter((t) => !t.sensitiveExam).flatMap((t) => t.addresses));
      for (const c of k.complaints) for (const d of c.differentials) assert.ok(tested.has(d), `${c.id}: ${d}`);
    });
  });

  describe('sensitive exams', () => {
    it('rectal, pelvic, genitourinary, breast and prostate exams exist and are flagged', () => {
      for (const id of ['rectal-exam', 'pelvic-exam', 'genital-exam', 'breast-exam', 'prostate-exam']) {
        const t = k.tests.find((x) => x.id === id);
        assert.ok(t, id);
        assert.equal(t.sensitiveExam, true, id);
      }
    });
    it('only those exams are flagged sensitive', () => {
      const flagged = k.tests.filter((t) => t.sensitiveExam).map((t) => t.id).sort();
      assert.deepEqual(flagged, ['breast-exam', 'genital-exam', 'pelvic-exam', 'prostate-exam', 'rectal-exam']);
    });
  });
});

describe('built-in maneuvers: abdominal exam', () => {
  const maneuvers = indexKnowledge(builtinKnowledge).maneuverLexicon;
  const abdominal = (text: string): string[] =>
    findMentions(text, maneuvers).filter((m) => m.concept === 'abdominal-exam').map((m) => text.slice(m.span.start, m.span.end));

  it('counts "soft" only in abdominal phrases', () => {
    assert.deepEqual(abdominal('soft, non-tender'), ['soft, non-tender']);
    assert.deepEqual(abdominal('soft NT ND'), ['soft NT ND']);
    assert.deepEqual(abdominal('abd soft'), ['abd soft']);
    assert.deepEqual(abdominal('Neck: soft, supple'), []);
    assert.deepEqual(abdominal('soft systolic murmur'), []);
  });
});
