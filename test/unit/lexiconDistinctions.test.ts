// Concepts students run together but a clinician keeps apart: each case is a mapping a clinical
// review found wrong (a synonym of another thing, a cause filed as the condition, one drug class
// under another), and the concept it now names. Example sentences are our own.
import * as assert from 'node:assert/strict';
import { builtinKnowledge } from '../../src/core/clinical/data/index';
import { compileLexicon, firstConceptIn } from '../../src/core/clinical/matcher';
import { expectAbsent, expectFound } from '../support/lexiconCases';

describe('lexicon: distinctions a clinician makes', () => {
  describe('findings', () => {
    expectFound([
      // Orthopnea is breathlessness lying flat; chest pain worse lying down is pericarditis or reflux.
      ['SOB worse lying flat.', 'orthopnea:a'],
      ['Shortness of breath is worse lying down.', 'orthopnea:a'],
      ['No SOB worse lying flat.', 'orthopnea:n'],
      // Polyuria is a large volume of urine, frequency is voiding often.
      ['Reports polyuria and polydipsia.', 'polyuria:a'],
      ['Urinary frequency x 2 weeks.', 'urinary-frequency:a'],
      // Pain going to the back says where it goes, not that it tears.
      ['Epigastric pain going to the back.', 'back-radiation:a'],
      ['Pain between the shoulder blades.', 'back-radiation:a'],
      ['Sharp, tearing pain.', 'tearing-pain-to-back:a'],
      // Daytime sleepiness is a symptom of its own (sleep apnea, narcolepsy, depression).
      ['Endorses daytime sleepiness.', 'daytime-sleepiness:a'],
      ['Wife reports loud snoring.', 'snoring:a'],
      // Hesitancy (prostate) is not retention (cauda equina).
      ['Difficulty starting the stream.', 'urinary-hesitancy:a'],
      ['Unable to urinate since this morning.', 'urinary-retention:a'],
      ['Calf swelling on the left.', 'leg-swelling:a'],
      ['Black, tarry stools x 2 days.', 'melena:a'],
      ['Stools are darker than usual.', 'melena:a'],
      // Kept: the history item is darker or black stools (the concept's label says so), as NBME's rubric reads it.
      ['Dark brown stools for a week.', 'melena:a'],
    ]);
    expectAbsent([
      ['Chest pain is worse lying down.', 'orthopnea'],
      ['Pain worse lying flat, better leaning forward.', 'orthopnea'],
      ['No anginal equivalent symptoms.', 'chest-pain'],
      ['Reports polyuria and polydipsia.', 'urinary-frequency'],
      ['Epigastric pain going to the back.', 'tearing-pain-to-back'],
      ['Pain between the shoulder blades.', 'tearing-pain-to-back'],
      ['Endorses daytime sleepiness.', 'snoring'],
      ['Difficulty starting the stream.', 'urinary-retention'],
      ['Odynophagia for 3 days.', 'sore-throat'],
      ['Thyroid nodule noted on exam.', 'thyromegaly'],
      ['Calf swelling on the left.', 'calf-pain'],
    ]);
  });

  const named = (lexicon: Parameters<typeof firstConceptIn>[1], text: string): string | undefined => firstConceptIn(text, lexicon);

  describe('tests, treatments, maneuvers and diagnoses', () => {
    const cases: ReadonlyArray<readonly [string, keyof typeof lexicons, string, string | undefined]> = [
      // RPR and VDRL are nontreponemal; FTA-ABS and TP-PA are treponemal.
      ['RPR', 'tests', 'RPR', 'rpr'],
      ['treponemal test', 'tests', 'treponemal test', 'treponemal-test'],
      ['FTA-ABS', 'tests', 'FTA-ABS', 'treponemal-test'],
      ['throat culture is not the rapid antigen test', 'tests', 'Throat culture', 'throat-culture'],
      ['T3 is not free T4', 'tests', 'T3', 't3'],
      ['free T4', 'tests', 'Free T4', 'free-t4'],
      ['anti-dsDNA is not ANA', 'tests', 'anti-dsDNA', 'anti-dsdna'],
      ['telemetry is not an ambulatory monitor', 'tests', 'Telemetry', 'telemetry'],
      ['BAL is bronchoalveolar lavage, not a blood alcohol level', 'tests', 'BAL', undefined],
      ['BAC is a blood alcohol level', 'tests', 'BAC', 'blood-alcohol'],
      ['famotidine is an H2 blocker, not a PPI', 'treatments', 'famotidine', 'h2-blocker'],
      ['antacids are not a PPI', 'treatments', 'antacids', 'antacids'],
      ['an SNRI is not an SSRI', 'treatments', 'SNRI', 'snri'],
      ['inhaled corticosteroids are not bronchodilators', 'treatments', 'inhaled corticosteroids', 'steroids-treatment'],
      ['oral rehydration is not IV fluids', 'treatments', 'oral rehydration', 'oral-rehydration'],
      ['the head impulse test is not Dix-Hallpike', 'maneuvers', 'head impulse test negative', 'head-impulse-test'],
      ['the test of skew is not nystagmus', 'maneuvers', 'test of skew', 'test-of-skew'],
      ['Dix-Hallpike', 'maneuvers', 'Dix-Hallpike positive on the right', 'dix-hallpike'],
      ['dehydration is a cause of orthostatic hypotension, not its name', 'diagnoses', 'Dehydration', 'hypovolemia'],
      ['orthostatic hypotension', 'diagnoses', 'Orthostatic hypotension', 'orthostatic-hypotension'],
    ];
    const lexicons = {
      tests: compileLexicon(builtinKnowledge.tests),
      treatments: compileLexicon(builtinKnowledge.treatments),
      maneuvers: compileLexicon(builtinKnowledge.maneuvers),
      diagnoses: compileLexicon(builtinKnowledge.diagnoses),
    };
    for (const [why, lexicon, text, expected] of cases) {
      it(`${why}: "${text}" -> ${expected ?? 'nothing'}`, () => assert.equal(named(lexicons[lexicon], text), expected));
    }
  });

  it('the new concepts support the diagnoses they are classic for', () => {
    const dx = (id: string): readonly string[] => builtinKnowledge.diagnoses.find((d) => d.id === id)?.supportingFindings ?? [];
    assert.ok(dx('diabetes-mellitus').includes('polyuria'));
    assert.ok(dx('obstructive-sleep-apnea').includes('daytime-sleepiness'));
    assert.ok(dx('bph').includes('urinary-hesitancy'));
    assert.ok(builtinKnowledge.tests.some((t) => t.id === 'bmp' && t.addresses.includes('hypovolemia')));
  });
});
