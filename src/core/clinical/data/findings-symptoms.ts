// Symptoms: constitutional, cardiovascular, respiratory, gastrointestinal, genitourinary, gynecologic.
import type { FindingConcept } from '../types';

export const generalSymptoms: readonly FindingConcept[] = [
  { id: 'fever', label: 'fever', kind: 'symptom', system: 'constitutional', synonyms: ['fever', 'febrile', 'feverish', 'high temperature'], abbreviations: ['f/c', 'F/C'] },
  { id: 'chills', label: 'chills', kind: 'symptom', system: 'constitutional', synonyms: ['chills', 'rigors', 'shaking chills'], abbreviations: ['f/c', 'F/C'] },
  { id: 'night-sweats', label: 'night sweats', kind: 'symptom', system: 'constitutional', synonyms: ['night sweats', 'night sweating', 'sweating at night', 'drenching sweats'] },
  { id: 'diaphoresis', label: 'diaphoresis', kind: 'symptom', system: 'constitutional', synonyms: ['diaphoresis', 'diaphoretic', 'sweating', 'sweats', 'sweaty'] },
  { id: 'fatigue', label: 'fatigue', kind: 'symptom', system: 'constitutional', synonyms: ['fatigue', 'fatigued', 'tiredness', 'tired', 'low energy', 'lack of energy', 'decreased energy', 'exhaustion', 'lethargy'] },
  { id: 'weight-loss', label: 'weight loss', kind: 'symptom', system: 'constitutional', synonyms: ['weight loss', 'lost weight', 'losing weight', 'unintentional weight loss', 'weight change', 'clothes fitting looser', 'clothes fit looser', 'clothes are fitting looser', 'clothes feel looser', 'clothes feeling looser', 'clothes getting loose', 'clothes are looser', 'looser fitting clothes', 'looser fitting clothing', 'clothes fitting loosely', 'decrease in weight', 'weight decrease', 'loss of weight', 'wt loss', 'changes in weight', 'change in weight', 'weight changes', 'wt changes'] },
  { id: 'weight-gain', label: 'weight gain', kind: 'symptom', system: 'constitutional', synonyms: ['weight gain', 'gained weight', 'gaining weight', 'wt gain'] },
  { id: 'decreased-appetite', label: 'decreased appetite', kind: 'symptom', system: 'constitutional', synonyms: ['decreased appetite', 'loss of appetite', 'poor appetite', 'reduced appetite', 'appetite loss', 'appetite change', 'change in appetite', 'no appetite', 'anorexia', 'decrease in appetite', 'low appetite', 'lack of appetite', 'diminished appetite', 'decreased hunger', 'eating less', 'appetite decreased', 'appetite has decreased', 'appetite is decreased', 'dec appetite', 'not hungry'] },
  { id: 'generalized-weakness', label: 'generalized weakness', kind: 'symptom', system: 'constitutional', synonyms: ['generalized weakness', 'general weakness', 'malaise'] },
];

