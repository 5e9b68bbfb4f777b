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
});
