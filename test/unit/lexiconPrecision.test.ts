// Precision of the findings lexicon: phrases that contain a finding's word but do not mean the
// finding, found by reading what the matcher reports on real examinee notes. A false mention of a
// red flag or risk factor hides a missing pertinent negative, so each case here is a reading a
// clinician would not make. Example sentences are our own.
import { expectAbsent, expectFound } from '../support/lexiconCases';

describe('lexicon: precision', () => {
  describe('smoking cannabis is drug use, not tobacco smoking', () => {
    expectFound([
      ['Smoked marijuana twice in college.', 'illicit-drug-use:a'],
      ['He smokes pot on weekends with friends.', 'illicit-drug-use:a'],
      ['Smoking weed daily since high school.', 'illicit-drug-use:a'],
      ['Smokes MJ occasionally.', 'illicit-drug-use:a'],
      ['Cannabis: has smoked cannabis a few times.', 'illicit-drug-use:a'],
      ['Occasional marijuana smoker.', 'illicit-drug-use:a'],
      ['Denies smoking marijuana.', 'illicit-drug-use:n'],
      // Tobacco named beside the cannabis is still smoking.
      ['Smokes cigarettes and marijuana.', 'smoking:a'],
      ['Smokes 1 ppd, also smokes pot at parties.', 'smoking:a'],
      ['Denies smoking marijuana or tobacco.', 'smoking:n'],
      ['No smoking, tried pot once.', 'smoking:n'],
      ['Smokes when stressed at work.', 'smoking:a'],
    ]);
    expectAbsent([
      ['Smoked marijuana twice in college.', 'smoking'],
      ['He smokes pot on weekends with friends.', 'smoking'],
      ['Smoking weed daily since high school.', 'smoking'],
      ['Smokes MJ occasionally.', 'smoking'],
      ['Occasional marijuana smoker.', 'smoking'],
    ]);
  });

  describe('"HIV" is not hives (an inflection of the word)', () => {
    expectAbsent([
      ['Never tested for HIV.', 'rash'],
      ['HIV screen negative at his last physical.', 'rash'],
    ]);
    expectFound([
      ['Broke out in hives after the antibiotic.', 'rash:a'],
      ['No rash or hives.', 'rash:n'],
    ]);
  });

  describe('forearms are not firearms (a misspelling one letter away)', () => {
    expectAbsent([
      ['Skin: healed scars on both forearms.', 'access-to-firearms'],
      ['No cuts on her forearm.', 'access-to-firearms'],
    ]);
    expectFound([
      ['Keeps two firearms in the house.', 'access-to-firearms:a'],
      ['Denies access to firearms.', 'access-to-firearms:n'],
    ]);
  });

  describe('the season "in fall" is not a fall', () => {
    expectAbsent([['Moved into the dorms in fall and has felt stressed since.', 'trauma']]);
    expectFound([
      ['Starts classes in fall; fell off his bike last week.', 'trauma:a'],
      ['Denies falls.', 'trauma:n'],
    ]);
  });

  describe('misspelt energy drinks and coffee drinks are caffeine, not alcohol', () => {
    expectFound([
      ['Has 2 enery drinks a day while studying.', 'caffeine-use:a'],
      ['Some enegy drinks before exams.', 'caffeine-use:a'],
      ['Three coffee drinks daily.', 'caffeine-use:a'],
    ]);
    expectAbsent([
      ['Has 2 enery drinks a day while studying.', 'alcohol-use'],
      ['Three coffee drinks daily.', 'alcohol-use'],
    ]);
  });

  describe('drinking water or fluids is not alcohol use', () => {
    expectAbsent([
      ['Works in a warehouse and drinks little water.', 'alcohol-use'],
      ['Has been drinking plenty of fluids since the diarrhea began.', 'alcohol-use'],
      ['Drinks a lot of water because she is always thirsty.', 'alcohol-use'],
    ]);
    expectFound([
      ['Drinks water at work and 2 beers at night.', 'alcohol-use:a'],
      ['Denies drinking.', 'alcohol-use:n'],
      ['Drinks on weekends.', 'alcohol-use:a'],
    ]);
  });
});
