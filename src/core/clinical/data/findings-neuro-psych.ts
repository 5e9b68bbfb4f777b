// Symptoms: neurological, psychiatric, musculoskeletal, skin, endocrine.
import type { FindingConcept } from '../types';

export const neurologicalSymptoms: readonly FindingConcept[] = [
  { id: 'headache', label: 'headache', kind: 'symptom', system: 'neurological', synonyms: ['headache', 'head pain', 'head ache', 'cephalgia'], abbreviations: ['HA', 'H/A'] },
  { id: 'thunderclap-headache', label: 'sudden worst headache of life', kind: 'symptom', system: 'neurological', synonyms: ['thunderclap headache', 'thunderclap', 'worst headache of my life', 'worst headache of her life', 'worst headache of his life', 'worst headache of life', 'worst headache ever', 'sudden severe headache', 'worst ha of my life', 'worst ha of his life', 'worst ha of her life'] },
  { id: 'neck-stiffness', label: 'neck stiffness', kind: 'symptom', system: 'neurological', synonyms: ['neck stiffness', 'stiff neck', 'nuchal rigidity'] },
  { id: 'photophobia', label: 'photophobia', kind: 'symptom', system: 'neurological', synonyms: ['photophobia', 'sensitivity to light', 'light sensitivity', 'bothered by light'] },
  { id: 'phonophobia', label: 'phonophobia', kind: 'symptom', system: 'neurological', synonyms: ['phonophobia', 'sensitivity to sound', 'sensitivity to noise', 'noise sensitivity', 'bothered by noise'] },
  { id: 'vision-changes', label: 'vision changes', kind: 'symptom', system: 'eyes', synonyms: ['vision changes', 'visual changes', 'change in vision', 'changes in vision', 'blurry vision', 'blurred vision', 'double vision', 'diplopia', 'vision loss', 'loss of vision', 'visual disturbance', 'visual disturbances'] },
  { id: 'aura', label: 'aura', kind: 'symptom', system: 'neurological', synonyms: ['aura', 'visual aura', 'flashing lights', 'zigzag lines', 'scintillating scotoma'] },
  { id: 'focal-weakness', label: 'focal weakness', kind: 'symptom', system: 'neurological', synonyms: ['focal weakness', 'weakness', 'unilateral weakness', 'one sided weakness', 'arm weakness', 'facial droop', 'hemiparesis'] },
  { id: 'leg-weakness', label: 'leg weakness', kind: 'symptom', system: 'neurological', synonyms: ['leg weakness', 'weakness in the legs', 'weakness in legs', 'lower extremity weakness', 'weak legs'] },
  { id: 'numbness', label: 'numbness or tingling', kind: 'symptom', system: 'neurological', synonyms: ['numbness', 'tingling', 'paresthesia', 'paresthesias', 'pins and needles', 'numb'] },
  { id: 'saddle-anesthesia', label: 'saddle anesthesia', kind: 'symptom', system: 'neurological', synonyms: ['saddle anesthesia', 'saddle numbness', 'perineal numbness', 'numbness in the groin', 'groin numbness', 'numbness between his legs', 'numbness between her legs', 'numbness between the legs'] },
  { id: 'bowel-incontinence', label: 'bowel incontinence', kind: 'symptom', system: 'gastrointestinal', synonyms: ['bowel incontinence', 'fecal incontinence', 'loss of bowel control', 'incontinence of stool', 'stool incontinence'] },
  { id: 'slurred-speech', label: 'speech difficulty', kind: 'symptom', system: 'neurological', synonyms: ['slurred speech', 'slurring of speech', 'difficulty speaking', 'trouble speaking', 'speech changes', 'speech difficulty', 'dysarthria', 'aphasia', 'word finding difficulty'] },
  { id: 'confusion', label: 'confusion', kind: 'symptom', system: 'neurological', synonyms: ['confusion', 'confused', 'altered mental status', 'disoriented', 'disorientation'], abbreviations: ['AMS'] },
  { id: 'memory-loss', label: 'memory loss', kind: 'symptom', system: 'neurological', synonyms: ['memory loss', 'memory problems', 'forgetfulness', 'forgetful', 'memory changes'] },
  { id: 'seizure', label: 'seizure', kind: 'symptom', system: 'neurological', synonyms: ['seizure', 'seizures', 'convulsion', 'convulsions', 'shaking episode', 'tongue biting'] },
  { id: 'dizziness', label: 'dizziness', kind: 'symptom', system: 'neurological', synonyms: ['dizziness', 'dizzy', 'dizzy spells'] },
  { id: 'vertigo', label: 'vertigo', kind: 'symptom', system: 'neurological', synonyms: ['vertigo', 'room spinning', 'room is spinning', 'spinning sensation', 'sensation of spinning', 'spinning'] },
  { id: 'imbalance', label: 'imbalance', kind: 'symptom', system: 'neurological', synonyms: ['imbalance', 'loss of balance', 'unsteadiness', 'unsteady', 'difficulty walking', 'trouble walking'] },
  { id: 'hearing-loss', label: 'hearing loss', kind: 'symptom', system: 'ent', synonyms: ['hearing loss', 'loss of hearing', 'decreased hearing', 'difficulty hearing', 'hearing changes'] },
  { id: 'tinnitus', label: 'tinnitus', kind: 'symptom', system: 'ent', synonyms: ['tinnitus', 'ringing in the ears', 'ringing in ears', 'ear ringing'] },
  { id: 'ear-fullness', label: 'ear fullness', kind: 'symptom', system: 'ent', synonyms: ['ear fullness', 'aural fullness', 'fullness in the ear'] },
];

