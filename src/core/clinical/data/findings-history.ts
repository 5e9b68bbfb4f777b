// History and risk factors (social, family, medications, exposures) and a few exam signs.
import type { FindingConcept } from '../types';

/**
 * Caring for an elderly or sick relative: "taking care of her mother", "checking in on her in-laws",
 * "caring for her elderly …" (a possessive with elderly, aging, sick or disabled names a relative, so
 * the phrase ends there). One form of each verb is enough: the matcher reads its inflections
 * ("takes", "cares", "provides") and "in-laws" as "in laws" too.
 */
function caringFor(): string[] {
  const verbs = [
    'taking care of', 'care of', 'caring for', 'caretaker of', 'care taker of', 'caregiver for', 'caregiver of', 'looking after',
    'helping care for', 'checking on', 'checking in on', 'providing care for', 'providing support for',
  ];
  const whom = ['mother', 'mom', 'parents', 'in-laws', 'inlaws', 'mother-in-law', 'father-in-law', 'father', 'husbands parents', "husband's parents"];
  const out: string[] = [];
  for (const v of verbs) {
    for (const b of ['', 'her ', 'his ']) for (const w of whom) out.push(`${v} ${b}${w}`);
    for (const q of ['her elderly', 'his elderly', 'her aging', 'her sick', 'her ill', 'her disabled']) out.push(`${v} ${q}`);
  }
  for (const v of ['taking care of', 'care of', 'caring for', 'looking after', 'caregiver for', 'caregiver of']) {
    for (const q of ['elderly ', 'aging ', 'sick ', 'disabled ']) for (const w of whom) out.push(`${v} ${q}${w}`);
  }
  return out;
}

export const substanceFindings: readonly FindingConcept[] = [
  { id: 'smoking', label: 'smoking', kind: 'risk-factor', synonyms: ['smoking', 'smoker', 'smokes', 'tobacco', 'tobacco use', 'cigarettes', 'cigarette', 'pack years', 'pack year', 'vaping'] },
  { id: 'alcohol-use', label: 'alcohol use', kind: 'risk-factor', synonyms: ['alcohol', 'alcohol use', 'drinks alcohol', 'etoh', 'beers', 'binge drinking', 'alcohol intake', 'alcoholic beverages', 'alcoholic beverage', 'alcoholic drinks', 'beer', 'drinks socially', 'social drinker', 'wine'], generalSynonyms: ['drinking'], excludedPhrases: ['drink water', 'drink little water', 'drink more water', 'drink enough water', 'drink plenty of water', 'drink lots of water', 'drink a lot of water', 'drink fluids', 'drink plenty of fluids', 'drink more fluids', 'drinking gatorade', 'drinks gatorade', 'drinking juice', 'drinks juice', 'drinking soda', 'drinks soda', 'drinking milk', 'drinks milk'], abbreviations: ['EtOH', 'ETOH'] },
  { id: 'illicit-drug-use', label: 'illicit drug use', kind: 'risk-factor', synonyms: ['illicit drugs', 'illicit drug use', 'recreational drugs', 'recreational drug use', 'drug use', 'street drugs', 'cocaine', 'marijuana', 'cannabis', 'illegal drugs', 'smoke marijuana', 'smoke cannabis', 'smoke pot', 'smoke weed', 'smoke mj', 'marijuana smoke', 'marijuana smoker', 'pot smoker'] },
  { id: 'iv-drug-use', label: 'IV drug use', kind: 'risk-factor', synonyms: ['iv drug use', 'intravenous drug use', 'injection drug use', 'injects drugs', 'heroin', 'iv drugs', 'intravenous drugs', 'injected drugs', 'injecting drugs', 'shooting up'], abbreviations: ['IVDU', 'IVDA', 'IVDUs'] },
  { id: 'stimulant-use', label: 'stimulant use', kind: 'risk-factor', synonyms: ['cocaine', 'crack cocaine', 'meth', 'crystal meth', 'stimulant use', 'stimulants', 'stimulant', 'adderall', 'amphetamine', 'amphetamines', 'methamphetamine', 'ritalin', 'methylphenidate', 'diet pills', 'pseudoephedrine', 'adderol', 'aderall', 'aderol', 'adderal', 'aderral', 'addrell', 'adderrall', 'adderoll'] },
  { id: 'caffeine-use', label: 'caffeine use', kind: 'risk-factor', synonyms: ['caffeine', 'caffeine use', 'caffeine intake', 'coffee', 'cups of coffee', 'energy drinks', 'energy drink', 'caffeinated', 'red bull', 'red bulls', 'redbull', 'redbulls', 'monster energy', 'caffeinated drinks', 'caffeinated beverages', 'drinks coffee', 'drinking coffee', 'drinks caffeine', 'drinking caffeine', 'drinks energy drinks', 'drinking energy drinks', 'drinks caffeinated beverages', 'drinks caffeinated drinks', 'coffee drink', 'caffeine drink', 'enery drink', 'enegy drink', 'energery drink'] },
];