export const cardiovascularSymptoms: readonly FindingConcept[] = [
  { id: 'chest-pain', label: 'chest pain', kind: 'symptom', system: 'cardiovascular', synonyms: ['chest pain', 'chest discomfort', 'chest tightness', 'pain in the chest', 'pain in chest'], abbreviations: ['CP'] },
  { id: 'chest-pressure', label: 'chest pressure', kind: 'symptom', system: 'cardiovascular', synonyms: ['chest pressure', 'pressure in the chest', 'pressure in chest', 'chest heaviness', 'squeezing chest pain', 'pressure in his chest', 'pressure in her chest', 'pressure on his chest', 'pressure on her chest', 'pressure on the chest', 'pressure over chest', 'pressure over the chest', 'substernal pressure', 'midsternal pressure', 'retrosternal pressure', 'heaviness on his chest', 'heaviness in his chest', 'pressure in the center of his chest', 'pressure in the middle of his chest', 'pressure sensation in the chest'] },
  { id: 'exertional-chest-pain', label: 'chest pain on exertion', kind: 'symptom', system: 'cardiovascular', synonyms: ['exertional chest pain', 'chest pain on exertion', 'chest pain with exertion', 'exertional pain', 'pain with exertion', 'pain on exertion'] },
  { id: 'pain-radiation', label: 'radiation of pain', kind: 'symptom', system: 'cardiovascular', synonyms: ['radiation', 'radiating', 'radiates', 'radiated', 'radiating to the arm', 'radiating to the jaw'] },
  { id: 'tearing-pain-to-back', label: 'tearing pain radiating to the back', kind: 'symptom', system: 'cardiovascular', synonyms: ['tearing pain', 'tearing chest pain', 'ripping pain', 'tearing sensation', 'ripping sensation'] },
  { id: 'back-radiation', label: 'pain radiating to the back', kind: 'symptom', system: 'cardiovascular', synonyms: ['radiating to the back', 'radiates to the back', 'radiation to the back', 'radiating to back', 'radiates to back', 'radiation to back'] },
  { id: 'palpitations', label: 'palpitations', kind: 'symptom', system: 'cardiovascular', synonyms: ['palpitations', 'palpitation', 'heart pounding', 'pounding heart', 'heart racing', 'racing heart', 'pounding', 'fluttering', 'skipped beats', 'heart skipping', 'heart is racing', 'heart has been racing', 'heart beating fast', 'heart is beating fast', 'fast heartbeat', 'rapid heartbeat', 'rapid heart beat', 'racing heartbeat', 'heart beating out of his chest', 'heart beating out of my chest', 'heart pounding out of his chest', 'heart beat fast', 'heart beating/pounding', 'heart pounds', 'heart races', 'beating out of his chest', 'beating out of my chest', 'heart jumping out of his chest'] },
  { id: 'lightheadedness', label: 'lightheadedness', kind: 'symptom', system: 'cardiovascular', synonyms: ['lightheadedness', 'lightheaded', 'light headed', 'light-headed', 'light headedness', 'presyncope', 'near syncope', 'feeling faint', 'lightheadness', 'felt like passing out', 'feel like passing out', 'feels like passing out', 'going to pass out', 'about to pass out', 'almost passed out', 'nearly passed out', 'felt faint'] },
  { id: 'syncope', label: 'syncope', kind: 'symptom', system: 'cardiovascular', synonyms: ['syncope', 'syncopal episode', 'passing out', 'passed out', 'fainting', 'fainted', 'loss of consciousness', 'blacking out', 'blacked out'], abbreviations: ['LOC'] },
  { id: 'leg-swelling', label: 'leg swelling', kind: 'symptom', system: 'cardiovascular', synonyms: ['leg swelling', 'swelling of the legs', 'swollen legs', 'swollen leg', 'ankle swelling', 'swollen ankles', 'edema', 'pedal edema', 'lower extremity edema', 'peripheral edema'] },
  { id: 'calf-pain', label: 'calf pain', kind: 'symptom', system: 'cardiovascular', synonyms: ['calf pain', 'calf tenderness', 'calf swelling', 'leg pain'] },
  { id: 'orthopnea', label: 'orthopnea', kind: 'symptom', system: 'cardiovascular', synonyms: ['orthopnea', 'sob lying flat', 'shortness of breath lying flat', 'pillows to sleep', 'sleeps on pillows'] },
  { id: 'pnd', label: 'paroxysmal nocturnal dyspnea', kind: 'symptom', system: 'cardiovascular', synonyms: ['paroxysmal nocturnal dyspnea', 'waking up short of breath', 'wakes up short of breath'], abbreviations: ['PND'] },
  { id: 'claudication', label: 'claudication', kind: 'symptom', system: 'cardiovascular', synonyms: ['claudication', 'leg pain with walking'] },
];

