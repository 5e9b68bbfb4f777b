// Diagnostic studies. `addresses`: the diagnoses a study helps confirm or exclude.
import type { TestConcept } from '../types';

export const cardiopulmonaryTests: readonly TestConcept[] = [
  // workupOf: an ECG and a glucose belong to every stroke or TIA workup (AHA/ASA: atrial fibrillation; hypoglycemia mimics a stroke).
  { id: 'ecg', label: 'ECG', synonyms: ['ecg', 'ekg', 'electrocardiogram', '12 lead ecg', '12 lead ekg'], abbreviations: ['ECG', 'EKG'], addresses: ['acute-coronary-syndrome', 'stable-angina', 'pericarditis', 'atrial-fibrillation', 'supraventricular-tachycardia', 'costochondritis'], workupOf: ['tia', 'stroke'] },
  { id: 'troponin', label: 'troponin', synonyms: ['troponin', 'troponins', 'serial troponins', 'cardiac enzymes', 'cardiac biomarkers', 'troponin i', 'troponin t'], addresses: ['acute-coronary-syndrome'] },
  { id: 'cxr', label: 'chest x-ray', synonyms: ['chest x ray', 'chest xray', 'chest radiograph', 'chest film', 'cxr'], abbreviations: ['CXR'], addresses: ['parapneumonic-effusion', 'pneumonia', 'heart-failure', 'copd-exacerbation', 'pneumothorax', 'acute-bronchitis', 'tuberculosis', 'aortic-dissection', 'costochondritis'] },
  { id: 'cta-chest', label: 'CT angiography of the chest', synonyms: ['ct angiography of the chest', 'ct angiography chest', 'ct angiogram', 'cta chest', 'ct pulmonary angiography', 'ct pulmonary angiogram', 'ct chest with contrast', 'spiral ct'], abbreviations: ['CTPA'], addresses: ['pulmonary-embolism', 'aortic-dissection'] },
  // A CT angiogram of the head and neck looks for an aneurysm or a vessel occlusion: not the chest study.
  { id: 'cta-head-neck', label: 'CT angiography of the head and neck', synonyms: ['ct angiogram [of the|] [head|brain|neck|head and neck]', 'ct angiography [of the|] [head|brain|neck|head and neck]', 'cta [of the|] [head|brain|neck|head and neck]'], addresses: ['subarachnoid-hemorrhage', 'stroke', 'tia'] },
  { id: 'd-dimer', label: 'D-dimer', synonyms: ['d dimer', 'd-dimer', 'ddimer'], addresses: ['pulmonary-embolism', 'deep-vein-thrombosis'] },
  { id: 'vq-scan', label: 'V/Q scan', synonyms: ['v/q scan', 'vq scan', 'ventilation perfusion scan', 'ventilation perfusion scintigraphy'], addresses: ['pulmonary-embolism'] },
  { id: 'le-duplex', label: 'lower extremity venous duplex', synonyms: ['lower extremity duplex', 'lower extremity doppler', 'venous duplex', 'venous doppler', 'doppler ultrasound of the legs', 'leg doppler', 'duplex ultrasound of the legs', 'compression ultrasound'], addresses: ['deep-vein-thrombosis'] },
  { id: 'echocardiogram', label: 'echocardiogram', synonyms: ['echocardiogram', 'echocardiography', 'transthoracic echocardiogram', 'echo', '2d echo'], abbreviations: ['TTE'], addresses: ['heart-failure', 'pericarditis'] },
  { id: 'stress-test', label: 'cardiac stress test', synonyms: ['stress test', 'exercise stress test', 'cardiac stress test', 'stress echocardiogram', 'stress echo', 'nuclear stress test', 'treadmill test', 'exercise treadmill test'], addresses: ['stable-angina'] },
  { id: 'cardiac-cath', label: 'coronary angiography', synonyms: ['coronary angiography', 'coronary angiogram', 'cardiac catheterization', 'cardiac cath', 'heart catheterization'], addresses: ['acute-coronary-syndrome', 'stable-angina'] },
  { id: 'bnp', label: 'BNP', synonyms: ['bnp', 'brain natriuretic peptide', 'b type natriuretic peptide', 'nt probnp', 'probnp'], abbreviations: ['BNP'], addresses: ['heart-failure'] },
  { id: 'holter', label: 'Holter or event monitor', synonyms: ['holter monitor', 'holter', 'event monitor', 'cardiac event monitor', 'ambulatory ecg monitoring', 'loop recorder'], addresses: ['atrial-fibrillation', 'supraventricular-tachycardia'] },
  { id: 'telemetry', label: 'cardiac telemetry', synonyms: ['telemetry', 'cardiac telemetry'], addresses: ['atrial-fibrillation', 'supraventricular-tachycardia'] },
  { id: 'pft', label: 'pulmonary function tests', synonyms: ['pulmonary function tests', 'pulmonary function testing', 'pfts', 'pft', 'spirometry'], abbreviations: ['PFT', 'PFTs'], addresses: ['copd-exacerbation', 'asthma'] },
  { id: 'peak-flow', label: 'peak expiratory flow', synonyms: ['peak flow', 'peak expiratory flow', 'peak expiratory flow rate'], abbreviations: ['PEFR'], addresses: ['asthma'] },
  { id: 'abg', label: 'arterial blood gas', synonyms: ['arterial blood gas', 'abg'], abbreviations: ['ABG'], addresses: ['copd-exacerbation', 'asthma'] },
  { id: 'sputum-culture', label: 'sputum Gram stain and culture', synonyms: ['sputum culture', 'sputum gram stain', 'sputum gram stain and culture'], addresses: ['pneumonia'] },
  { id: 'sputum-afb', label: 'sputum AFB smear and culture', synonyms: ['sputum afb', 'afb smear', 'acid fast bacilli', 'sputum for afb', 'afb culture'], abbreviations: ['AFB'], addresses: ['tuberculosis'] },
  { id: 'tb-screen', label: 'PPD or interferon-gamma release assay', synonyms: ['ppd', 'tuberculin skin test', 'quantiferon', 'interferon gamma release assay', 'igra'], abbreviations: ['PPD', 'TST', 'IGRA'], addresses: ['tuberculosis'] },
  { id: 'influenza-test', label: 'influenza test', synonyms: ['influenza test', 'rapid influenza test', 'rapid flu test', 'flu swab', 'influenza pcr', 'nasal swab for influenza', 'rapid influenza diagnostic test'], addresses: ['influenza'] },
  { id: 'rapid-strep', label: 'rapid strep test', synonyms: ['rapid strep test', 'rapid strep', 'rapid antigen detection test'], abbreviations: ['RADT'], addresses: ['streptococcal-pharyngitis'] },
  { id: 'throat-culture', label: 'throat culture', synonyms: ['throat culture'], addresses: ['streptococcal-pharyngitis'] },
];