/**
 * A function said to be good or normal documents the absence of its problem: "mood is good", "mood:
 * 'fine'" (quotation marks inside a phrase are skipped), "in a good mood", "concentration intact".
 * Not the bare word: "anxious mood", "mood: elevated", "Adderall for concentration" say nothing of it.
 */
function saidToBeFine(fn: string): string[] {
  const out = [`good ${fn}`, `normal ${fn}`, `stable ${fn}`];
  for (const link of ['', 'is ', ': ', 'has been ', 'was ']) {
    for (const state of ['good', 'fine', 'ok', 'okay', 'normal', 'stable', 'intact']) out.push(`${fn} ${link}${state}`);
  }
  return out;
}

export const psychiatricSymptoms: readonly FindingConcept[] = [
  { id: 'anxiety', label: 'anxiety', kind: 'symptom', system: 'psychiatric', synonyms: ['anxiety', 'anxious', 'nervous', 'nervousness', 'excessive worry', 'restlessness', 'on edge', 'overwhelmed', 'feeling overwhelmed', 'anxiousness', 'nervousnous', 'losing her mind', 'losing his mind', 'losing my mind'] },
  { id: 'panic-attacks', label: 'panic attacks', kind: 'symptom', system: 'psychiatric', synonyms: ['panic attack', 'panic attacks', 'panic', 'sense of impending doom', 'feeling of impending doom'] },
  { id: 'depressed-mood', label: 'depressed mood', kind: 'symptom', system: 'psychiatric', synonyms: ['depressed mood', 'depressed', 'depression', 'feeling down', 'feeling sad', 'sadness', 'sad', 'low mood', 'feeling blue', 'mood changes', 'changes in mood', 'change in mood', 'depressive symptoms', 'feelings of depression', 'feeling depressed', 'decreased mood', 'depressive mood', 'depressive thoughts', 'issues with mood', 'mood change', 'change in her mood', 'changes in her mood', 'change in his mood', 'sad mood', 'mood is low', 'mood has been low', 'mood is down', 'mood has been down'], absentSynonyms: ['euthymic', ...saidToBeFine('mood')], excludedPhrases: ['st depression', 'st segment depression', 'st-segment depression', 'respiratory depression'] },
  { id: 'anhedonia', label: 'anhedonia', kind: 'symptom', system: 'psychiatric', synonyms: ['anhedonia', 'loss of interest', 'lack of interest', 'decreased interest', 'no interest', 'no longer enjoys', 'change in interest', 'changes in interest', 'loss of interest in hobbies', 'used to enjoy'], absentSynonyms: ['enjoys her hobbies', 'enjoys his hobbies', 'enjoys hobbies', 'still enjoys'] },
  { id: 'guilt-hopelessness', label: 'guilt or hopelessness', kind: 'symptom', system: 'psychiatric', synonyms: ['guilt', 'feelings of guilt', 'worthlessness', 'feeling worthless', 'hopelessness', 'hopeless', 'helplessness'] },
  { id: 'poor-concentration', label: 'poor concentration', kind: 'symptom', system: 'psychiatric', synonyms: ['poor concentration', 'difficulty concentrating', 'trouble concentrating', 'decreased concentration', 'difficulty focusing', 'trouble focusing', 'inability to concentrate', 'loss of concentration', 'decrease in concentration', 'change in concentration', 'changes in concentration', 'concentration changes', 'concentration change', 'issues with concentration', 'problems concentrating', 'problems with concentration', 'change in attention', 'changes in attention', 'unable to concentrate'], absentSynonyms: saidToBeFine('concentration') },
  { id: 'irritability', label: 'irritability', kind: 'symptom', system: 'psychiatric', synonyms: ['irritability', 'irritable', 'mood swings', 'moodiness'] },
  { id: 'suicidal-ideation', label: 'suicidal ideation', kind: 'symptom', system: 'psychiatric', synonyms: ['suicidal ideation', 'suicidal thoughts', 'thoughts of suicide', 'suicidal', 'thoughts of killing herself', 'thoughts of killing himself', 'thoughts of harming herself', 'thoughts of harming himself', 'self harm', 'wants to die', 'wish to die', 'suicidality', 'wanting to harm herself', 'wanting to harm himself', 'thoughts of self harm'], abbreviations: ['SI'] },
  { id: 'suicide-plan', label: 'suicide plan', kind: 'symptom', system: 'psychiatric', synonyms: ['suicide plan', 'suicidal plan', 'plan to kill', 'plan to commit suicide', 'plan for suicide', 'specific plan', 'plan to shoot', 'plan to overdose', 'plan to hang', 'plan or intent', 'plan/intent', 'suicidal intent'] },
  { id: 'homicidal-ideation', label: 'homicidal ideation', kind: 'symptom', system: 'psychiatric', synonyms: ['homicidal ideation', 'homicidal thoughts', 'thoughts of hurting others', 'thoughts of harming others', 'homicidal'], abbreviations: ['HI'] },
  { id: 'hallucinations', label: 'hallucinations', kind: 'symptom', system: 'psychiatric', synonyms: ['hallucinations', 'hallucination', 'auditory hallucinations', 'visual hallucinations', 'hearing voices', 'seeing things'], abbreviations: ['AH', 'VH', 'AVH', 'AH/VH'] },
  { id: 'paranoia', label: 'paranoia', kind: 'symptom', system: 'psychiatric', synonyms: ['paranoia', 'paranoid', 'delusions', 'delusion'] },
  { id: 'manic-symptoms', label: 'manic symptoms', kind: 'symptom', system: 'psychiatric', synonyms: ['mania', 'manic', 'manic episode', 'decreased need for sleep', 'racing thoughts', 'grandiosity', 'elevated mood', 'pressured speech'] },
  { id: 'insomnia', label: 'insomnia', kind: 'symptom', system: 'psychiatric', synonyms: ['insomnia', 'difficulty sleeping', 'trouble sleeping', 'difficulty falling asleep', 'trouble falling asleep', 'difficulty staying asleep', 'trouble staying asleep', 'early morning awakening', 'poor sleep', 'cannot sleep', 'wakes up early', 'waking up early', 'early morning waking', 'early morning wakening', 'early morning wakenings', 'early morning awakenings', 'sleep difficulty', 'sleeping less', 'decreased sleep', 'difficulty with sleep', 'difficulty with sleeping', 'hard time falling asleep', 'hard time sleeping', 'trouble getting to sleep', 'difficulty in falling asleep', 'difficulty with falling asleep', 'difficulty getting to sleep', 'trouble with sleep', 'waking up earlier', 'trouble going to sleep', 'problems falling asleep', 'problem falling asleep', 'inability to fall asleep', 'unable to fall asleep', 'difficulty to sleep', 'difficulty falling sleep', 'restless sleep', 'takes longer to fall asleep', 'taking longer to fall asleep', 'taking more time to fall asleep', 'hard to fall asleep', 'unable to fall back to sleep', 'unable to fall back asleep', 'problem with falling asleep', 'problems with falling asleep', 'trouble with falling asleep', 'difficulty starting sleep', 'difficulty with starting sleep', 'difficulty initiating sleep', 'trouble initiating sleep', 'problems initiating sleep', 'hour to fall asleep', 'hours to fall asleep', 'long time to fall asleep', 'getting up earlier', 'waking earlier', 'wakes up earlier', 'wakes earlier', 'waking up too early', 'wakes up too early', 'early awakening', 'early awakenings', 'awakening early'] },
  { id: 'sleep-disturbance', label: 'sleep disturbance', kind: 'symptom', system: 'psychiatric', synonyms: ['sleep disturbance', 'sleep disturbances', 'sleep changes', 'change in sleep', 'changes in sleep', 'sleep problems', 'sleep pattern', 'hypersomnia', 'sleeping more', 'interrupted sleep', 'sleep interruption', 'sleep interruptions', 'interrupts her sleep', 'interrupt her sleep', 'interrupts his sleep', 'interrupting her sleep', 'interrupting his sleep', 'disrupted sleep', 'sleep disruption', 'disrupts her sleep', 'disrupts his sleep', 'disturbed sleep', 'sleep is affected', 'affecting her sleep', 'affecting his sleep', 'affects her sleep', 'affects his sleep'] },
  { id: 'obsessions-compulsions', label: 'obsessions or compulsions', kind: 'symptom', system: 'psychiatric', synonyms: ['obsessions', 'compulsions', 'obsessive thoughts', 'compulsive behavior'] },
];