export const respiratorySymptoms: readonly FindingConcept[] = [
  { id: 'dyspnea', label: 'shortness of breath', kind: 'symptom', system: 'respiratory', synonyms: ['shortness of breath', 'short of breath', 'dyspnea', 'breathlessness', 'difficulty breathing', 'trouble breathing', 'breathing difficulty', 'winded'], abbreviations: ['SOB', 'sob', 'Sob'] },
  { id: 'dyspnea-on-exertion', label: 'dyspnea on exertion', kind: 'symptom', system: 'respiratory', synonyms: ['dyspnea on exertion', 'shortness of breath on exertion', 'shortness of breath with exertion', 'exertional dyspnea', 'sob on exertion', 'sob with exertion'], abbreviations: ['DOE'] },
  { id: 'cough', label: 'cough', kind: 'symptom', system: 'respiratory', synonyms: ['cough', 'coughing', 'dry cough', 'productive cough'] },
  { id: 'sputum', label: 'sputum production', kind: 'symptom', system: 'respiratory', synonyms: ['sputum', 'phlegm', 'mucus production', 'green sputum', 'yellow sputum'] },
  { id: 'hemoptysis', label: 'hemoptysis', kind: 'symptom', system: 'respiratory', synonyms: ['hemoptysis', 'coughing up blood', 'coughed up blood', 'blood in sputum', 'bloody sputum'] },
  { id: 'wheezing', label: 'wheezing', kind: 'symptom', system: 'respiratory', synonyms: ['wheezing', 'wheeze'] },
  { id: 'pleuritic-chest-pain', label: 'pleuritic chest pain', kind: 'symptom', system: 'respiratory', synonyms: ['pleuritic chest pain', 'pleuritic pain', 'pain with deep breath', 'pain on inspiration', 'worse with deep breathing', 'pain with breathing'] },
  { id: 'sore-throat', label: 'sore throat', kind: 'symptom', system: 'ent', synonyms: ['sore throat', 'throat pain', 'pharyngitis symptoms', 'odynophagia'] },
  { id: 'rhinorrhea', label: 'runny nose', kind: 'symptom', system: 'ent', synonyms: ['runny nose', 'rhinorrhea', 'nasal congestion', 'stuffy nose', 'congestion'] },
  { id: 'ear-pain', label: 'ear pain', kind: 'symptom', system: 'ent', synonyms: ['ear pain', 'earache', 'otalgia'] },
];