export const labTests: readonly TestConcept[] = [
  { id: 'cbc', label: 'CBC', synonyms: ['cbc', 'complete blood count', 'cbc with differential', 'hemoglobin', 'hematocrit', 'white blood cell count', 'wbc count'], abbreviations: ['CBC'], addresses: ['multiple-myeloma', 'anemia', 'pneumonia', 'appendicitis', 'cholecystitis', 'diverticulitis', 'pyelonephritis', 'septic-arthritis', 'meningitis', 'spinal-epidural-abscess', 'peptic-ulcer-disease', 'colon-cancer', 'c-difficile-colitis', 'ectopic-pregnancy', 'spontaneous-abortion'] },
  { id: 'bmp', label: 'BMP', synonyms: ['bmp', 'basic metabolic panel', 'chem 7', 'chem7', 'electrolytes', 'serum electrolytes', 'bun and creatinine', 'bun creatinine'], abbreviations: ['BMP', 'BUN'], addresses: ['orthostatic-hypotension', 'hypovolemia', 'diabetes-mellitus', 'nephrolithiasis', 'atrial-fibrillation'] },
  // A CMP is a BMP and the liver panel: it addresses what either does.
  { id: 'cmp', label: 'CMP', synonyms: ['cmp', 'comprehensive metabolic panel', 'chem 14'], abbreviations: ['CMP'], addresses: ['orthostatic-hypotension', 'hypovolemia', 'diabetes-mellitus', 'nephrolithiasis', 'atrial-fibrillation', 'cholecystitis', 'biliary-colic', 'pancreatitis', 'alcohol-use-disorder'] },
  { id: 'lfts', label: 'liver function tests', synonyms: ['liver function tests', 'liver function test', 'lfts', 'lft', 'liver enzymes', 'hepatic function panel', 'ast alt', 'bilirubin', 'alkaline phosphatase', 'ggt'], abbreviations: ['LFT', 'LFTs'], addresses: ['cholecystitis', 'biliary-colic', 'pancreatitis', 'alcohol-use-disorder'] },
  { id: 'lipase', label: 'lipase', synonyms: ['lipase', 'serum lipase', 'amylase', 'amylase and lipase'], addresses: ['pancreatitis'] },
  { id: 'tsh', label: 'TSH', synonyms: ['tsh', 'thyroid stimulating hormone', 'thyroid function tests', 'thyroid function test', 'thyroid panel'], abbreviations: ['TSH', 'TFT', 'TFTs'], addresses: ['thyroiditis', 'hyperthyroidism', 'hypothyroidism'] },
  { id: 'free-t4', label: 'free T4', synonyms: ['free t4', 'free thyroxine', 't4'], abbreviations: ['FT4'], addresses: ['thyroiditis', 'hyperthyroidism', 'hypothyroidism'] },
  // T3 is measured for hyperthyroidism (T3 toxicosis); it adds nothing to the work-up of hypothyroidism.
  { id: 't3', label: 'T3', synonyms: ['t3', 'free t3', 'total t3', 'triiodothyronine'], addresses: ['hyperthyroidism'] },
  { id: 'fingerstick-glucose', label: 'fingerstick glucose', synonyms: ['fingerstick glucose', 'finger stick glucose', 'blood glucose', 'serum glucose', 'point of care glucose', 'glucose level', 'fasting glucose', 'fasting blood glucose', 'accucheck', 'accu check'], abbreviations: ['FSBG'], addresses: ['diabetes-mellitus'], workupOf: ['stroke', 'tia'] },
  { id: 'hba1c', label: 'HbA1c', synonyms: ['hba1c', 'hemoglobin a1c', 'a1c', 'glycated hemoglobin', 'glycosylated hemoglobin'], abbreviations: ['HbA1c', 'A1c'], addresses: ['diabetes-mellitus'] },
  { id: 'iron-studies', label: 'iron studies', synonyms: ['iron studies', 'iron panel', 'serum ferritin', 'ferritin', 'serum iron', 'tibc', 'transferrin saturation'], addresses: ['anemia'] },
  { id: 'esr', label: 'ESR', synonyms: ['esr', 'erythrocyte sedimentation rate', 'sed rate'], abbreviations: ['ESR'], addresses: ['thyroiditis', 'giant-cell-arteritis', 'septic-arthritis', 'rheumatoid-arthritis', 'spinal-epidural-abscess', 'spinal-metastasis'] },
  { id: 'crp', label: 'CRP', synonyms: ['crp', 'c reactive protein', 'c-reactive protein'], abbreviations: ['CRP'], addresses: ['giant-cell-arteritis', 'septic-arthritis', 'rheumatoid-arthritis', 'spinal-epidural-abscess', 'pericarditis', 'inflammatory-bowel-disease'] },
  { id: 'blood-cultures', label: 'blood cultures', synonyms: ['blood cultures', 'blood culture'], addresses: ['meningitis', 'septic-arthritis', 'spinal-epidural-abscess', 'pneumonia'] },
  // Pleural fluid: pH, glucose, LDH, protein, Gram stain and culture (Light criteria, complicated effusion, empyema).
  { id: 'thoracentesis', label: 'thoracentesis with pleural fluid analysis', synonyms: ['thoracentesis', 'diagnostic thoracentesis', 'pleural fluid analysis', 'pleural tap', 'pleural fluid studies'], addresses: ['parapneumonic-effusion'] },
  // Serum protein electrophoresis with immunofixation and free light chains (IMWG).
  { id: 'spep', label: 'serum protein electrophoresis', synonyms: ['serum protein electrophoresis', 'spep', 'spep/upep', 'spep and upep', 'urine protein electrophoresis', 'upep', 'serum free light chains', 'free light chains', 'immunofixation', 'serum immunofixation'], abbreviations: ['SPEP', 'UPEP', 'SFLC'], addresses: ['multiple-myeloma'] },
  { id: 'psa', label: 'PSA', synonyms: ['psa', 'prostate specific antigen', 'serum psa'], abbreviations: ['PSA'], addresses: ['prostate-cancer'] },
  { id: 'uric-acid', label: 'serum uric acid', synonyms: ['uric acid', 'serum uric acid', 'urate level'], addresses: ['gout'] },
  { id: 'rf-anti-ccp', label: 'rheumatoid factor and anti-CCP', synonyms: ['rheumatoid factor', 'anti ccp', 'anti-ccp', 'anti cyclic citrullinated peptide', 'anti ccp antibodies'], abbreviations: ['RF'], addresses: ['rheumatoid-arthritis'] },
  { id: 'ana', label: 'ANA', synonyms: ['ana', 'antinuclear antibody', 'antinuclear antibodies'], abbreviations: ['ANA'], addresses: ['lupus'] },
  { id: 'anti-dsdna', label: 'anti-dsDNA antibodies', synonyms: ['anti dsdna', 'anti ds dna', 'dsdna', 'anti double stranded dna'], addresses: ['lupus'] },
  { id: 'lyme-serology', label: 'Lyme serology', synonyms: ['lyme serology', 'lyme titers', 'lyme antibody', 'lyme antibodies', 'lyme elisa', 'lyme western blot'], addresses: ['lyme-disease'] },
  // workupOf: everyone evaluated for a sexually transmitted infection is screened for HIV (CDC).
  { id: 'hiv-test', label: 'HIV test', synonyms: ['hiv test', 'hiv testing', 'hiv screen', 'hiv antibody', 'hiv serology', 'hiv antigen antibody test', 'hiv elisa', 'hiv', 'hiv viral load'], abbreviations: ['HIV'], addresses: ['hiv-infection'], workupOf: ['urethritis', 'cervicitis', 'gonorrhea-chlamydia', 'pelvic-inflammatory-disease', 'trichomoniasis', 'syphilis'] },
  { id: 'rpr', label: 'RPR', synonyms: ['rpr', 'vdrl', 'rapid plasma reagin', 'syphilis serology'], abbreviations: ['RPR', 'VDRL'], addresses: ['syphilis'] },
  // RPR and VDRL are nontreponemal screens; FTA-ABS and TP-PA are the treponemal tests that confirm them.
  { id: 'treponemal-test', label: 'treponemal test (FTA-ABS)', synonyms: ['treponemal test', 'treponemal antibody', 'treponemal antibodies', 'fta abs', 'tp pa'], addresses: ['syphilis'] },
  { id: 'urine-drug-screen', label: 'urine drug screen', synonyms: ['urine drug screen', 'urine toxicology', 'urine tox screen', 'tox screen', 'toxicology screen', 'drug screen', 'urine drug test'], abbreviations: ['UDS'], addresses: ['substance-induced-mood-disorder', 'substance-induced-anxiety-disorder', 'stimulant-intoxication'] },
  { id: 'blood-alcohol', label: 'blood alcohol level', synonyms: ['blood alcohol level', 'blood alcohol', 'serum alcohol', 'serum ethanol', 'ethanol level', 'alcohol level', 'breathalyzer'], abbreviations: ['BAC'], addresses: ['alcohol-use-disorder', 'substance-induced-mood-disorder'] },
  { id: 'fsh', label: 'FSH', synonyms: ['fsh', 'follicle stimulating hormone', 'serum fsh'], abbreviations: ['FSH'], addresses: ['perimenopause'] },
  { id: 'lh', label: 'LH', synonyms: ['luteinizing hormone', 'serum lh'], abbreviations: ['LH'], addresses: ['perimenopause', 'pcos'] },
  { id: 'estradiol', label: 'estradiol', synonyms: ['estradiol', 'serum estradiol', 'estrogen level'], abbreviations: ['E2'], addresses: ['perimenopause'] },
  { id: 'prolactin', label: 'prolactin', synonyms: ['prolactin', 'serum prolactin', 'prolactin level'], abbreviations: ['PRL'], addresses: ['hyperprolactinemia'] },
  { id: 'testosterone', label: 'serum testosterone', synonyms: ['testosterone', 'total testosterone', 'free testosterone', 'serum testosterone', 'androgen levels', 'dheas', 'dhea-s'], addresses: ['pcos'] },
  { id: 'hcg', label: 'β-hCG', synonyms: ['b-hcg', 'beta hcg', 'bhcg', 'b hcg', 'β-hcg', 'hcg', 'urine pregnancy test', 'serum pregnancy test', 'pregnancy test', 'upt', 'urine hcg', 'serum hcg', 'quantitative hcg', 'serum beta hcg', 'urine beta hcg'], abbreviations: ['UPT', 'hCG', 'βhCG'], addresses: ['ectopic-pregnancy', 'spontaneous-abortion', 'pregnancy'] },
  { id: 'phq-9', label: 'PHQ-9', synonyms: ['phq-9', 'phq 9', 'phq9', 'patient health questionnaire', 'depression screening questionnaire'], abbreviations: ['PHQ-9', 'PHQ9'], addresses: ['major-depressive-disorder'] },
  { id: 'gad-7', label: 'GAD-7', synonyms: ['gad-7', 'gad 7', 'gad7', 'generalized anxiety disorder 7'], abbreviations: ['GAD-7', 'GAD7'], addresses: ['generalized-anxiety-disorder', 'panic-disorder'] },
  { id: 'mdq', label: 'Mood Disorder Questionnaire', synonyms: ['mood disorder questionnaire'], abbreviations: ['MDQ'], addresses: ['bipolar-disorder'] },
];