export const medicalHistoryFindings: readonly FindingConcept[] = [
  { id: 'hypertension', label: 'hypertension', kind: 'risk-factor', synonyms: ['hypertension', 'high blood pressure', 'hypertensive'], abbreviations: ['HTN'] },
  { id: 'diabetes', label: 'diabetes', kind: 'risk-factor', synonyms: ['diabetes', 'diabetes mellitus', 'diabetic', 'high blood sugar'], abbreviations: ['DM', 'T2DM', 'DM2', 'T1DM'] },
  { id: 'hyperlipidemia', label: 'hyperlipidemia', kind: 'risk-factor', synonyms: ['hyperlipidemia', 'high cholesterol', 'dyslipidemia', 'hypercholesterolemia', 'elevated cholesterol'], abbreviations: ['HLD'] },
  { id: 'obesity', label: 'obesity', kind: 'risk-factor', synonyms: ['obesity', 'obese', 'overweight'] },
  { id: 'known-cad', label: 'known coronary artery disease', kind: 'history', synonyms: ['history of mi', 'prior mi', 'previous mi', 'history of heart attack', 'previous heart attack', 'prior heart attack', 'history of cad', 'cardiac stents', 'stent placement'] },
  { id: 'prior-dvt-pe', label: 'prior DVT or PE', kind: 'risk-factor', synonyms: ['history of dvt', 'prior dvt', 'previous dvt', 'history of pe', 'prior pe', 'previous pe', 'history of blood clots', 'history of blood clot', 'prior blood clot', 'previous blood clot', 'history of pulmonary embolism'] },
  { id: 'cancer-history', label: 'history of cancer', kind: 'risk-factor', synonyms: ['history of cancer', 'cancer history', 'prior cancer', 'previous cancer', 'history of malignancy', 'malignancy', 'active cancer', 'h/o cancer', 'hx of cancer', 'history of breast cancer', 'h/o breast cancer', 'h/o breast ca', 'hx cancer', 'hx of any cancer', 'history of any cancer', 'personal history of cancer', 'prostate ca', 'breast ca', 'colon ca', 'lung ca', 'h/o ca', 'hx of ca', 'cancer', 'had cancer'], excludedPhrases: ['cancer screening', 'screening for cancer', 'cancer screenings'] },
  { id: 'immunocompromise', label: 'immunocompromise', kind: 'risk-factor', synonyms: ['immunocompromised', 'immunosuppressed', 'immunosuppression', 'hiv positive', 'history of hiv'] },
  { id: 'psychiatric-history', label: 'psychiatric history', kind: 'history', synonyms: ['psychiatric history', 'history of depression', 'history of anxiety', 'history of mental illness', 'mental illness', 'psychiatric illness', 'prior psychiatric hospitalization', 'psychiatric hospitalization'] },
  { id: 'prior-suicide-attempt', label: 'prior suicide attempt', kind: 'history', synonyms: ['tried to kill or hurt himself', 'tried to kill or hurt herself', 'tried to hurt or kill himself', 'tried to hurt or kill herself', 'tried to hurt himself', 'tried to hurt herself', 'prior suicide attempt', 'previous suicide attempt', 'history of suicide attempt', 'prior suicide attempts', 'previous suicide attempts', 'prior attempts', 'attempted suicide', 'suicide attempt', 'tried to hurt himself', 'tried to hurt herself', 'tried to kill himself', 'tried to kill herself', 'tried to harm himself', 'tried to harm herself', 'attempted to kill himself', 'attempted to kill herself'] },
  { id: 'prior-sti', label: 'prior sexually transmitted infection', kind: 'history', synonyms: ['history of sti', 'history of std', 'prior sti', 'prior std', 'previous sti', 'previous std', 'history of stis', 'history of stds'] },
  { id: 'recent-surgery', label: 'recent surgery', kind: 'risk-factor', synonyms: ['recent surgery', 'recent operation', 'postoperative', 'post op', 'surgery last month'] },
  { id: 'recent-infection', label: 'recent infection', kind: 'history', synonyms: ['recent infection', 'recent illness', 'recent cold', 'recent uri', 'recent viral illness', 'recent flu', 'recent upper respiratory infection', 'recently sick', 'flu like symptoms', 'flu-like symptoms', 'flu like illness', 'flu-like illness', 'stomach flu', 'flu like sx', 'viral gastroenteritis', 'flu-like'] },
  { id: 'recent-pregnancy', label: 'recent pregnancy', kind: 'risk-factor', synonyms: ['postpartum', 'recently gave birth', 'recent delivery', 'recent pregnancy'] },
];