export const gastrointestinalSymptoms: readonly FindingConcept[] = [
  { id: 'abdominal-pain', label: 'abdominal pain', kind: 'symptom', system: 'gastrointestinal', synonyms: ['abdominal pain', 'abd pain', 'stomach pain', 'belly pain', 'stomach ache', 'stomachache', 'abdominal discomfort', 'abdominal cramps', 'abdominal cramping'] },
  { id: 'epigastric-pain', label: 'epigastric pain', kind: 'symptom', system: 'gastrointestinal', synonyms: ['epigastric pain', 'epigastric discomfort', 'epigastric burning', 'pain in the epigastrium', 'upper abdominal pain', 'epigastric abdominal pain', 'midepigastric pain', 'mid epigastric pain', 'epigastrium pain', 'pain in epigastric area', 'pain in the epigastric area', 'pain in the epigastric region', 'epigastric area', 'epigastric region', 'epigastric abd pain', 'epigastric stomach pain', 'pain epigastric', 'abd pain epigastric', 'epigastric'] },
  { id: 'rlq-pain', label: 'right lower quadrant pain', kind: 'symptom', system: 'gastrointestinal', synonyms: ['rlq pain', 'right lower quadrant pain', 'right lower abdominal pain', 'pain in the rlq', 'periumbilical pain migrating', 'rlq abdominal pain', 'right lower quadrant abdominal pain', 'abdominal pain rlq', 'abdominal pain in rlq', 'abdominal pain in the rlq', 'abdominal pain right lower quadrant', 'abdominal pain in the right lower quadrant', 'pain rlq', 'pain in rlq', 'pain is in rlq', 'pain right lower quadrant', 'pain in the right lower quadrant', 'right sided lower quadrant pain', 'rlq abd pain', 'lower right quadrant pain'] },
  { id: 'ruq-pain', label: 'right upper quadrant pain', kind: 'symptom', system: 'gastrointestinal', synonyms: ['ruq pain', 'right upper quadrant pain', 'pain in the ruq'] },
  { id: 'llq-pain', label: 'left lower quadrant pain', kind: 'symptom', system: 'gastrointestinal', synonyms: ['llq pain', 'left lower quadrant pain', 'pain in the llq'] },
  { id: 'nausea', label: 'nausea', kind: 'symptom', system: 'gastrointestinal', synonyms: ['nausea', 'nauseous', 'nauseated'], abbreviations: ['N/V', 'n/v'] },
  { id: 'vomiting', label: 'vomiting', kind: 'symptom', system: 'gastrointestinal', synonyms: ['vomiting', 'emesis', 'throwing up', 'threw up', 'vomited'], abbreviations: ['N/V', 'n/v'] },
  { id: 'diarrhea', label: 'diarrhea', kind: 'symptom', system: 'gastrointestinal', synonyms: ['diarrhea', 'loose stools', 'watery stools', 'loose bowel movements'] },
  { id: 'constipation', label: 'constipation', kind: 'symptom', system: 'gastrointestinal', synonyms: ['constipation', 'constipated', 'hard stools'] },
  { id: 'change-in-bowel-habits', label: 'change in bowel habits', kind: 'symptom', system: 'gastrointestinal', synonyms: ['change in bowel habits', 'changes in bowel habits', 'bowel changes', 'bowel habit changes', 'change in bowel movements', 'changes in bowel movements', 'changes in bowel habit', 'change in bowel habit', 'bowel movement changes', 'changes in bowel pattern'] },
  { id: 'hematochezia', label: 'hematochezia', kind: 'symptom', system: 'gastrointestinal', synonyms: ['hematochezia', 'blood in stool', 'blood in the stool', 'bloody stool', 'bloody bowel movements', 'rectal bleeding', 'brbpr', 'bright red blood per rectum', 'bloody diarrhea', 'blood per rectum', 'bright red blood', 'frank blood', 'gross blood', 'blood in stools', 'blood in her stool', 'blood in his stool', 'blood with bowel movements', 'blood with defecation', 'blood in bowel movements', 'blood in the stools', 'hemochezia', 'blood in diarrhea', 'bloody stools'] },
  { id: 'melena', label: 'melena', kind: 'symptom', system: 'gastrointestinal', synonyms: ['melena', 'black stools', 'tarry stools', 'dark stools', 'black tarry stools', 'darker stools', 'dark stool', 'dark brown stools', 'darkened stools', 'darkening of stools', 'darkening of stool', 'darkening of his stools', 'stools are darker', 'stool is darker', 'stools have been darker', 'dark colored stools', 'darker bowel movements', 'dark bowel movements', 'bowel movements have been darker', 'black stool'] },
  { id: 'hematemesis', label: 'hematemesis', kind: 'symptom', system: 'gastrointestinal', synonyms: ['hematemesis', 'vomiting blood', 'bloody vomit', 'blood in vomit', 'coffee ground emesis'] },
  { id: 'heartburn', label: 'heartburn', kind: 'symptom', system: 'gastrointestinal', synonyms: ['heartburn', 'acid reflux', 'reflux', 'regurgitation', 'sour taste'] },
  { id: 'dysphagia', label: 'dysphagia', kind: 'symptom', system: 'gastrointestinal', synonyms: ['dysphagia', 'difficulty swallowing', 'trouble swallowing'] },
  { id: 'bloating', label: 'bloating', kind: 'symptom', system: 'gastrointestinal', synonyms: ['bloating', 'bloated', 'abdominal distension', 'flatulence'] },
  { id: 'early-satiety', label: 'early satiety', kind: 'symptom', system: 'gastrointestinal', synonyms: ['early satiety', 'postprandial fullness', 'fullness after meals', 'fullness after eating', 'feels full quickly', 'feeling full quickly', 'full after eating', 'full after meals', 'fullness with meals'] },
  { id: 'jaundice', label: 'jaundice', kind: 'symptom', system: 'gastrointestinal', synonyms: ['jaundice', 'yellow skin', 'yellowing of the skin', 'yellow eyes', 'scleral icterus', 'icterus'] },
  { id: 'postprandial-pain', label: 'pain after meals', kind: 'symptom', system: 'gastrointestinal', synonyms: ['postprandial pain', 'pain after eating', 'pain after meals', 'worse after eating', 'worse with fatty meals', 'worse with fatty food'] },
  { id: 'nocturnal-awakening', label: 'pain waking from sleep', kind: 'symptom', system: 'gastrointestinal', synonyms: ['wakes up at night', 'wakes him up at night', 'wakes her up at night', 'woken up at night', 'awakens at night', 'awakened at night', 'waking up at night', 'wakes him up from sleep', 'wakes her up from sleep', 'pain at night', 'nocturnal pain', 'night pain', 'awakening at night', 'wakes him at night', 'wakes her at night', 'woken him from sleep', 'awoken him from sleep', 'wakes him from sleep', 'waking him from sleep', 'waking him up from sleep', 'waking him up at night', 'night time awakening', 'nighttime awakening', 'night time awakenings', 'nighttime awakenings', 'awaken in the middle of the night', 'wake up at night', 'wakes up in the middle of the night'] },
];

