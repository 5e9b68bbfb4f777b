// A small, fixed knowledge base for rule tests, so they don't move when the built-in data grows.
import type { Knowledge } from '../../src/core/clinical/types';

export const testKnowledge: Knowledge = {
  findings: [
    { id: 'chest-pain', label: 'chest pain', kind: 'symptom', system: 'cardiovascular', synonyms: ['chest pain', 'chest pressure'], abbreviations: ['CP'] },
    { id: 'dyspnea', label: 'shortness of breath', kind: 'symptom', system: 'respiratory', synonyms: ['shortness of breath', 'dyspnea'], abbreviations: ['SOB'] },
    { id: 'diaphoresis', label: 'diaphoresis', kind: 'symptom', system: 'constitutional', synonyms: ['diaphoresis', 'sweating'] },
    { id: 'fever', label: 'fever', kind: 'symptom', system: 'constitutional', synonyms: ['fever', 'fevers'] },
    { id: 'cough', label: 'cough', kind: 'symptom', system: 'respiratory', synonyms: ['cough'] },
    { id: 'nausea', label: 'nausea', kind: 'symptom', system: 'gastrointestinal', synonyms: ['nausea'], abbreviations: ['N/V'] },
    { id: 'vomiting', label: 'vomiting', kind: 'symptom', system: 'gastrointestinal', synonyms: ['vomiting'], abbreviations: ['N/V'] },
    { id: 'leg-swelling', label: 'leg swelling', kind: 'symptom', system: 'cardiovascular', synonyms: ['leg swelling'] },
    { id: 'smoking', label: 'smoking', kind: 'risk-factor', synonyms: ['smoker', 'smoking'] },
  ],
  diagnoses: [
    { id: 'acs', label: 'acute coronary syndrome', synonyms: ['acute coronary syndrome', 'myocardial infarction'], abbreviations: ['ACS', 'MI'] },
    { id: 'pericarditis', label: 'pericarditis', synonyms: ['pericarditis'] },
    { id: 'pneumonia', label: 'pneumonia', synonyms: ['pneumonia'] },
    { id: 'gerd', label: 'gastroesophageal reflux disease', synonyms: ['gastroesophageal reflux disease', 'reflux'], abbreviations: ['GERD'] },
  ],
  tests: [
    { id: 'ecg', label: 'ECG', synonyms: ['ecg', 'ekg', 'electrocardiogram'], addresses: ['acs', 'pericarditis'] },
    { id: 'troponin', label: 'troponin', synonyms: ['troponin', 'troponins'], addresses: ['acs'] },
    { id: 'cxr', label: 'chest x-ray', synonyms: ['chest x-ray', 'cxr', 'chest xray'], addresses: ['pneumonia'] },
    { id: 'tsh', label: 'TSH', synonyms: ['tsh'], addresses: [] },
    { id: 'rectal-exam', label: 'rectal exam', synonyms: ['rectal exam', 'dre'], addresses: [], sensitiveExam: true },
  ],
  treatments: [
    { id: 'aspirin', label: 'aspirin', kind: 'treatment', synonyms: ['aspirin', 'asa'] },
    { id: 'cardiology-consult', label: 'cardiology consult', kind: 'consult', synonyms: ['cardiology consult'] },
  ],
  maneuvers: [
    { id: 'cardiac-auscultation', label: 'cardiac auscultation', synonyms: ['heart', 'rrr', 'murmurs'] },
    { id: 'lung-auscultation', label: 'lung auscultation', synonyms: ['lungs', 'ctab'] },
  ],
  complaints: [
    {
      id: 'chest-pain',
      label: 'chest pain',
      aliases: ['chest pain', 'chest pressure', 'cp'],
      redFlags: [
        { finding: 'dyspnea', why: 'Dyspnea with chest pain suggests ACS, PE or heart failure.', section: 'ros' },
        { finding: 'diaphoresis', why: 'Diaphoresis raises the likelihood of ACS.', section: 'ros' },
        { finding: 'leg-swelling', why: 'Leg swelling points to DVT and pulmonary embolism.', section: 'ros' },
      ],
      riskFactors: ['smoking'],
      examManeuvers: ['cardiac-auscultation', 'lung-auscultation'],
      differentials: ['acs', 'pericarditis', 'gerd'],
      hpiElements: ['onset', 'location', 'duration', 'character', 'modifiers', 'associated', 'radiation'],
      rosSystems: ['constitutional', 'cardiovascular', 'respiratory', 'gastrointestinal'],
    },
  ],
};

/** A complete, clean chest-pain note in the canonical form; tests remove or alter parts of it. */
export const CLEAN_NOTE = `---
csnote: 1
complaint: chest-pain
---
## History
HPI: 45 yo M c/o substernal chest pressure that started 2 hours ago while shoveling snow, lasting 20 minutes, pressure-like, worse with exertion and better with rest. Associated with sweating.
ROS: Denies fever, cough, shortness of breath, leg swelling, nausea.
PMH: HTN.  Meds: lisinopril.  Allergies: NKDA.  SH: smoker 1 ppd x 20 y.
## Physical Examination
VS: BP 150/90, HR 98, RR 18, T 98.6 F, SpO2 97% RA.
Heart: RRR, no murmurs. Lungs: CTAB.
## Data Interpretation
### 1. Acute coronary syndrome
- History: exertional chest pressure, sweating, smoker
- PE: BP 150/90
### 2. Pericarditis
- History: chest pressure
- PE: none specific
## Diagnostic Studies
- ECG
- Troponin
- Serial ECGs
- Repeat troponin in 3 hours
`;