export const medicationFindings: readonly FindingConcept[] = [
  { id: 'ocp-use', label: 'oral contraceptive use', kind: 'risk-factor', synonyms: ['oral contraceptives', 'oral contraceptive', 'oral contraceptive pills', 'birth control pills', 'birth control pill', 'birth control', 'ocp', 'ocps', 'contraceptive pills'], abbreviations: ['OCP', 'OCPs'] },
  { id: 'iud-use', label: 'intrauterine device', kind: 'history', synonyms: ['intrauterine device', 'intrauterine contraceptive device', 'copper iud', 'hormonal iud', 'levonorgestrel iud', 'mirena', 'paragard'], abbreviations: ['IUD', 'IUCD', 'iud', 'IUDs'] },
  { id: 'hormone-therapy', label: 'hormone replacement therapy', kind: 'risk-factor', synonyms: ['hormone replacement therapy', 'hormone therapy', 'estrogen therapy', 'estrogen replacement'], abbreviations: ['HRT'] },
  { id: 'nsaid-use', label: 'NSAID use', kind: 'risk-factor', synonyms: ['nsaid', 'nsaids', 'nsaid use', 'ibuprofen', 'naproxen', 'advil', 'motrin', 'aleve', 'aspirin use', 'anti inflammatories'] },
  { id: 'anticoagulant-use', label: 'anticoagulant use', kind: 'risk-factor', synonyms: ['anticoagulant', 'anticoagulants', 'anticoagulation', 'blood thinner', 'blood thinners', 'warfarin', 'coumadin', 'apixaban', 'rivaroxaban', 'eliquis', 'xarelto'] },
  { id: 'steroid-use', label: 'steroid use', kind: 'risk-factor', synonyms: ['steroid use', 'steroids', 'prednisone', 'corticosteroids', 'chronic steroids'] },
  { id: 'antibiotic-use', label: 'recent antibiotic use', kind: 'risk-factor', synonyms: ['recent antibiotics', 'recent antibiotic use', 'antibiotic use', 'took antibiotics', 'course of antibiotics', 'on antibiotics', 'clindamycin', 'course of amoxicillin', 'course of augmentin', 'course of azithromycin', 'z-pack', 'z-pak', 'zpack', 'course of cipro', 'course of ciprofloxacin', 'course of doxycycline', 'course of keflex', 'course of cephalexin', 'course of bactrim', 'course of levofloxacin', 'course of metronidazole', 'course of flagyl', 'amoxicillin', 'augmentin', 'azithromycin', 'doxycycline', 'ciprofloxacin', 'cipro', 'cephalexin', 'keflex', 'bactrim', 'levofloxacin', 'metronidazole', 'flagyl', 'nitrofurantoin', 'macrobid'] },
  { id: 'snoring', label: 'snoring', kind: 'symptom', system: 'respiratory', synonyms: ['snoring', 'snores', 'witnessed apneas', 'daytime sleepiness', 'daytime somnolence'] },
  { id: 'thyroid-medication', label: 'thyroid medication', kind: 'history', synonyms: ['levothyroxine', 'synthroid', 'thyroid medication', 'thyroid hormone'] },
];