export const genitourinarySymptoms: readonly FindingConcept[] = [
  { id: 'urinary-symptoms', label: 'urinary symptoms', kind: 'symptom', system: 'genitourinary', synonyms: ['urinary symptoms', 'urinary complaints', 'urinary changes', 'changes in urination', 'problems with urination', 'changes in urinary habits', 'change in urinary habits', 'urinary habit changes', 'changes in urination habits', 'bladder changes', 'bladder symptoms', 'urinary problems', 'urinary issues', 'urinary sx'] },
  { id: 'dysuria', label: 'dysuria', kind: 'symptom', system: 'genitourinary', synonyms: ['dysuria', 'painful urination', 'burning with urination', 'burning on urination', 'pain with urination', 'burning urination', 'urinary pain', 'burning micturition', 'pain w/ urination', 'pain on urination', 'burning when urinating', 'painful micturition'] },
  { id: 'urinary-frequency', label: 'urinary frequency', kind: 'symptom', system: 'genitourinary', synonyms: ['urinary frequency', 'frequent urination', 'increased frequency of urination', 'polyuria'] },
  { id: 'urinary-urgency', label: 'urinary urgency', kind: 'symptom', system: 'genitourinary', synonyms: ['urinary urgency', 'urgency'] },
  { id: 'nocturia', label: 'nocturia', kind: 'symptom', system: 'genitourinary', synonyms: ['nocturia', 'urinating at night', 'waking up to urinate'] },
  { id: 'hematuria', label: 'hematuria', kind: 'symptom', system: 'genitourinary', synonyms: ['hematuria', 'blood in urine', 'blood in the urine', 'bloody urine', 'red urine'] },
  { id: 'flank-pain', label: 'flank pain', kind: 'symptom', system: 'genitourinary', synonyms: ['flank pain', 'pain in the flank'] },
  { id: 'urinary-incontinence', label: 'urinary incontinence', kind: 'symptom', system: 'genitourinary', synonyms: ['urinary incontinence', 'incontinence of urine', 'leaking urine', 'bladder incontinence', 'loss of bladder control'] },
  { id: 'urinary-retention', label: 'urinary retention', kind: 'symptom', system: 'genitourinary', synonyms: ['urinary retention', 'unable to urinate', 'inability to urinate', 'difficulty urinating'] },
  { id: 'penile-discharge', label: 'penile discharge', kind: 'symptom', system: 'genitourinary', synonyms: ['penile discharge', 'urethral discharge', 'discharge from the penis'] },
  { id: 'genital-lesions', label: 'genital lesions', kind: 'symptom', system: 'genitourinary', synonyms: ['genital lesions', 'genital ulcers', 'genital sores', 'genital rash', 'genital warts'] },
];

