// Chief complaints (part 3): psychiatric and general.
import type { ComplaintKnowledge, HpiElement } from '../types';
import { NO_LOCATION_HPI } from './complaints';

/** Mood and anxiety complaints: no location, no radiation, no "character". */
const MOOD_HPI: readonly HpiElement[] = ['onset', 'duration', 'modifiers', 'associated', 'severity', 'timing'];

export const complaintsPart3: readonly ComplaintKnowledge[] = [
  {
    id: 'depression', label: 'depressed mood',
    aliases: ['depression', 'depressed', 'feeling down', 'feeling sad', 'low mood', 'sadness'],
    redFlags: [
      { finding: 'suicidal-ideation', why: 'Every depressed patient must be asked about suicidal ideation.', section: 'hpi' },
      { finding: 'homicidal-ideation', why: 'Homicidal ideation requires emergency psychiatric evaluation.', section: 'hpi' },
      { finding: 'hallucinations', why: 'Psychotic features change diagnosis and urgency.', section: 'ros' },
      { finding: 'manic-symptoms', why: 'Prior mania indicates bipolar disorder; antidepressant alone can precipitate mania.', section: 'hpi' },
      { finding: 'alcohol-use', why: 'Alcohol use worsens depression and suicide risk and may cause a substance-induced disorder.', section: 'hpi' },
    ],
    riskFactors: ['family-history-psychiatric', 'psychiatric-history', 'prior-suicide-attempt', 'alcohol-use', 'illicit-drug-use', 'stress', 'bereavement', 'social-isolation', 'domestic-violence'],
    examManeuvers: ['mental-status-exam', 'thyroid-exam', 'general-appearance', 'skin-exam'],
    differentials: ['major-depressive-disorder', 'hypothyroidism', 'bipolar-disorder', 'substance-induced-mood-disorder'],
    hpiElements: MOOD_HPI,
    rosSystems: ['constitutional', 'endocrine', 'neurological', 'psychiatric'],
  },
  {
    id: 'suicidal-ideation', label: 'suicidal ideation',
    aliases: ['suicidal ideation', 'suicidal thoughts', 'thoughts of suicide', 'suicidal', 'thoughts of killing', 'wants to die'],
    redFlags: [
      { finding: 'suicide-plan', why: 'A specific plan or intent indicates high imminent risk.', section: 'hpi' },
      { finding: 'access-to-firearms', why: 'Access to firearms or other lethal means greatly raises the risk of completed suicide.', section: 'hpi' },
      { finding: 'prior-suicide-attempt', why: 'A prior attempt is the strongest predictor of suicide.', section: 'hpi' },
      { finding: 'homicidal-ideation', why: 'Homicidal ideation requires emergency evaluation and may trigger a duty to warn.', section: 'hpi' },
      { finding: 'hallucinations', why: 'Command hallucinations or psychosis raise the risk of acting on suicidal thoughts.', section: 'ros' },
      { finding: 'alcohol-use', why: 'Alcohol and drug use increase impulsivity and suicide risk.', section: 'hpi' },
    ],
    riskFactors: ['prior-suicide-attempt', 'access-to-firearms', 'alcohol-use', 'illicit-drug-use', 'psychiatric-history', 'family-history-psychiatric', 'social-isolation', 'bereavement'],
    examManeuvers: ['mental-status-exam', 'general-appearance', 'skin-exam'],
    differentials: ['major-depressive-disorder', 'bipolar-disorder', 'substance-induced-mood-disorder', 'alcohol-use-disorder'],
    hpiElements: MOOD_HPI,
    rosSystems: ['constitutional', 'neurological', 'psychiatric', 'endocrine'],
  },
  {
    id: 'anxiety', label: 'anxiety',
    aliases: ['anxiety', 'anxious', 'nervousness', 'nervous', 'panic attacks', 'panic attack', 'worrying', 'episodes of intense fear', 'intense fear'],
    redFlags: [
      { finding: 'chest-pain', why: 'Chest pain must not be attributed to anxiety before cardiac causes are considered.', section: 'hpi' },
      { finding: 'suicidal-ideation', why: 'Anxiety disorders carry an increased suicide risk.', section: 'hpi' },
      { finding: 'stimulant-use', why: 'Stimulants and caffeine cause or worsen anxiety.', section: 'hpi' },
      { finding: 'heat-intolerance', why: 'Heat intolerance suggests hyperthyroidism.', section: 'ros' },
      { finding: 'weight-loss', why: 'Weight loss suggests hyperthyroidism.', section: 'ros' },
    ],
    riskFactors: ['caffeine-use', 'stimulant-use', 'alcohol-use', 'illicit-drug-use', 'stress', 'family-history-psychiatric', 'family-history-thyroid', 'psychiatric-history'],
    examManeuvers: ['mental-status-exam', 'thyroid-exam', 'cardiac-auscultation', 'tremor-exam', 'general-appearance'],
    differentials: ['generalized-anxiety-disorder', 'panic-disorder', 'hyperthyroidism', 'substance-induced-anxiety-disorder'],
    hpiElements: MOOD_HPI,
    rosSystems: ['constitutional', 'cardiovascular', 'endocrine', 'psychiatric'],
  },
  {
    id: 'insomnia', label: 'insomnia',
    aliases: ['insomnia', 'difficulty sleeping', 'trouble sleeping', 'cannot sleep', 'difficulty falling asleep', 'difficulty staying asleep', 'poor sleep'],
    redFlags: [
      { finding: 'suicidal-ideation', why: 'Insomnia is often part of depression; screen for suicidal ideation.', section: 'ros' },
      { finding: 'snoring', why: 'Snoring or witnessed apneas suggest obstructive sleep apnea.', section: 'hpi' },
      { finding: 'manic-symptoms', why: 'Decreased need for sleep suggests mania.', section: 'hpi' },
      { finding: 'depressed-mood', why: 'Depressed mood suggests major depression.', section: 'ros' },
    ],
    riskFactors: ['caffeine-use', 'alcohol-use', 'stimulant-use', 'stress', 'obesity', 'bereavement'],
    examManeuvers: ['mental-status-exam', 'thyroid-exam', 'oropharynx', 'general-appearance'],
    differentials: ['major-depressive-disorder', 'generalized-anxiety-disorder', 'hyperthyroidism', 'obstructive-sleep-apnea'],
    hpiElements: NO_LOCATION_HPI,
    rosSystems: ['constitutional', 'respiratory', 'endocrine', 'psychiatric'],
  },
  {
    id: 'fatigue', label: 'fatigue',
    aliases: ['fatigue', 'tiredness', 'feeling tired', 'low energy', 'lack of energy', 'exhaustion'],
    redFlags: [
      { finding: 'weight-loss', why: 'Unintentional weight loss suggests malignancy, hyperthyroidism or diabetes.', section: 'ros' },
      { finding: 'night-sweats', why: 'Night sweats suggest infection (TB, HIV) or lymphoma.', section: 'ros' },
      { finding: 'melena', why: 'GI blood loss causes iron deficiency anemia.', section: 'ros' },
      { finding: 'suicidal-ideation', why: 'Fatigue is often part of depression; screen for suicidal ideation.', section: 'ros' },
      { finding: 'dyspnea-on-exertion', why: 'Exertional dyspnea suggests anemia or heart failure.', section: 'ros' },
    ],
    riskFactors: ['alcohol-use', 'family-history-thyroid', 'obesity', 'stress'],
    examManeuvers: ['thyroid-exam', 'lymph-nodes', 'cardiac-auscultation', 'lung-auscultation', 'skin-exam', 'mental-status-exam'],
    differentials: ['hypothyroidism', 'anemia', 'major-depressive-disorder', 'diabetes-mellitus', 'obstructive-sleep-apnea'],
    hpiElements: NO_LOCATION_HPI,
    rosSystems: ['constitutional', 'endocrine', 'hematologic', 'psychiatric', 'gastrointestinal'],
  },
  {
    id: 'menstrual-irregularity', label: 'irregular menses or hot flashes',
    aliases: ['irregular menses', 'irregular periods', 'missed periods', 'missed period', 'hot flashes', 'hot flushes', 'amenorrhea', 'no periods'],
    redFlags: [
      { finding: 'lmp', why: 'Pregnancy must be excluded first.', section: 'hpi' },
      { finding: 'vaginal-bleeding', why: 'Heavy, intermenstrual or postmenopausal bleeding needs endometrial evaluation.', section: 'hpi' },
      { finding: 'breast-symptoms', why: 'Galactorrhea suggests hyperprolactinemia.', section: 'ros' },
      { finding: 'vision-changes', why: 'Visual field loss with headache suggests a pituitary adenoma.', section: 'ros' },
      { finding: 'heat-intolerance', why: 'Heat intolerance and palpitations suggest hyperthyroidism.', section: 'ros' },
    ],
    riskFactors: ['sexually-active', 'unprotected-sex', 'ocp-use', 'family-history-thyroid', 'obesity', 'smoking', 'stress'],
    examManeuvers: ['thyroid-exam', 'skin-exam', 'cardiac-auscultation', 'abdominal-exam', 'tremor-exam'],
    differentials: ['perimenopause', 'pregnancy', 'hyperthyroidism', 'hyperprolactinemia', 'pcos'],
    hpiElements: NO_LOCATION_HPI,
    rosSystems: ['constitutional', 'endocrine', 'reproductive', 'psychiatric', 'skin'],
  },
];