export const familyHistoryFindings: readonly FindingConcept[] = [
  { id: 'family-history-mi', label: 'family history of MI', kind: 'risk-factor', synonyms: ['family history of mi', 'fh of mi', 'fhx mi', 'fhx of mi', 'fh mi', 'family history of heart attack', 'family history of heart attacks', 'family history of myocardial infarction', 'family history of cad', 'family history of coronary artery disease', 'family history of heart disease', 'family history of premature cad', 'family history of heart problems', 'family history of cardiac disease'], familyConditions: ['mi', 'heart attack', 'myocardial infarction', 'heart attacks', 'acute mi', 'an mi', 'a heart attack', 'cad', 'coronary artery disease', 'heart disease', 'heart problem', 'heart problems', 'heart issue', 'heart issues', 'cardiac issues', 'cardiac problems', 'cardiac disease', 'problems with his heart', 'problems with her heart', 'problems with the heart', 'heart condition', 'heart attcak', 'herat attack', 'heart attach', 'problems with heart', 'problem with his heart', 'problem with her heart', 'problem with the heart', 'issues with his heart', 'issues with her heart', 'heart trouble', 'heart troubles'] },
  { id: 'family-history-sudden-death', label: 'family history of sudden death', kind: 'risk-factor', synonyms: ['family history of sudden death', 'family history of sudden cardiac death', 'fh of sudden death', 'sudden cardiac death in the family', 'sudden death in the family'], familyConditions: ['sudden death', 'sudden cardiac death', 'died suddenly', 'sudden unexplained death', 'died young', 'died at a young age', 'early death', 'died unexpectedly'] },
  { id: 'family-history-thyroid', label: 'family history of thyroid disease', kind: 'risk-factor', synonyms: ['family history of thyroid disease', 'family history of thyroid problems', 'family history of hyperthyroidism', 'family history of hypothyroidism', 'family history of graves', 'fh of thyroid disease', 'fhx thyroid'], familyConditions: ['thyroid disease', 'thyroid problem', 'thyroid problems', 'thyroid issue', 'thyroid issues', 'thyroid condition', 'thyroid disorder', 'hypothyroidism', 'hyperthyroidism', 'hypothyroid', 'hyperthyroid', 'graves disease', 'thyroid', 'thyroid dz', 'thyroid dx', 'thyroid disorders', 'thyroid conditions', 'thryoid', 'thyriod', 'thyoid'] },
  { id: 'family-history-pud', label: 'family history of peptic ulcer disease', kind: 'risk-factor', synonyms: ['family history of peptic ulcer disease', 'family history of peptic ulcers', 'family history of peptic ulcer', 'family history of ulcers', 'family history of ulcer', 'family history of stomach ulcers', 'fh of pud', 'fhx pud', 'fhx of pud'], familyConditions: ['pud', 'peptic ulcer disease', 'peptic ulcer', 'ulcer', 'ulcers', 'bleeding ulcer', 'bleeding peptic ulcer', 'bleeding gastric ulcer', 'gastric ulcer', 'stomach ulcer', 'stomach ulcers', 'duodenal ulcer', 'bleeding pud', 'bleeding stomach ulcer', 'peptic ulcers', 'bleeding peptic ulcer disease', 'ucler', 'uclers', 'bleeding ucler'] },
  // Depression and anxiety are left out of its family conditions: a parent is often the informant ("mom says he is anxious").
  { id: 'family-history-psychiatric', label: 'family history of psychiatric illness', kind: 'risk-factor', synonyms: ['family history of depression', 'family history of suicide', 'family history of mental illness', 'family history of bipolar', 'family history of anxiety', 'family history of psychiatric illness'], familyConditions: ['bipolar disorder', 'bipolar', 'schizophrenia', 'suicide', 'committed suicide', 'mental illness', 'psychiatric illness'] },
  { id: 'family-history-cancer', label: 'family history of cancer', kind: 'risk-factor', synonyms: ['family history of cancer', 'family history of colon cancer', 'family history of breast cancer', 'family history of ovarian cancer', 'fh of cancer'], familyConditions: ['cancer', 'colon cancer', 'breast cancer', 'ovarian cancer'] },
  { id: 'family-history-migraine', label: 'family history of migraine', kind: 'risk-factor', synonyms: ['family history of migraine', 'family history of migraines', 'family history of headaches'], familyConditions: ['migraine', 'migraines'] },
];

