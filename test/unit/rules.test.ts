import { strict as assert } from 'node:assert';
import { checkNote, type CheckResult } from '../../src/core/check/checkNote';
import { inferComplaint } from '../../src/core/check/complaint';
import type { ComplaintKnowledge } from '../../src/core/clinical/types';
import { applyFix, applySafeFixes } from '../../src/core/check/fixAll';
import type { CheckOptions } from '../../src/core/check/options';
import { RULES } from '../../src/core/rules/index';
import type { Finding } from '../../src/core/types';
import { builtinKnowledge } from '../../src/core/clinical/data/index';
import { CLEAN_NOTE, testKnowledge } from '../support/testKnowledge';

const options: CheckOptions = { knowledge: testKnowledge };

function check(text: string, extra: CheckOptions = {}): CheckResult {
  return checkNote(text, { ...options, ...extra });
}

function findingsOf(text: string, rule: string, extra: CheckOptions = {}): Finding[] {
  return check(text, extra).findings.filter((finding) => finding.rule === rule);
}

function only<T>(items: readonly T[]): T {
  assert.equal(items.length, 1, `expected exactly one, got ${items.length}`);
  return items[0] as T;
}

describe('rules', () => {
  it('every rule has an id, a description, tags and a checklist section', () => {
    const ids = new Set<string>();
    for (const rule of RULES) {
      assert.match(rule.id, /^[a-z]+(-[a-z]+)*$/);
      assert.ok(!ids.has(rule.id), `duplicate rule ${rule.id}`);
      ids.add(rule.id);
      assert.ok(rule.description.length > 20);
      assert.ok(rule.tags.length > 0);
    }
    assert.equal(RULES.length, 15);
  });

  it('a complete note has no findings and passes every checklist section', () => {
    const result = check(CLEAN_NOTE);
    assert.deepEqual(result.findings.map((f) => `${f.rule}: ${f.message}`), []);
    assert.equal(result.score.passed, 5);
    assert.equal(result.complaint, 'chest-pain');
    assert.equal(result.complaintSource, 'front-matter');
  });

  describe('missing-red-flag', () => {
    const note = CLEAN_NOTE.replace('shortness of breath, leg swelling, ', '');
    it('flags each red flag neither affirmed nor negated, on the ROS label', () => {
      const findings = findingsOf(note, 'missing-red-flag');
      assert.deepEqual(findings.map((f) => f.data['redFlag']).sort(), ['dyspnea', 'leg-swelling']);
      for (const finding of findings) {
        assert.equal(finding.severity, 'error');
        assert.equal(note.slice(finding.span.start, finding.span.end), 'ROS');
      }
    });
    it('counts a narrower finding as documenting the broader red flag it implies', () => {
      const knowledge = {
        ...testKnowledge,
        findings: [...testKnowledge.findings, { id: 'dyspnea-on-exertion', label: 'dyspnea on exertion', kind: 'symptom' as const, synonyms: ['winded on stairs'], implies: ['dyspnea'] }],
      };
      const narrower = note.replace('Associated with sweating.', 'Associated with sweating. Gets winded on stairs.');
      const flags = checkNote(narrower, { knowledge }).findings.filter((f) => f.rule === 'missing-red-flag');
      assert.deepEqual(flags.map((f) => f.data['redFlag']), ['leg-swelling']);
    });
    it('counts a denial of a broader finding as denying the narrower red flag, but not an affirmation', () => {
      const knowledge = {
        ...testKnowledge,
        findings: [...testKnowledge.findings, { id: 'breathing-trouble', label: 'breathing trouble', kind: 'symptom' as const, synonyms: ['breathing trouble'], deniesAlso: ['dyspnea'] }],
      };
      const flagged = (text: string): unknown[] =>
        checkNote(text, { knowledge }).findings.filter((f) => f.rule === 'missing-red-flag').map((f) => f.data['redFlag']);
      assert.ok(!flagged(note.replace('Associated with sweating.', 'Associated with sweating. No breathing trouble.')).includes('dyspnea'));
      assert.ok(flagged(note.replace('Associated with sweating.', 'Associated with sweating and breathing trouble.')).includes('dyspnea'));
    });
    it('counts an affirmed red flag as documented', () => {
      const affirmed = note.replace('Associated with sweating.', 'Associated with sweating and shortness of breath and leg swelling.');
      assert.deepEqual(findingsOf(affirmed, 'missing-red-flag'), []);
    });
    it('its fix appends to the Denies list and removes the finding', () => {
      const finding = findingsOf(note, 'missing-red-flag').find((f) => f.data['redFlag'] === 'dyspnea');
      assert.ok(finding);
      const fixed = applyFix(note, only(finding.fixes));
      assert.match(fixed, /ROS: Denies fever, cough, nausea, shortness of breath\./);
      assert.ok(!findingsOf(fixed, 'missing-red-flag').some((f) => f.data['redFlag'] === 'dyspnea'));
    });
    it('adds a sentence when the field has no Denies list', () => {
      const plain = note.replace('ROS: Denies fever, cough, nausea.', 'ROS: fatigue');
      const finding = findingsOf(plain, 'missing-red-flag').find((f) => f.data['redFlag'] === 'dyspnea');
      assert.ok(finding);
      assert.match(applyFix(plain, only(finding.fixes)), /ROS: fatigue\. Denies shortness of breath\./);
    });
    it('is not safe for fix-all', () => {
      assert.ok(findingsOf(note, 'missing-red-flag').every((f) => f.fixes.every((fix) => !fix.safe)));
    });
    it('counts against the ROS checklist section', () => {
      const result = check(note);
      assert.equal(result.score.sections.ros.pass, false);
      assert.deepEqual([...result.score.redFlagsMissed].sort(), ['dyspnea', 'leg-swelling']);
    });
  });

  describe('missing-section', () => {
    it('flags a missing part and adds its heading in the official order', () => {
      const note = CLEAN_NOTE.replace(/## Physical Examination[\s\S]*?(?=## Data Interpretation)/, '');
      const finding = only(findingsOf(note, 'missing-section'));
      assert.equal(finding.data['section'], 'exam');
      const fixed = applyFix(note, only(finding.fixes));
      assert.ok(fixed.indexOf('## Physical Examination') < fixed.indexOf('## Data Interpretation'));
      assert.deepEqual(findingsOf(fixed, 'missing-section'), []);
    });
    it('flags all four parts of an empty note', () => {
      assert.equal(findingsOf('', 'missing-section').length, 4);
    });
  });

  describe('hpi-element-missing', () => {
    it('names each missing element', () => {
      const note = CLEAN_NOTE.replace(/HPI: .*\n/, 'HPI: 45 yo M with chest pressure.\n');
      const elements = findingsOf(note, 'hpi-element-missing').map((f) => f.data['element']);
      for (const element of ['onset', 'duration', 'modifiers']) assert.ok(elements.includes(element), element);
    });
  });

  describe('ros-systems', () => {
    it('flags a ROS with fewer than three relevant systems', () => {
      const note = CLEAN_NOTE.replace('ROS: Denies fever, cough, shortness of breath, leg swelling, nausea.', 'ROS: Denies shortness of breath, leg swelling.').replace('Associated with sweating.', 'No cough.');
      const finding = only(findingsOf(note, 'ros-systems'));
      assert.equal(finding.data['needed'], 3);
    });

    it('credits the systems of affirmed associated symptoms in the HPI, not only its pertinent negatives', () => {
      const ros = CLEAN_NOTE.replace('ROS: Denies fever, cough, shortness of breath, leg swelling, nausea.', 'ROS: Denies shortness of breath, leg swelling.');
      // Sweating (constitutional) is affirmed in the HPI: with CV and respiratory that makes three systems.
      assert.deepEqual(findingsOf(ros.replace('Associated with sweating.', 'Associated with sweating, no cough.'), 'ros-systems'), []);
      assert.deepEqual(findingsOf(ros, 'ros-systems'), []);
    });
  });

  describe('pe-vitals-missing', () => {
    it('lists the missing vital signs', () => {
      const note = CLEAN_NOTE.replace('VS: BP 150/90, HR 98, RR 18, T 98.6 F, SpO2 97% RA.', 'VS: BP 150/90.');
      assert.equal(only(findingsOf(note, 'pe-vitals-missing')).data['missing'], 'hr,rr,temp');
    });
  });

  describe('pe-focused-missing', () => {
    it('flags a must-do maneuver that is absent', () => {
      const note = CLEAN_NOTE.replace(' Lungs: CTAB.', '');
      assert.equal(only(findingsOf(note, 'pe-focused-missing')).data['maneuver'], 'lung-auscultation');
    });

    // Built-in knowledge: Dix-Hallpike is for positional vertigo; continuous vertigo gets the head impulse test (HINTS).
    const vertigo = (exam: string): Finding[] =>
      checkNote(`## History\n\nHPI: 60 yo M with constant room-spinning vertigo for 2 days.\n\n## Physical Examination\n\nNeuro: ${exam}\n`, { complaint: 'dizziness' }).findings.filter(
        (finding) => finding.rule === 'pe-focused-missing' && finding.data['maneuver'] === 'dix-hallpike',
      );
    it('takes a maneuver that stands in for a must-do one (head impulse test for Dix-Hallpike)', () => {
      assert.deepEqual(vertigo('horizontal nystagmus; head impulse test abnormal to the left; no skew deviation.'), []);
      assert.deepEqual(vertigo('Dix-Hallpike negative bilaterally.'), []);
    });
    it('names the stand-ins when neither is documented', () => {
      assert.match(only(vertigo('CN II-XII intact.')).message, /should document: Dix-Hallpike maneuver or head impulse test\./);
    });

    // Giant cell arteritis starts at 50: the temporal arteries are asked of a headache patient that old, or of unknown age.
    const temporalArteries = (opening: string): boolean =>
      checkNote(`## History\n\nHPI: ${opening} with a throbbing headache for 3 days.\n\n## Physical Examination\n\nNeuro: CN II-XII intact.\n`, { complaint: 'headache' }).findings.some(
        (finding) => finding.rule === 'pe-focused-missing' && finding.data['maneuver'] === 'temporal-artery-palpation',
      );
    it('asks temporal artery palpation from age 50, and when the age is not given', () => {
      assert.equal(temporalArteries('32 yo F'), false);
      assert.equal(temporalArteries('49M'), false);
      assert.equal(temporalArteries('50 yo M'), true);
      assert.equal(temporalArteries('72-year-old woman'), true);
      assert.equal(temporalArteries('Patient'), true);
    });
  });

  describe('sensitive-exam-performed', () => {
    const note = CLEAN_NOTE.replace('Lungs: CTAB.', 'Lungs: CTAB. Rectal exam: guaiac negative.');
    it('flags a rectal exam written as performed', () => {
      const finding = only(findingsOf(note, 'sensitive-exam-performed'));
      assert.equal(finding.data['test'], 'rectal-exam');
      const fixed = applyFix(note, only(finding.fixes));
      assert.ok(!/Rectal exam: guaiac/.test(fixed));
      assert.match(fixed, /- rectal exam\s*$/);
      assert.deepEqual(findingsOf(fixed, 'sensitive-exam-performed'), []);
    });
    it('accepts a deferred exam', () => {
      assert.deepEqual(findingsOf(CLEAN_NOTE.replace('Lungs: CTAB.', 'Lungs: CTAB. Rectal exam deferred.'), 'sensitive-exam-performed'), []);
    });
    it('reports an exam named twice in one clause once, and again in another clause', () => {
      const twice = CLEAN_NOTE.replace('Lungs: CTAB.', 'Lungs: CTAB. Rectal exam: DRE with guaiac negative stool.');
      assert.equal(only(findingsOf(twice, 'sensitive-exam-performed')).data['test'], 'rectal-exam');
      const apart = CLEAN_NOTE.replace('Lungs: CTAB.', 'Lungs: CTAB. Rectal exam: normal tone. DRE: guaiac negative.');
      assert.equal(findingsOf(apart, 'sensitive-exam-performed').length, 2);
    });
  });

  describe('dx-count', () => {
    it('flags a fourth diagnosis', () => {
      const note = CLEAN_NOTE.replace('## Diagnostic Studies', '### 3. GERD\n- History: x\n### 4. Pneumonia\n- History: cough\n## Diagnostic Studies');
      assert.equal(only(findingsOf(note, 'dx-count')).data['count'], 4);
    });
  });

  describe('dx-unsupported', () => {
    it('flags a diagnosis without support lines', () => {
      const note = CLEAN_NOTE.replace('- History: chest pressure\n- PE: none specific\n', '');
      assert.equal(only(findingsOf(note, 'dx-unsupported')).data['diagnosis'], 'pericarditis');
    });
    it('accepts a pertinent negative as support when the note agrees, and flags one it contradicts', () => {
      const agreed = CLEAN_NOTE.replace('- History: chest pressure\n', '- History: chest pressure, no fever\n');
      assert.deepEqual(findingsOf(agreed, 'dx-unsupported'), []);
      // The vitals' T 98.6 F says no fever too: the contradiction needs both changed.
      const contradicted = agreed.replace('Denies fever', 'Reports fever').replace('T 98.6 F', 'T 101.2 F');
      assert.ok(CLEAN_NOTE.includes('Denies fever') && CLEAN_NOTE.includes('T 98.6 F'));
      const finding = only(findingsOf(contradicted, 'dx-unsupported'));
      assert.equal(finding.data['reason'], 'negated-support');
    });
    it('flags support that the note negates', () => {
      const note = CLEAN_NOTE.replace('- History: chest pressure\n', '- History: chest pressure, fever\n');
      const finding = only(findingsOf(note, 'dx-unsupported'));
      assert.equal(finding.data['reason'], 'negated-support');
      assert.match(finding.message, /fever/);
    });
  });

  describe('rule-out-wording', () => {
    it('flags "r/o" and its safe fix removes it', () => {
      const note = CLEAN_NOTE.replace('### 2. Pericarditis', '### 2. r/o Pericarditis');
      const finding = only(findingsOf(note, 'rule-out-wording'));
      const fixed = applyFix(note, only(finding.fixes));
      assert.match(fixed, /### 2\. Pericarditis/);
      assert.deepEqual(findingsOf(fixed, 'rule-out-wording'), []);
    });
  });

  describe('missing-red-flag: what a finding documents', () => {
    const flagged = (hpi: string): string[] =>
      checkNote(`## History\nHPI: ${hpi}\n`, { knowledge: builtinKnowledge, complaint: 'palpitations' })
        .findings.filter((f) => f.rule === 'missing-red-flag')
        .map((f) => String(f.data['redFlag']));

    it('chest pressure that was felt answers the chest pain question; a denied one does not', () => {
      assert.ok(!flagged('17M with heart pounding, last episode with chest pressure.').includes('chest-pain'));
      assert.ok(flagged('17M with heart pounding, no chest pressure.').includes('chest-pain'));
    });
  });

  describe('a chief complaint line before the HPI', () => {
    const note = [
      '## History', 'CC: chest pain', 'HPI: 56M with substernal pressure x 2 hours, started while climbing stairs, radiating to the left arm, worse with exertion, better with rest, with sweating and nausea.',
      'ROS: Denies fever, cough.', '## Physical Examination', 'VS: BP 150/90, HR 96, RR 18, T 98.6 F', '',
    ].join('\n');
    const builtIn = { knowledge: builtinKnowledge };

    it('reads the HPI that follows the CC line, not the CC line alone', () => {
      assert.deepEqual(findingsOf(note, 'hpi-element-missing', builtIn).map((f) => f.data['element']), []);
    });

    it('adds a pertinent negative at the end of the HPI, not to the CC line', () => {
      const finding = findingsOf(note, 'missing-red-flag', builtIn).find((f) => f.data['checklist'] === 'hpi');
      assert.ok(finding);
      const fixed = applyFix(note, only(finding.fixes));
      assert.match(fixed, /\nCC: chest pain\n/);
      assert.match(fixed, /sweating and nausea\. Denies [^.]+\.\nROS:/);
    });
  });

  describe('dx-untested and workup-untied', () => {
    it('flags a diagnosis no study addresses and suggests the first study for it', () => {
      const note = CLEAN_NOTE.replace('### 2. Pericarditis', '### 2. Pneumonia').replace('- History: chest pressure\n', '- History: cough\n');
      const finding = only(findingsOf(note, 'dx-untested'));
      assert.equal(finding.data['diagnosis'], 'pneumonia');
      assert.equal(finding.data['test'], 'cxr');
      const fixed = applyFix(note, only(finding.fixes));
      assert.deepEqual(findingsOf(fixed, 'dx-untested'), []);
    });
    it('asks no study for a diagnosis made clinically when typical, and still asks for the others', () => {
      const headache = [
        '## History', 'HPI: 30F with throbbing unilateral headache, photophobia, nausea.', '## Physical Examination', 'Neuro: nonfocal.',
        '## Data Interpretation', '### 1. Migraine', '- History: throbbing headache, photophobia', '- PE: normal neuro exam',
        '### 2. Subarachnoid hemorrhage', '- History: headache', '- PE: none', '## Diagnostic Studies', '- No studies indicated', '',
      ].join('\n');
      const builtIn = { knowledge: builtinKnowledge };
      assert.deepEqual(findingsOf(headache, 'dx-untested', builtIn).map((f) => [f.data['diagnosis'], f.data['test']]), [['subarachnoid-hemorrhage', 'ct-head']]);
      for (const [name, id] of [['Tension-type headache', 'tension-headache'], ['BPPV', 'bppv'], ['Lumbar strain', 'lumbar-strain'], ['GERD', 'gerd'], ['Osteoarthritis', 'osteoarthritis'], ['Medication overuse headache', 'medication-overuse-headache'], ['Adjustment disorder with depressed mood', 'adjustment-disorder']] as const) {
        const note = headache.replace('### 1. Migraine', `### 1. ${name}`);
        assert.ok(!findingsOf(note, 'dx-untested', builtIn).some((f) => f.data['diagnosis'] === id), name);
        assert.ok(findingsOf(note, 'dx-untested', builtIn).some((f) => f.data['diagnosis'] === 'subarachnoid-hemorrhage'), name);
      }
    });

    it('ties a study to a diagnosis whose standard workup it belongs to, without counting it as a test of it', () => {
      const builtIn = { knowledge: builtinKnowledge };
      const note = [
        '## History', 'HPI: 24M with dysuria and penile discharge.', '## Physical Examination', 'VS: normal.',
        '## Data Interpretation', '### 1. Urethritis', '- History: dysuria, penile discharge', '- PE: none',
        '### 2. Transient ischemic attack', '- History: none', '- PE: none', '## Diagnostic Studies', '- HIV test', '- ECG', '- Fingerstick glucose', '',
      ].join('\n');
      assert.deepEqual(findingsOf(note, 'workup-untied', builtIn), []);
      // HIV screening and an ECG and glucose belong to those workups, but test neither diagnosis.
      assert.deepEqual(findingsOf(note, 'dx-untested', builtIn).map((f) => f.data['diagnosis']), ['urethritis', 'tia']);
    });

    it('asks a pelvic ultrasound for ovarian torsion and ties one to it', () => {
      const builtIn = { knowledge: builtinKnowledge };
      const note = [
        '## History', 'HPI: 24F with sudden right pelvic pain and vomiting.', '## Physical Examination', 'Abdomen: RLQ tenderness.',
        '## Data Interpretation', '### 1. Ovarian torsion', '- History: sudden right pelvic pain, vomiting', '- PE: RLQ tenderness',
        '## Diagnostic Studies', '- Urine hCG', '',
      ].join('\n');
      assert.deepEqual(findingsOf(note, 'dx-untested', builtIn).map((f) => [f.data['diagnosis'], f.data['test']]), [['ovarian-torsion', 'pelvic-us']]);
      const tested = note.replace('- Urine hCG', '- Urine hCG\n- Pelvic ultrasound with Doppler');
      assert.deepEqual(findingsOf(tested, 'dx-untested', builtIn), []);
      assert.deepEqual(findingsOf(tested, 'workup-untied', builtIn).map((f) => f.data['test']), ['hcg']);
    });

    it('says so when a study may test a diagnosis it does not recognise', () => {
      const note = CLEAN_NOTE.replace('- Troponin\n', '- Troponin\n- TSH\n').replace('### 2. Pericarditis', '### 2. Glomus tumor of the chest');
      const finding = only(findingsOf(note, 'workup-untied'));
      assert.equal(finding.data['test'], 'tsh');
      assert.equal(finding.data['unrecognisedDiagnoses'], 1);
      assert.match(finding.message, /cannot tell whether it tests "Glomus tumor of the chest"/);
    });

    it('flags a study that addresses no listed diagnosis', () => {
      const note = CLEAN_NOTE.replace('- Troponin\n', '- Troponin\n- TSH\n');
      const finding = only(findingsOf(note, 'workup-untied'));
      assert.equal(finding.data['test'], 'tsh');
      assert.equal(note.slice(finding.span.start, finding.span.end), 'TSH');
    });
  });

  describe('workup-not-a-test', () => {
    it('flags a treatment and offers to remove its line', () => {
      const note = CLEAN_NOTE.replace('- Troponin\n', '- Troponin\n- Aspirin\n');
      const finding = only(findingsOf(note, 'workup-not-a-test'));
      assert.equal(finding.data['treatment'], 'aspirin');
      assert.equal(applyFix(note, only(finding.fixes)), CLEAN_NOTE);
    });

    it('offers to remove a line that holds the treatment alone, whatever its list marker or emphasis', () => {
      for (const written of ['• Aspirin', '◦ Aspirin.', '**Aspirin**', '*Aspirin*', '1) Aspirin;', '  - __Aspirin__ ']) {
        const note = CLEAN_NOTE.replace('- Troponin\n', `- Troponin\n${written}\n`);
        const finding = only(findingsOf(note, 'workup-not-a-test'));
        assert.equal(applyFix(note, only(finding.fixes)), CLEAN_NOTE, written);
      }
    });

    it('offers no removal when the line holds more than the treatment', () => {
      for (const written of ['- Labs: aspirin', '- Aspirin, troponin', '- Aspirin; reassess after']) {
        const note = CLEAN_NOTE.replace('- Troponin\n', `- Troponin\n${written}\n`);
        const finding = findingsOf(note, 'workup-not-a-test').find((f) => f.data['treatment'] === 'aspirin');
        assert.ok(finding, written);
        assert.deepEqual(finding.fixes, [], written);
      }
    });

    it('leaves a study that names a test alone, treatment or not, and does not look the treatment up', () => {
      const note = CLEAN_NOTE.replace('- Troponin\n', '- Troponin\n- ECG after aspirin\n');
      assert.deepEqual(findingsOf(note, 'workup-not-a-test'), []);
      const study = check(note).analysis.studies.find((s) => s.entry.text.includes('aspirin'));
      assert.equal(study?.test?.id, 'ecg');
      assert.equal(study?.treatment, undefined);
    });
  });

  describe('workup-count', () => {
    it('reports a thin workup as info, which does not fail the checklist', () => {
      const note = CLEAN_NOTE.replace('- Serial ECGs\n- Repeat troponin in 3 hours\n', '');
      const result = check(note);
      const finding = only(result.findings.filter((f) => f.rule === 'workup-count'));
      assert.equal(finding.severity, 'info');
      assert.equal(result.score.sections.workup.pass, true);
    });
  });

  describe('section-length', () => {
    it('flags a History longer than 950 characters', () => {
      const note = CLEAN_NOTE.replace('PMH: HTN.', `PMH: HTN. ${'Lorem ipsum dolor sit amet. '.repeat(40)}`);
      const finding = findingsOf(note, 'section-length').find((f) => f.data['max'] === 950);
      assert.ok(finding);
    });
  });

  describe('options', () => {
    it('turns a rule off or changes its severity', () => {
      const note = CLEAN_NOTE.replace('shortness of breath, ', '');
      assert.deepEqual(findingsOf(note, 'missing-red-flag', { severities: { 'missing-red-flag': 'off' } }), []);
      assert.equal(only(findingsOf(note, 'missing-red-flag', { severities: { 'missing-red-flag': 'info' } })).severity, 'info');
    });
    it('infers the complaint from the HPI when there is no front matter', () => {
      const result = check(CLEAN_NOTE.replace(/^---[\s\S]*?---\n/, ''));
      assert.equal(result.complaint, 'chest-pain');
      assert.equal(result.complaintSource, 'inferred');
    });
    it('infers the complaint through a one-letter typo in a long alias, preferring exact aliases', () => {
      const complaints = testKnowledge.complaints;
      const other = { ...(complaints[0] as ComplaintKnowledge), id: 'discharge', aliases: ['vaginal discharge', 'cough'] };
      const all = [...complaints, other];
      assert.equal(inferComplaint('27 yo f c/o vaginal dischrage x 1 wk', all)?.id, 'discharge');
      assert.equal(inferComplaint('45 yo m c/o chest presure x 2 h', all)?.id, 'chest-pain');
      // Exact beats fuzzy even when the typo comes first; short aliases ("cogh" for "cough") stay exact.
      assert.equal(inferComplaint('45 yo m, vaginal dischrage, then cp', all)?.id, 'chest-pain');
      assert.equal(inferComplaint('45 yo m c/o cogh', all), undefined);
      assert.equal(inferComplaint('45 yo m c/o chest prescription', all), undefined);
      const result = check(CLEAN_NOTE.replace(/^---[\s\S]*?---\n/, '').replace('substernal chest pressure', 'substernal chset pressure'));
      assert.equal(result.complaint, 'chest-pain');
    });
    it('finds an alias wherever the sentence has its first word as a word of its own, whatever the case or what comes before', () => {
      const all = builtinKnowledge.complaints;
      // The aliases tried are those whose first word the sentence has: these must all still be found.
      assert.equal(inferComplaint('CHEST PAIN x 2 h', all)?.id, 'chest-pain');
      assert.equal(inferComplaint('45 yo m c/o:chest pain', all)?.id, 'chest-pain');
      assert.equal(inferComplaint('45yo m,3d of chest pain', all)?.id, 'chest-pain');
      assert.equal(inferComplaint('"Heart racing" since Monday', all)?.id, 'palpitations');
      assert.equal(inferComplaint('45 yo m with headaches', all)?.id, 'headache');
    });
    it('infers menstrual irregularity from a chief complaint that the periods stopped', () => {
      const note = '## History\nChief complaint: "My period stopped."\nMs. A is a 27-year-old woman who has not had a period for four months.\n';
      assert.equal(checkNote(note).complaint, 'menstrual-irregularity');
    });
    it('infers abdominal pain and insomnia from chief complaints in lay words', () => {
      assert.equal(checkNote('## History\n**Chief complaint:** Pain in the upper right belly since last night.\n').complaint, 'abdominal-pain');
      assert.equal(checkNote('HISTORY\nCC: "I have not slept a single minute in three weeks."\n').complaint, 'insomnia');
    });
    it('infers vaginal bleeding from a chief complaint of heavier periods', () => {
      const note = 'HISTORY:\nChief complaint: "My periods have gotten really heavy."\nMs. O is a 38-year-old woman.\n';
      assert.equal(checkNote(note).complaint, 'vaginal-bleeding');
    });
    it('reads a one-line chief complaint as a sentence of its own, not the start of the HPI', () => {
      // The HPI's "low mood" is a depression alias; the chief complaint says suicidal ideation first.
      const note = 'HISTORY:\nCC: "Lately I\'ve been thinking everyone would be better off if I wasn\'t here."\nHPI: 52 yo M c/o low mood & thoughts of death x 2 wks.\n';
      assert.equal(checkNote(note).complaint, 'suicidal-ideation');
    });
    it('infers insomnia from a chief complaint about a mind that will not switch off at night', () => {
      const note = '## History\nCC: "I can\'t turn my brain off at night" x 3 mo\nHPI: 45 yo F, trouble falling asleep x 3 months.\n';
      assert.equal(checkNote(note).complaint, 'insomnia');
    });
    it('infers palpitations as examinees write it: singular, misspelt, or as the heart beating', () => {
      // Each opening names another complaint's alias later in its run-on sentence.
      const cases = [
        'a 17 yo m c/o palpitation started 3 mos ago; last time associated with lightheadedness',
        '17 yo M presents with CC of heart palpations for the past 2-3 months with chest tightness',
        '17M with 5-6 episodes of heart beating rapidly for the past 2-3 months, with SOB',
        '17 yo M presented with chest pounding for the past 3 months, last time light headed',
        '17 yo male with a no pmhx presenting for 5-6 episodes of heart racing, with lightheadedness',
      ];
      for (const hpi of cases) assert.equal(checkNote(`## History\nHPI: ${hpi}\n`).complaint, 'palpitations', hpi);
      // A presenting finding in the next sentences: "palpations" before the SOB of the last episode.
      assert.equal(checkNote('## History\nHPI: 17yo male, appears calm. In today d/t palpations for 3-4 months, last episode with SOB.\n').complaint, 'palpitations');
      // A denial before the alias still keeps it from naming the complaint.
      assert.equal(checkNote('## History\nHPI: 30 yo F with no palpitations, presents for a 3-day headache.\n').complaint, 'headache');
    });
        it('reads "w/" as "with" in the first sentence', () => {
      const complaints = testKnowledge.complaints;
      const other = { ...(complaints[0] as ComplaintKnowledge), id: 'urinary', aliases: ['burning with urination'] };
      assert.equal(inferComplaint('26 yo m c/o burning with urination x 3 d', [...complaints, other])?.id, 'urinary');
      const note = `## History\nHPI: 26 yo M c/o burning w/ urination x 3 days.\n`;
      assert.equal(checkNote(note, { knowledge: { ...testKnowledge, complaints: [...complaints, other] } }).complaint, 'urinary');
    });
    it('infers the complaint from a presenting finding when no alias names it, in the CC or the HPI', () => {
      assert.equal(checkNote('## History\nHPI: 61 yo M with a fluttering, irregular heartbeat for 2 days.\n').complaint, 'palpitations');
      assert.equal(checkNote('## History\nHPI: 30F, recurrent HAs x 2 yrs.\n').complaint, 'headache');
      const note = '## History\nCC: "worn out all the time" x 3 months.\nHPI: 40 yo F, sleeps 9 h a night.\n';
      assert.equal(checkNote(note).complaint, 'fatigue');
      assert.equal(checkNote('## History\nHPI: 74 yo M, urinary trouble ~1 yr, weak stream.\n').complaint, 'urinary-symptoms');
      // A first sentence that only says who the patient is: the next ones name the complaint.
      const veteran = '## History\nHPI: Mr. J. is a 45 yo Army veteran brought in by his wife. "I keep thinking it would be easier to end it all."\n';
      assert.equal(checkNote(veteran).complaint, 'suicidal-ideation');
      // A complaint's alias under a denial in the same item names no complaint.
      assert.equal(checkNote('## History\nHPI: "pain in my belly" 24 yo F since last night, no fever or cough, vomited twice\n').complaint, 'abdominal-pain');
      // No HPI label: the History's own first sentence opens the note.
      assert.equal(checkNote('## History\n\n29yo F c/o "heart racing" x 3 wks.\n').complaint, 'palpitations');
      // A denied finding is no presenting complaint.
      assert.equal(checkNote('## History\nHPI: 30 yo M, denies HAs, here for a physical.\n').complaint, undefined);
    });
    it('infers the psychiatric complaints as examinees open them', () => {
      const cases: Array<[string, string]> = [
        ['46 yo M accountant who has been finding it difficult to sleep for the past 2 months.', 'insomnia'],
        ['40 yo M who has felt down for about 2 months, since he was laid off. Sleeps poorly.', 'depression'],
        ['21yo F here bc shes been feeling really down for like 2 months.', 'depression'],
        ['45 yo M brought in by his sister bc he told her he "doesn\'t want to be here anymore".', 'suicidal-ideation'],
      ];
      for (const [hpi, id] of cases) assert.equal(checkNote(`## History\nHPI: ${hpi}\n`).complaint, id, hpi);
    });
    it('asks only what every complaint asks when the complaint is not known: no location of a low mood', () => {
      const elements = (hpi: string): unknown[] =>
        checkNote(`## History\nHPI: ${hpi}\n`).findings.filter((f) => f.rule === 'hpi-element-missing').map((f) => f.data['element']);
      const unknown = elements('Mr. D, 45, brought in by his sister after a letter she found.');
      assert.ok(!unknown.includes('location') && unknown.includes('onset'), unknown.join(' '));
      assert.ok(elements('32 yo F with a headache x 3 days.').includes('location'));
    });
    it('reads a denied temperature intolerance as denying heat and cold intolerance (deniesAlso)', () => {
      const note = '## History\nHPI: 29 yo F with palpitations x 2 weeks. No heat or cold intolerance.\n';
      const flags = checkNote(note).findings.filter((f) => f.rule === 'missing-red-flag').map((f) => f.data['redFlag']);
      const without = checkNote(note.replace(' No heat or cold intolerance.', '')).findings.filter((f) => f.rule === 'missing-red-flag');
      assert.ok(without.some((f) => f.data['redFlag'] === 'heat-intolerance'), 'heat intolerance is a red flag of palpitations');
      assert.ok(!flags.includes('heat-intolerance'), `heat intolerance reported as missing: ${flags.join(', ')}`);
    });
    it('infers vaginal bleeding from periods that have become heavier', () => {
      const note = '## History\nHPI: 41 yo F here because her periods have become much heavier since spring.\n';
      assert.equal(checkNote(note).complaint, 'vaginal-bleeding');
      assert.equal(checkNote('## History\nHPI: 38F with menorrhagia x 6 months.\n').complaint, 'vaginal-bleeding');
    });
    it('infers a headache from "HA", the abbreviation students use', () => {
      assert.equal(checkNote('## History\nHPI: 23 yo F c/o HA x 2 days, throbbing.\n').complaint, 'headache');
    });
    it('reads past the dot of a title in the first sentence', () => {
      const note = CLEAN_NOTE.replace(/^---[\s\S]*?---\n/, '').replace(/HPI: /, 'HPI: Mr. Jones, ');
      assert.match(note, /HPI: Mr\. Jones, /);
      assert.equal(check(note).complaint, 'chest-pain');
    });
    it('reports an unknown complaint id', () => {
      assert.equal(check(CLEAN_NOTE, { complaint: 'nope' }).unknownComplaint, 'nope');
    });
  });

  describe('fixes', () => {
    it('applySafeFixes applies only safe fixes and reaches a fixed point', () => {
      const note = CLEAN_NOTE.replace('### 2. Pericarditis', '### 2. r/o Pericarditis').replace('shortness of breath, ', '');
      const once = applySafeFixes(note, options);
      assert.equal(once.applied, 1);
      assert.equal(applySafeFixes(once.text, options).applied, 0);
      assert.ok(findingsOf(once.text, 'missing-red-flag').length > 0, 'unsafe red-flag fix must not be applied');
    });
    it('keeps CRLF line endings', () => {
      const crlf = CLEAN_NOTE.replace(/\n/g, '\r\n').replace('### 2. Pericarditis', '### 2. Pneumonia').replace('- History: chest pressure', '- History: cough');
      const finding = only(findingsOf(crlf, 'dx-untested'));
      const fixed = applyFix(crlf, only(finding.fixes));
      assert.ok(!/[^\r]\n/.test(fixed), 'a bare LF was inserted');
    });
  });
});