export const gynecologicSymptoms: readonly FindingConcept[] = [
  { id: 'vaginal-bleeding', label: 'vaginal bleeding', kind: 'symptom', system: 'reproductive', synonyms: ['vaginal bleeding', 'bleeding per vagina', 'spotting', 'abnormal uterine bleeding', 'postmenopausal bleeding', 'intermenstrual bleeding'] },
  { id: 'heavy-menses', label: 'heavy menstrual bleeding', kind: 'symptom', system: 'reproductive', synonyms: ['heavy menses', 'heavy periods', 'heavy menstrual bleeding', 'menorrhagia', 'heavy bleeding', 'passing clots'] },
  { id: 'vaginal-discharge', label: 'vaginal discharge', kind: 'symptom', system: 'reproductive', synonyms: ['vaginal discharge', 'discharge from the vagina', 'abnormal discharge', 'malodorous discharge', 'fishy odor', 'vaginal odor', 'vaginal d/c'] },
  { id: 'vaginal-itching', label: 'vaginal itching', kind: 'symptom', system: 'reproductive', synonyms: ['vaginal itching', 'vaginal pruritus', 'vulvar itching', 'vaginal irritation'] },
  { id: 'vaginal-dryness', label: 'vaginal dryness', kind: 'symptom', system: 'reproductive', synonyms: ['vaginal dryness', 'dry vagina', 'vagina dryness', 'vagina is dry', 'needs lubricant', 'uses lubricant', 'requires lubrication', 'needs lubrication', 'uses lubrication'] },
  { id: 'dyspareunia', label: 'dyspareunia', kind: 'symptom', system: 'reproductive', synonyms: ['dyspareunia', 'painful intercourse', 'pain with intercourse', 'pain during sex', 'pain with sex'] },
  { id: 'pelvic-pain', label: 'pelvic pain', kind: 'symptom', system: 'reproductive', synonyms: ['pelvic pain', 'lower abdominal pain', 'suprapubic pain', 'pelvic cramping'] },
  { id: 'dysmenorrhea', label: 'dysmenorrhea', kind: 'symptom', system: 'reproductive', synonyms: ['dysmenorrhea', 'painful periods', 'menstrual cramps', 'painful menses'] },
  { id: 'irregular-menses', label: 'irregular menses', kind: 'symptom', system: 'reproductive', synonyms: ['irregular menses', 'irregular periods', 'irregular menstrual periods', 'irregular cycles', 'oligomenorrhea', 'missed periods', 'missed period', 'menstrual irregularity', 'periods have been irregular', 'periods are irregular', 'irregular menstruation', 'irregular bleeding', 'irregular menstrual bleeding', 'unpredictable periods', 'periods have been unpredictable', 'periods are unpredictable', 'irregular menstrual cycle', 'irregular menstrual cycles', 'irregular cycle', 'abnormal menstrual cycle', 'menses irregular', 'periods irregular'] },
  { id: 'amenorrhea', label: 'amenorrhea', kind: 'symptom', system: 'reproductive', synonyms: ['amenorrhea', 'no periods', 'absent periods', 'absence of menses'] },
  { id: 'hot-flashes', label: 'hot flashes', kind: 'symptom', system: 'reproductive', synonyms: ['hot flashes', 'hot flushes', 'hotflashes', 'hot flash', 'hot flushing'] },
  { id: 'premenstrual-symptoms', label: 'premenstrual symptoms', kind: 'symptom', system: 'reproductive', synonyms: ['premenstrual symptoms', 'premenstrual syndrome', 'mood changes before period', 'symptoms before menses'], abbreviations: ['PMS'] },
  { id: 'breast-symptoms', label: 'breast symptoms', kind: 'symptom', system: 'reproductive', synonyms: ['breast tenderness', 'breast pain', 'breast lump', 'breast mass', 'nipple discharge', 'galactorrhea'] },
];

export const symptomFindings: readonly FindingConcept[] = [
  ...generalSymptoms,
  ...cardiovascularSymptoms,
  ...respiratorySymptoms,
  ...gastrointestinalSymptoms,
  ...genitourinarySymptoms,
  ...gynecologicSymptoms,
];