export const socialHistoryFindings: readonly FindingConcept[] = [
  // Bleeding or pain after or during sex: whatever is said of the bleeding, she is sexually active.
  // Currently sexually active: intercourse within the past 3 months, as the CDC's Youth Risk Behavior Survey defines it.
  { id: 'sexually-active', label: 'sexually active', kind: 'history', currentWithinDays: 90, synonyms: ['sexually active', 'sexual activity', 'sexual partner', 'sexual partners', 'sexual history', 'monogamous', 'sexually monogamous', 'sex with husband', 'sex with her husband', 'sexual intercourse', 'sexual encounter', 'sexually activity', 'sexual active', 'sex active', 'intercourse', 'had sex', 'has sex', 'have sex', 'having sex', 'last sex', 'sex with', 'sex only with', 'sex hx', 'sex history', 'sexual hx', 'safe sex', 'sexual contact', 'sexually involved', 'intercouse', 'last partner', 'most recent partner', 'sex'], circumstanceSynonyms: ['after sex', 'during sex', 'with sex', 'after intercourse', 'during intercourse', 'with intercourse'], absentSynonyms: ['sexually abstinent', 'abstinent from sex', 'abstinent from sexual activity', 'celibate'], excludedPhrases: ['sex: male', 'sex: female', 'sex: m', 'sex: f', 'sex male', 'sex female', 'age/sex', 'age and sex', 'opposite sex', 'sex of', 'sex drive', 'sex hormone', 'sex hormones', 'sex education'] },
  { id: 'new-sexual-partner', label: 'new sexual partner', kind: 'risk-factor', synonyms: ['new sexual partner', 'new partner', 'multiple sexual partners', 'multiple partners', 'two partners', '2 partners', 'two sexual partners', '2 sexual partners', 'new boyfriend', 'new girlfriend', 'new bf', 'new gf', 'new partners', 'new sexual partners', 'other partners', 'other sexual partners', 'new female partner', 'new male partner', 'new sex partner'] },
  { id: 'unprotected-sex', label: 'unprotected sex', kind: 'risk-factor', synonyms: ['unprotected sex', 'unprotected intercourse', 'no condoms', 'no condom use', 'does not use condoms', 'inconsistent condom use', 'without condoms'] },
  { id: 'lmp', label: 'last menstrual period', kind: 'history', system: 'reproductive', synonyms: ['went through menopause', 'menopause at #', 'postmenopausal', 'post-menopausal', 'since menopause', 'no periods since', 'last menstrual period', 'last period', 'lmp'], abbreviations: ['LMP'] },
  { id: 'pregnancy-possible', label: 'possible pregnancy', kind: 'risk-factor', system: 'reproductive', synonyms: ['pregnant', 'pregnancy', 'possibility of pregnancy', 'could be pregnant', 'possibly pregnant', 'late period'] },
  { id: 'recent-travel', label: 'recent travel', kind: 'risk-factor', synonyms: ['recent travel', 'traveled', 'travelled', 'long flight', 'long car ride', 'long drive', 'recent flight', 'plane ride', 'long trip', 'travel history'] },
  { id: 'immobilization', label: 'immobilization', kind: 'risk-factor', synonyms: ['immobilization', 'immobility', 'immobilized', 'bed rest', 'bedridden', 'prolonged sitting', 'cast'] },
  // Falling asleep is not a fall, nor is the season.
  { id: 'trauma', label: 'trauma', kind: 'history', synonyms: ['trauma', 'injury', 'fall', 'fell', 'fallen', 'accident', 'motor vehicle accident', 'car accident', 'car crash', 'injured'], excludedPhrases: ['fall asleep', 'fell asleep', 'this fall', 'last fall', 'next fall', 'in the fall', 'in fall', 'fall semester', 'emotional trauma', 'psychological trauma', 'childhood trauma'], abbreviations: ['MVA', 'MVC'] },
  { id: 'head-trauma', label: 'head trauma', kind: 'history', synonyms: ['hit in the head', 'hit on the head', 'hit to the head', 'banged her head', 'banged his head', 'bumped her head', 'bumped his head', 'head trauma', 'head injury', 'hit her head', 'hit his head', 'hit head', 'struck head', 'blow to the head', 'concussion'] },
  { id: 'heavy-lifting', label: 'heavy lifting', kind: 'history', synonyms: ['heavy lifting', 'lifting heavy', 'lifted heavy', 'lifting boxes', 'lifting something heavy'] },
  { id: 'sick-contacts', label: 'sick contacts', kind: 'risk-factor', synonyms: ['sick contacts', 'sick contact', 'sick family members', 'exposure to sick', 'exposed to sick', 'contact with sick', 'around anyone sick', 'around anyone who is sick', 'around anyone who was sick', 'around sick people', 'around sick kids', 'anyone sick at home', 'anyone else sick', 'anyone sick around her', 'anyone sick around him', 'others sick at home'] },
  { id: 'tick-exposure', label: 'tick exposure', kind: 'risk-factor', synonyms: ['tick bite', 'tick bites', 'tick exposure', 'camping', 'hiking'] },
  { id: 'stress', label: 'stress', kind: 'history', system: 'psychiatric', synonyms: ['stress', 'stressed', 'stressors', 'stressful', 'work stress', 'financial stress', 'stress at work', 'caregiver stress', 'caregiver burden', 'caregiver', 'care giver', 'caretaker', 'takes care of her mother', 'caring for her mother', 'caring for her parents', 'takes care of her parents', 'cares for her elderly mother', 'cares for her mother', ...caringFor(), 'life pressures', 'life stressors', 'psychosocial stressors', 'stressed out', 'burden of caring', 'caregiving', 'caregiving responsibilities'], excludedPhrases: ['stress test', 'stress testing', 'stress echo', 'stress echocardiogram', 'stress fracture', 'stress ulcer'] },
  { id: 'bereavement', label: 'recent loss', kind: 'history', system: 'psychiatric', synonyms: ['bereavement', 'grief', 'grieving', 'loss of a loved one', 'recent death in the family', 'recently widowed', 'death of her husband', 'death of his wife'] },
  { id: 'access-to-firearms', label: 'access to firearms', kind: 'risk-factor', synonyms: ['access to firearms', 'access to guns', 'access to a gun', 'access to weapons', 'firearms', 'firearm', 'guns', 'gun at home', 'owns a gun', 'handgun', 'handguns', 'access to means', 'access to pills', 'rifle', 'rifles', 'hunting rifle', 'shotgun', 'pistol', 'guns at home', 'gun in the house', 'guns in the house'], excludedPhrases: ['forearm', 'forearms'] },
  { id: 'domestic-violence', label: 'intimate partner violence', kind: 'risk-factor', synonyms: ['domestic violence', 'intimate partner violence', 'physical abuse', 'sexual abuse', 'emotional abuse'], absentSynonyms: ['safe at home', 'feels safe at home', 'feels safe in her relationship', 'feels safe in his relationship'], abbreviations: ['IPV'] },
  { id: 'social-isolation', label: 'social isolation', kind: 'risk-factor', synonyms: ['social isolation', 'lives alone', 'socially isolated', 'lack of social support', 'no social support'] },
];