export const musculoskeletalSymptoms: readonly FindingConcept[] = [
  { id: 'back-pain', label: 'back pain', kind: 'symptom', system: 'musculoskeletal', synonyms: ['back pain', 'low back pain', 'lower back pain', 'backache', 'back ache', 'lumbar pain'], abbreviations: ['LBP'] },
  { id: 'radicular-pain', label: 'pain radiating down the leg', kind: 'symptom', system: 'musculoskeletal', synonyms: ['sciatica', 'radiating down the leg', 'radiates down the leg', 'shooting pain down the leg', 'pain down the leg', 'radicular pain'] },
  { id: 'neck-pain', label: 'neck pain', kind: 'symptom', system: 'musculoskeletal', synonyms: ['neck pain', 'pain in the neck'] },
  { id: 'joint-pain', label: 'joint pain', kind: 'symptom', system: 'musculoskeletal', synonyms: ['joint pain', 'joint pains', 'arthralgia', 'arthralgias', 'knee pain', 'hip pain', 'shoulder pain', 'ankle pain', 'wrist pain', 'hand pain'] },
  { id: 'joint-swelling', label: 'joint swelling', kind: 'symptom', system: 'musculoskeletal', synonyms: ['joint swelling', 'swollen joint', 'swollen joints', 'knee swelling', 'swollen knee'] },
  { id: 'joint-stiffness', label: 'joint stiffness', kind: 'symptom', system: 'musculoskeletal', synonyms: ['joint stiffness', 'morning stiffness', 'stiffness', 'stiff joints'] },
  { id: 'joint-redness-warmth', label: 'joint redness or warmth', kind: 'symptom', system: 'musculoskeletal', synonyms: ['joint redness', 'red joint', 'warm joint', 'joint warmth', 'redness and warmth', 'red and warm', 'warm and red', 'red, hot', 'red hot', 'swelling or redness', 'redness or swelling', 'redness or warmth', 'warmth or redness'] },
  { id: 'myalgia', label: 'muscle aches', kind: 'symptom', system: 'musculoskeletal', synonyms: ['myalgia', 'myalgias', 'muscle aches', 'muscle ache', 'muscle pain', 'body aches', 'body ache'] },
  { id: 'muscle-cramps', label: 'muscle cramps', kind: 'symptom', system: 'musculoskeletal', synonyms: ['muscle cramps', 'muscle spasms', 'cramps in the legs'] },
];

