// Pertinent negatives written the ways examinees write them: shorthand names of the finding, and
// phrases that document a finding as absent ("weight stable", "mood is good", "enjoys her hobbies").
// Example sentences are our own.
import { expectAbsent, expectFound } from '../support/lexiconCases';

describe('lexicon: pertinent negatives', () => {
  describe('vaginal discharge: "vag", "v" and "PV" shorthand', () => {
    expectFound([
      ['Denies vag discharge or bleeding.', 'vaginal-discharge:n'],
      ['no v discharge, no dysuria', 'vaginal-discharge:n'],
      ['Reports PV discharge for a week.', 'vaginal-discharge:a'],
    ]);
    expectAbsent([
      ['Discharged home after the appendectomy.', 'vaginal-discharge'],
      ['No ear discharge.', 'vaginal-discharge'],
      ['Denies n/v, discharge from the ear', 'vaginal-discharge'],
    ]);
  });

  describe('sexual history: the last partner dates sexual activity; abstinence says not active', () => {
    expectFound([
      ['Her last partner was a year ago.', 'sexually-active:n'],
      ['Most recent partner 2 years ago, uses condoms.', 'sexually-active:n'],
      ['Last partner 2 weeks ago.', 'sexually-active:a'],
      ['Sexually abstinent since her divorce.', 'sexually-active:n'],
      ['He is celibate.', 'sexually-active:n'],
      ['Abstinent from sex for 6 months.', 'sexually-active:n'],
    ]);
    expectAbsent([['Abstinent from alcohol for two years.', 'sexually-active']]);
  });

  describe('dysuria misspelt', () => {
    expectFound([['Denies disura or frequency.', 'dysuria:n']]);
  });

  describe('change in bowel habits: gastrointestinal changes spelled out', () => {
    expectFound([
      ['No gastrointestinal changes.', 'change-in-bowel-habits:n'],
      ['Denies changes in gastrointestinal habits.', 'change-in-bowel-habits:n'],
    ]);
  });

  describe('a stable weight is neither weight loss nor weight gain', () => {
    expectFound([
      ['Weight has been stable.', 'weight-loss:n'],
      ['Weight has been stable.', 'weight-gain:n'],
      ['Appetite good, stable weight.', 'weight-loss:n'],
      ['Her weight is unchanged.', 'weight-gain:n'],
      ['Weight has not changed over the year.', 'weight-loss:n'],
    ]);
    expectAbsent([['Weight has not been stable.', 'weight-gain']]);
  });

  describe('a good or normal mood is no depressed mood', () => {
    expectFound([
      ['Her mood is good, sleeps poorly.', 'depressed-mood:n'],
      ['Mood: "ok"', 'depressed-mood:n'],
      ['Mood has been fine.', 'depressed-mood:n'],
      ['Euthymic, full affect.', 'depressed-mood:n'],
      ['Says she is in a good mood most days.', 'depressed-mood:n'],
      ['She is not in a good mood lately.', 'depressed-mood:a'],
      ['His mood has been low for weeks.', 'depressed-mood:a'],
    ]);
    expectAbsent([
      ['Anxious mood, congruent affect.', 'depressed-mood'],
      ['Mood: elevated, pressured speech.', 'depressed-mood'],
      ['Mood stabilizers in the past.', 'depressed-mood'],
    ]);
  });

  describe('a good or intact concentration is no poor concentration', () => {
    expectFound([
      ['Concentration is intact.', 'poor-concentration:n'],
      ['Good concentration and energy.', 'poor-concentration:n'],
      ['Unable to concentrate at work.', 'poor-concentration:a'],
    ]);
    expectAbsent([['Takes a friend\'s stimulant for concentration before exams.', 'poor-concentration']]);
  });

  describe('still enjoying her hobbies is no anhedonia', () => {
    expectFound([
      ['Still enjoys his hobbies and sees friends.', 'anhedonia:n'],
      ['She enjoys her hobbies, gardening and hiking.', 'anhedonia:n'],
      ['No longer enjoys hobbies.', 'anhedonia:a'],
      ['He does not enjoy his hobbies anymore.', 'anhedonia:a'],
      ['She used to enjoy her hobbies.', 'anhedonia:a'],
    ]);
  });

  describe('word order of a hurried note, and slips of the keys', () => {
    expectFound([
      ['Denies changes skin or hair.', 'skin-changes:n'],
      ['No changes weight, appetite good.', 'weight-loss:n'],
      ['There were no changes seen in his weight.', 'weight-loss:n'],
      ['Denies any heaart racing.', 'palpitations:n'],
      ['no hair or skin hanges', 'skin-changes:n'],
    ]);
    expectAbsent([['She hopes to change jobs soon.', 'weight-loss']]);
  });

  describe('a denied time and what the patient felt in it', () => {
    expectFound([
      ['Never had a time when she felt invincible.', 'manic-symptoms:n'],
      ['He has never had a period where he needed less sleep.', 'manic-symptoms:n'],
      ['No episodes during which she passed out.', 'syncope:n'],
      ['Had an episode when he felt dizzy.', 'dizziness:a'],
      ['No chest pain at the time when he passed out.', 'syncope:a'],
    ]);
  });

  describe('a plural post-negation denies the items coordinated before it', () => {
    expectFound([
      ['Tinnitus and ear fullness are absent.', 'tinnitus:n'],
      ['Nausea and vomiting were denied, has diarrhea.', 'nausea:n'],
      ['Nausea and vomiting were denied, has diarrhea.', 'diarrhea:a'],
      ['Cough, and fever is absent.', 'cough:a'],
      ['Hearing: no change in either ear.', 'hearing-loss:n'],
      // A near spelling ("epsiodes" of "episodes") is read with its inflections ("syncopal episode").
      ['Denies syncopal epsiodes.', 'syncope:n'],
    ]);
  });
});