export const signFindings: readonly FindingConcept[] = [
  { id: 'tachycardia', label: 'tachycardia', kind: 'sign', system: 'cardiovascular', synonyms: ['tachycardia', 'tachycardic', 'elevated heart rate', 'fast heart rate', 'rapid heart rate', 'rapid pulse'] },
  { id: 'irregular-rhythm', label: 'irregular rhythm', kind: 'sign', system: 'cardiovascular', synonyms: ['irregular rhythm', 'irregularly irregular', 'irregular heartbeat', 'irregular heart beat', 'irregular pulse'] },
  { id: 'hypotension', label: 'hypotension', kind: 'sign', system: 'cardiovascular', synonyms: ['hypotension', 'hypotensive', 'low blood pressure', 'orthostatic hypotension', 'positive orthostatics'] },
  { id: 'tachypnea', label: 'tachypnea', kind: 'sign', system: 'respiratory', synonyms: ['tachypnea', 'tachypneic', 'rapid breathing', 'elevated respiratory rate'] },
  { id: 'hypoxia', label: 'hypoxia', kind: 'sign', system: 'respiratory', synonyms: ['hypoxia', 'hypoxic', 'hypoxemia', 'low oxygen saturation', 'desaturation'] },
  { id: 'jvd', label: 'jugular venous distension', kind: 'sign', system: 'cardiovascular', synonyms: ['jugular venous distension', 'jugular venous distention', 'elevated jvp', 'raised jvp', 'jvd present'] },
  { id: 'rlq-tenderness', label: 'right lower quadrant tenderness', kind: 'sign', system: 'gastrointestinal', synonyms: ['rlq tenderness', 'right lower quadrant tenderness', 'tenderness in the rlq', 'mcburney point tenderness', 'tenderness at mcburney point'] },
  { id: 'peritoneal-signs', label: 'peritoneal signs', kind: 'sign', system: 'gastrointestinal', synonyms: ['rebound tenderness', 'guarding', 'peritoneal signs', 'rigidity', 'rigid abdomen', 'positive rovsing', 'positive psoas', 'positive obturator'] },
  { id: 'ruq-tenderness', label: 'right upper quadrant tenderness', kind: 'sign', system: 'gastrointestinal', synonyms: ['ruq tenderness', 'right upper quadrant tenderness', 'positive murphy sign', 'positive murphy'] },
  { id: 'cva-tenderness-sign', label: 'CVA tenderness', kind: 'sign', system: 'genitourinary', synonyms: ['cva tenderness', 'costovertebral angle tenderness', 'positive cva tenderness'] },
  { id: 'lymphadenopathy', label: 'lymphadenopathy', kind: 'sign', system: 'hematologic', synonyms: ['lymphadenopathy', 'swollen glands', 'swollen lymph nodes', 'enlarged lymph nodes', 'lymph node swelling'] },
  { id: 'thyromegaly', label: 'thyroid enlargement', kind: 'sign', system: 'endocrine', synonyms: ['thyromegaly', 'enlarged thyroid', 'thyroid enlargement', 'thyroid nodule', 'thyroid tenderness'] },
  { id: 'eye-signs-thyroid', label: 'exophthalmos or lid lag', kind: 'sign', system: 'eyes', synonyms: ['exophthalmos', 'proptosis', 'lid lag', 'eye bulging'] },
  { id: 'hyperreflexia', label: 'hyperreflexia', kind: 'sign', system: 'neurological', synonyms: ['hyperreflexia', 'brisk reflexes', 'hyperactive reflexes'] },
  { id: 'positive-slr', label: 'positive straight leg raise', kind: 'sign', system: 'musculoskeletal', synonyms: ['positive straight leg raise', 'positive slr', 'positive straight leg raising'] },
  { id: 'spinal-tenderness-sign', label: 'spinal tenderness', kind: 'sign', system: 'musculoskeletal', synonyms: ['spinal tenderness', 'vertebral tenderness', 'midline tenderness', 'point tenderness over the spine'] },
];

export const historyFindings: readonly FindingConcept[] = [
  ...substanceFindings,
  ...medicalHistoryFindings,
  ...medicationFindings,
  ...familyHistoryFindings,
  ...socialHistoryFindings,
  ...signFindings,
];