export const skinSymptoms: readonly FindingConcept[] = [
  { id: 'rash', label: 'rash', kind: 'symptom', system: 'skin', synonyms: ['rash', 'rashes', 'skin rash', 'skin lesions', 'skin lesion', 'hives', 'malar rash'], excludedPhrases: ['hiv'] },
  { id: 'pruritus', label: 'itching', kind: 'symptom', system: 'skin', synonyms: ['pruritus', 'itching', 'itchy', 'itchiness'] },
  { id: 'skin-changes', label: 'skin changes', kind: 'symptom', system: 'skin', synonyms: ['skin changes', 'dry skin', 'change in skin', 'changes in skin', 'skin texture', 'changes to skin', 'changes in her skin'] },
  { id: 'hair-changes', label: 'hair changes', kind: 'symptom', system: 'skin', synonyms: ['hair changes', 'hair loss', 'hair thinning', 'thinning hair', 'brittle hair', 'change in hair', 'changes in hair', 'alopecia', 'hirsutism', 'excess hair', 'changes to hair', 'changes to her hair', 'hair chages', 'changes in her hair', 'hairloss', 'changes of hair', 'dry hair'] },
  { id: 'nail-changes', label: 'nail changes', kind: 'symptom', system: 'skin', synonyms: ['nail changes', 'brittle nails', 'change in nails', 'changes in nails', 'nail pitting'] },
  { id: 'easy-bruising', label: 'easy bruising', kind: 'symptom', system: 'hematologic', synonyms: ['easy bruising', 'bruising', 'bruises easily', 'easy bleeding', 'bleeding gums'] },
  { id: 'pallor', label: 'pallor', kind: 'symptom', system: 'hematologic', synonyms: ['pallor', 'pale', 'paleness'], excludedPhrases: ['pale stools', 'pale stool'] },
];

