// Physical-exam maneuvers and system examinations, as students write them in the PE section.
import type { ExamManeuver } from '../types';

export const maneuvers: readonly ExamManeuver[] = [
  // Cardiopulmonary
  { id: 'cardiac-auscultation', label: 'cardiac auscultation', synonyms: ['heart', 'cardiac', 'cardiac exam', 'cardiac auscultation', 'rrr', 'regular rate and rhythm', 's1 s2', 's1s2', 's1 and s2', 'murmur', 'murmurs', 'rubs', 'gallops', 'auscultation of the heart', 'pmi'], abbreviations: ['CV', 'CVS', 'PMI'] },
  { id: 'lung-auscultation', label: 'lung auscultation', synonyms: ['lungs', 'lung', 'cta', 'ctab', 'clear to auscultation', 'breath sounds', 'wheezes', 'crackles', 'rales', 'rhonchi', 'pulmonary exam', 'chest auscultation', 'auscultation of the lungs', 'respiratory exam', 'egophony'], abbreviations: ['CTA', 'CTAB', 'Resp'] },
  { id: 'chest-percussion', label: 'chest percussion and tactile fremitus', synonyms: ['percussion of the chest', 'dullness to percussion', 'dull to percussion', 'tactile fremitus', 'resonant to percussion', 'resonance', 'hyperresonant', 'hyperresonance', 'hyperresonant to percussion'] },
  { id: 'jvd', label: 'jugular venous pressure', synonyms: ['jvd', 'jvp', 'jugular venous distension', 'jugular venous pressure', 'jugular venous distention', 'neck veins'], abbreviations: ['JVD', 'JVP'] },
  { id: 'chest-wall-tenderness', label: 'chest wall palpation', synonyms: ['chest wall nontender', 'chest wall non tender', 'chest wall: nontender', 'chest wall non-tender', 'chest wall tenderness', 'chest wall palpation', 'palpation of the chest wall', 'tenderness of the chest wall', 'costochondral tenderness', 'reproducible chest pain', 'chest wall ttp', 'chest wall tender'] },
  { id: 'peripheral-pulses', label: 'peripheral pulses', synonyms: ['peripheral pulses', 'pulses', 'radial pulses', 'pedal pulses', 'dorsalis pedis', 'posterior tibial pulses', 'femoral pulses', 'pulses symmetric', 'blood pressure in both arms', 'bp in both arms'] },
  { id: 'extremity-exam', label: 'extremity exam', synonyms: ['extremities', 'extremity exam', 'edema', 'pitting edema', 'no edema', 'clubbing', 'cyanosis', 'capillary refill', 'lower extremities'], abbreviations: ['Ext', 'LE', 'c/c/e'] },
  { id: 'calf-tenderness', label: 'calf tenderness', synonyms: ['calf tenderness', 'calf swelling', 'calf swollen', 'calf tender', 'calf circumference', 'homans sign', 'homan sign', 'calves'] },
  { id: 'orthostatic-vitals', label: 'orthostatic vital signs', synonyms: ['orthostatic vitals', 'orthostatic vital signs', 'orthostatic blood pressure', 'orthostatics', 'postural vitals'] },
  // Abdomen
  // Bare 'nontender', 'TTP' or 'BS' (breath sounds, too) say nothing of which part was examined.
  { id: 'abdominal-exam', label: 'abdominal exam', synonyms: ['abdomen', 'abdominal exam', 'abdominal examination', 'abd', 'bowel sounds', 'abd soft', 'abdomen soft', 'abdomen is soft', 'soft abdomen', 'soft, non-tender', 'soft non-tender', 'soft nontender', 'soft and non-tender', 'soft and nontender', 'soft nt', 'soft nt nd', 'soft ntnd', 'soft nt/nd', 'soft, nd', 'soft nondistended', 'soft non-distended', 'nondistended', 'non distended', 'hepatosplenomegaly', 'organomegaly', 'abdominal palpation', 'abdominal auscultation'], abbreviations: ['Abd', 'ABD', 'NTND', 'NT/ND', 'HSM'] },
  { id: 'mcburney-point', label: 'McBurney point tenderness', synonyms: ['mcburney point', 'mcburney', 'mcburneys point', 'mcburney\'s point'] },
  { id: 'rebound-guarding', label: 'rebound and guarding', synonyms: ['rebound', 'rebound tenderness', 'guarding', 'rigidity', 'peritoneal signs', 'involuntary guarding'] },
  { id: 'murphy-sign', label: 'Murphy sign', synonyms: ['murphy sign', 'murphys sign', 'murphy\'s sign', 'murphy'] },
  { id: 'psoas-sign', label: 'psoas sign', synonyms: ['psoas sign', 'psoas'] },
  { id: 'obturator-sign', label: 'obturator sign', synonyms: ['obturator sign', 'obturator'] },
  { id: 'rovsing-sign', label: 'Rovsing sign', synonyms: ['rovsing sign', 'rovsings sign', 'rovsing\'s sign', 'rovsing'] },
  { id: 'cva-tenderness', label: 'CVA tenderness', synonyms: ['cva tenderness', 'costovertebral angle tenderness', 'costovertebral angle', 'cvat', 'flank tenderness'], abbreviations: ['CVAT'] },
  // Neurological
  { id: 'cranial-nerves', label: 'cranial nerves', synonyms: ['cranial nerves', 'cranial nerve exam', 'cn ii xii', 'cn 2 12', 'cns intact', 'extraocular movements', 'eomi', 'perrla', 'perrl', 'pupils equal', 'visual fields', 'facial symmetry'], abbreviations: ['CN', 'CNs', 'EOMI', 'PERRLA', 'PERRL'] },
  { id: 'motor-strength', label: 'motor strength', synonyms: ['motor strength', 'strength', 'motor exam', 'muscle strength', 'motor 5/5', '5/5 strength', 'pronator drift', 'muscle tone', 'muscle bulk'] },
  { id: 'sensation', label: 'sensory exam', synonyms: ['sensation', 'sensory exam', 'sensory examination', 'light touch', 'pinprick', 'vibration sense', 'proprioception', 'sensation intact'] },
  { id: 'reflexes', label: 'deep tendon reflexes', synonyms: ['reflexes', 'deep tendon reflexes', 'dtr', 'dtrs', 'babinski', 'plantar reflex', 'patellar reflex', 'achilles reflex', 'downgoing toes'], abbreviations: ['DTR', 'DTRs'] },
  { id: 'gait', label: 'gait', synonyms: ['gait', 'gait exam', 'tandem gait', 'tandem walk', 'heel walk', 'toe walk', 'heel to toe walk'] },
  { id: 'romberg', label: 'Romberg test', synonyms: ['romberg', 'romberg sign', 'romberg test'] },
  { id: 'cerebellar-exam', label: 'cerebellar exam', synonyms: ['finger to nose', 'finger-to-nose', 'heel to shin', 'heel-to-shin', 'cerebellar exam', 'cerebellar testing', 'rapid alternating movements', 'dysdiadochokinesia', 'coordination'], abbreviations: ['FTN'] },
  { id: 'meningeal-signs', label: 'meningeal signs', synonyms: ['meningeal signs', 'kernig', 'kernig sign', 'kernigs sign', 'brudzinski', 'brudzinski sign', 'brudzinskis sign', 'nuchal rigidity', 'neck stiffness', 'neck supple', 'supple neck', 'meningismus', 'jolt accentuation'] },
  { id: 'fundoscopy', label: 'fundoscopic exam', synonyms: ['fundoscopy', 'fundoscopic exam', 'funduscopic exam', 'funduscopy', 'fundi', 'papilledema', 'optic disc', 'ophthalmoscopic exam'] },
  // Dix-Hallpike tests episodic positional vertigo (BPPV); continuous vertigo is examined with HINTS instead.
  { id: 'dix-hallpike', label: 'Dix-Hallpike maneuver', synonyms: ['dix hallpike', 'dix-hallpike', 'dix hallpike maneuver', 'hallpike maneuver'], alternatives: ['head-impulse-test'] },
  // The head impulse test and the test of skew are parts of HINTS (continuous vertigo), not Dix-Hallpike or nystagmus.
  { id: 'head-impulse-test', label: 'head impulse test', synonyms: ['head impulse test', 'head thrust test', 'head impulse'] },
  { id: 'test-of-skew', label: 'test of skew', synonyms: ['test of skew', 'skew deviation', 'alternate cover test'] },
  { id: 'nystagmus', label: 'nystagmus', synonyms: ['nystagmus'] },
  { id: 'hearing-exam', label: 'hearing exam', synonyms: ['weber', 'rinne', 'weber test', 'rinne test', 'weber and rinne', 'finger rub', 'whisper test', 'gross hearing'] },
  { id: 'mental-status-exam', label: 'mental status exam', synonyms: ['mental status exam', 'mental status examination', 'mental status', 'affect', 'mood', 'orientation', 'oriented', 'a&o x3', 'aox3', 'ao x3', 'alert and oriented', 'oriented x3', 'thought process', 'thought content', 'insight', 'judgment', 'appearance and behavior', 'speech'], abbreviations: ['MSE', 'A&Ox3', 'AOx3', 'A&O'] },
  // Musculoskeletal and spine
  { id: 'straight-leg-raise', label: 'straight leg raise', synonyms: ['straight leg raise', 'straight leg raising', 'slr', 'crossed straight leg raise', 'lasegue sign'], abbreviations: ['SLR'] },
  { id: 'spinal-tenderness', label: 'spinal palpation', synonyms: ['spinal tenderness', 'vertebral tenderness', 'midline tenderness', 'spinous process tenderness', 'paraspinal tenderness', 'paraspinal muscle tenderness', 'spinous process', 'palpation of the spine', 'spine palpation', 'back exam'] },
  { id: 'range-of-motion', label: 'range of motion', synonyms: ['range of motion', 'rom', 'full range of motion', 'flexion', 'extension'], abbreviations: ['ROM', 'FROM'] },
  { id: 'joint-exam', label: 'joint exam', synonyms: ['joint exam', 'joint examination', 'joint effusion', 'joint tenderness', 'joint swelling', 'erythema and warmth', 'warmth', 'crepitus', 'synovitis', 'musculoskeletal exam', 'msk exam'], abbreviations: ['MSK'] },
  // Head, neck, skin, lymph
  { id: 'thyroid-exam', label: 'thyroid exam', synonyms: ['thyroid', 'thyroid exam', 'thyroid examination', 'thyromegaly', 'thyroid nodules', 'goiter', 'thyroid palpation'] },
  { id: 'eye-exam-thyroid', label: 'eye exam for thyroid signs', synonyms: ['lid lag', 'exophthalmos', 'proptosis', 'lid retraction'] },
  { id: 'tremor-exam', label: 'tremor exam', synonyms: ['fine tremor', 'outstretched hands', 'tremor of outstretched hands', 'tremor on outstretched hands'] },
  { id: 'lymph-nodes', label: 'lymph node exam', synonyms: ['lymph nodes', 'lymph node exam', 'lymphadenopathy', 'cervical lymphadenopathy', 'cervical lymph nodes', 'no lad', 'lad'], abbreviations: ['LAD', 'LN'] },
  { id: 'oropharynx', label: 'oropharynx exam', synonyms: ['oropharynx', 'pharynx', 'throat', 'tonsils', 'tonsillar exudates', 'oral mucosa', 'mucous membranes', 'moist mucous membranes', 'dry mucous membranes', 'posterior pharynx'], abbreviations: ['MMM', 'OP'] },
  { id: 'tympanic-membranes', label: 'tympanic membranes', synonyms: ['tympanic membranes', 'tympanic membrane', 'tms', 'ear exam', 'otoscopy', 'otoscopic exam', 'ear canals', 'external auditory canal'], abbreviations: ['TM', 'TMs'] },
  { id: 'heent', label: 'HEENT exam', synonyms: ['heent', 'head and neck', 'atraumatic', 'normocephalic', 'conjunctiva', 'sclera', 'conjunctival pallor', 'scleral icterus', 'sinus tenderness', 'nasal mucosa'], abbreviations: ['HEENT', 'NCAT'] },
  // Giant cell arteritis begins at 50 or later (age 50 is the entry criterion of the 2022 ACR/EULAR classification).
  { id: 'temporal-artery-palpation', label: 'temporal artery palpation', synonyms: ['temporal artery tenderness', 'temporal artery palpation', 'temporal arteries'], fromAge: 50 },
  { id: 'skin-exam', label: 'skin exam', synonyms: ['skin', 'skin exam', 'skin examination', 'rash', 'no rashes', 'lesions', 'skin warm and dry', 'diaphoretic skin', 'pallor', 'jaundice', 'petechiae', 'bruises', 'nail exam', 'hair texture'] },
  { id: 'general-appearance', label: 'general appearance', synonyms: ['general appearance', 'no acute distress', 'in no distress', 'well appearing', 'appears comfortable', 'in distress', 'appears anxious', 'disheveled', 'unkempt', 'well groomed', 'poor eye contact', 'tearful'], abbreviations: ['NAD', 'WDWN'] },
];