export const endocrineSymptoms: readonly FindingConcept[] = [
  { id: 'heat-intolerance', label: 'heat intolerance', kind: 'symptom', system: 'endocrine', synonyms: ['heat intolerance', 'intolerance to heat', 'feeling hot all the time', 'always feels hot', 'heat sensitivity', 'hot intolerance'] },
  { id: 'cold-intolerance', label: 'cold intolerance', kind: 'symptom', system: 'endocrine', synonyms: ['cold intolerance', 'intolerance to cold', 'feeling cold all the time', 'always feels cold'] },
  { id: 'temperature-intolerance', label: 'temperature intolerance', kind: 'symptom', system: 'endocrine', synonyms: ['temperature intolerance', 'heat or cold intolerance', 'heat and cold intolerance', 'cold or heat intolerance', 'intolerance to heat or cold', 'cold/heat sensitivity', 'heat/cold sensitivity', 'temperature sensitivity', 'temperature changes', 'temperature issues', 'temperature problems', 'hot or cold', 'cold or hot', 'heat or cold', 'cold or heat', 'hot/cold', 'cold/hot', 'heat/cold', 'cold/heat', 'hot/cold intolerance', 'heat/cold intolerance', 'cold/heat intolerance', 'feeling hot or cold', 'feeling too hot or too cold', 'too hot or too cold', 'hot or cold intolerance', 'intolerance to hot or cold', 'intolerance to cold or heat', 'sensitivity to heat or cold', 'sensitivity to hot or cold', 'cold/hot intolerance', 'too hot/too cold', 'too hot or cold', 'too cold or too hot'] },
  { id: 'thyroid-symptoms', label: 'thyroid symptoms', kind: 'symptom', system: 'endocrine', synonyms: ['thyroid symptoms', 'symptoms of thyroid disease', 'hyperthyroid symptoms', 'hypothyroid symptoms', 'symptoms of hyperthyroidism', 'symptoms of hypothyroidism', 'thyroid problems', 'thyroid issues'] },
  { id: 'tremor', label: 'tremor', kind: 'symptom', system: 'neurological', synonyms: ['tremor', 'tremors', 'shaking hands', 'hand tremor', 'shakiness', 'shaky', 'hand shaking', 'shaking of hands', 'shaking of the hands', 'jittery', 'jitteriness', 'jitteryness', 'jitters'] },
  { id: 'polydipsia', label: 'increased thirst', kind: 'symptom', system: 'endocrine', synonyms: ['polydipsia', 'increased thirst', 'excessive thirst', 'thirsty'] },
  { id: 'neck-swelling', label: 'neck swelling', kind: 'symptom', system: 'endocrine', synonyms: ['neck swelling', 'neck mass', 'goiter', 'swelling in the neck', 'lump in the neck'] },
];

export const neuroPsychFindings: readonly FindingConcept[] = [
  ...neurologicalSymptoms,
  ...psychiatricSymptoms,
  ...musculoskeletalSymptoms,
  ...skinSymptoms,
  ...endocrineSymptoms,
];
