// The built-in findings lexicon recognises the ways examinees write common history items, and the
// new phrasings do not fire where they should not. Example sentences are our own.
import { expectAbsent, expectFound } from '../support/lexiconCases';

describe('lexicon phrasings', () => {
  describe('irregular menses: periods irregular, unpredictable, random or without a pattern', () => {
    expectFound([
      ['For the past year her periods are now unpredictable.', 'irregular-menses:a'],
      ['Her period has been random since the spring.', 'irregular-menses:a'],
      ['Menses have become irregular, every 3 to 10 weeks.', 'irregular-menses:a'],
      ['Her cycles are getting unpredictable.', 'irregular-menses:a'],
      ['Menstrual periods without a pattern for 8 months.', 'irregular-menses:a'],
      ['Reports unpredictable cycles.', 'irregular-menses:a'],
    ]);
    expectAbsent([
      ['Random periods of palpitations at rest.', 'irregular-menses'],
      ['Regular periods every 28 days.', 'irregular-menses'],
    ]);
  });

  describe('energy: fatigue written as energy level, change or loss of energy', () => {
    expectFound([
      ['Denies any change in her energy level.', 'fatigue:n'],
      ['No loss of energy.', 'fatigue:n'],
      ['Reports a decrease in energy over the past month.', 'fatigue:a'],
      ['Denies changes in energy, appetite or sleep.', 'fatigue:n'],
    ]);
    expectAbsent([
      ['Drinks two energy drinks a day.', 'fatigue'],
      ['Has plenty of energy for soccer.', 'fatigue'],
    ]);
  });

  describe('temperature intolerance: hot or cold, heat/cold', () => {
    expectFound([
      ['Denies feeling too hot or too cold.', 'temperature-intolerance:n'],
      ['No heat/cold intolerance.', 'temperature-intolerance:n'],
      ['Negative for cold/hot intolerance.', 'temperature-intolerance:n'],
      ['Does not feel hot or cold more than others.', 'temperature-intolerance:n'],
      ['Denies feeling too hot/too cold.', 'temperature-intolerance:n'],
    ]);
  });

  describe('tremor: jittery, jitteriness', () => {
    expectFound([
      ['Denies feeling jittery.', 'tremor:n'],
      ['Reports jitteriness after his morning coffee.', 'tremor:a'],
    ]);
  });

  describe('sexual activity: intercourse, sex with, sex hx', () => {
    expectFound([
      ['Vaginal dryness during intercourse for 3 months.', 'sexually-active:a'],
      ['Sex hx: one male partner, uses condoms.', 'sexually-active:a'],
      ['Has sex with her husband twice a week.', 'sexually-active:a'],
      ['Has never had sex.', 'sexually-active:n'],
    ]);
    expectAbsent([
      ['Sex: male. Age: 17.', 'sexually-active'],
      ['Denies pain with intercourse.', 'sexually-active'],
    ]);
  });

  describe('family history of MI: heart problem or condition in a relative', () => {
    expectFound([
      ['FH: his father has a heart problem.', 'family-history-mi:a'],
      ['Dad with an unknown heart condition.', 'family-history-mi:a'],
      ['Family history: uncle with cardiac problems.', 'family-history-mi:a'],
    ]);
    expectAbsent([['He has no heart problems himself.', 'family-history-mi']]);
  });

  describe('family history of thyroid disease: common misspellings of thyroid', () => {
    expectFound([
      ['Mother has a thryoid condition.', 'family-history-thyroid:a'],
      ['FHx: thyriod disease in his aunt.', 'family-history-thyroid:a'],
    ]);
  });

  describe('stress from caring for relatives: more verbs and qualifiers', () => {
    expectFound([
      ['She spends evenings checking in on her elderly parents.', 'stress:a'],
      ['Provides care for her disabled mother.', 'stress:a'],
      ['Is providing support for her aging mother-in-law.', 'stress:a'],
      ['Several life stressors this year.', 'stress:a'],
      ['Takes care of her in laws.', 'stress:a'],
      ['Looks after his elderly father on weekends.', 'stress:a'],
      ['Cares for her sick grandmother.', 'stress:a'],
      ['Caregiver for elderly parents.', 'stress:a'],
    ]);
    expectAbsent([
      ['Followed under the care of her family doctor.', 'stress'],
      ['Works as a nurse caring for elderly patients.', 'stress'],
    ]);
  });

  describe('dyspnea: cannot catch his breath', () => {
    expectFound([
      ['He could not catch his breath during the episode.', 'dyspnea:a'],
      ['Felt like she was not able to catch her breath.', 'dyspnea:a'],
      ['Had difficulty catching his breath after running.', 'dyspnea:a'],
      ['Some SoB at rest.', 'dyspnea:a'],
    ]);
  });

  describe('palpitations: heart jumping out of the chest', () => {
    expectFound([
      ['Felt as if his heart would jump out of his chest.', 'palpitations:a'],
      ['His heart is beating so fast.', 'palpitations:a'],
    ]);
  });

  describe('near-syncope is lightheadedness, not syncope', () => {
    expectFound([
      ['Felt as though he would pass out.', 'lightheadedness:a'],
      ['One episode of pre-syncope on the track.', 'lightheadedness:a'],
      ['Describes a sensation of passing out.', 'lightheadedness:a'],
      ['Almost fainted at practice.', 'lightheadedness:a'],
    ]);
    expectAbsent([
      ['Felt as though he would pass out.', 'syncope'],
      ['One episode of pre-syncope on the track.', 'syncope'],
      ['Describes a sensation of passing out.', 'syncope'],
    ]);
  });

  describe('chest pressure, sweating, family heart trouble, caffeine', () => {
    expectFound([
      ['Pressure-like pain behind the sternum.', 'chest-pressure:a'],
      // Where examinees put the pressure (wordings of NBME's palpitations notes, sentences our own).
      ['Felt a pressure feeling in his chest during the game.', 'chest-pressure:a'],
      ['Last episode had pressure in middle of chest.', 'chest-pressure:a'],
      ['Pressure-like sensation on center of chest.', 'chest-pressure:a'],
      ['Describes a squeezing or pressure within his chest.', 'chest-pressure:a'],
      ['Like someone sitting on his chest.', 'chest-pressure:a'],
      ['No pressure over the chest.', 'chest-pressure:n'],
      ['Discomfort in his chest for an hour.', 'chest-pain:a'],
      ['"It goes down my left arm and up into my jaw."', 'pain-radiation:a'],
      ['Had sex without a condom with a new partner last month.', 'new-sexual-partner:a'],
      ['Ache in center of chest.', 'chest-pain:a'],
      ['Pressure-like chest pain lasting minutes.', 'chest-pain:a'],
      ['Woke up soaked in sweat.', 'diaphoresis:a'],
      ['Grandfather had heart trouble in his sixties.', 'family-history-mi:a'],
      ['Aunt with a bleeding ucler.', 'family-history-pud:a'],
      ['Drinks coffee before class.', 'caffeine-use:a'],
      ['Takes addy from a classmate before exams.', 'stimulant-use:a'],
      ['Has been taking his roommates ADHD medication.', 'stimulant-use:a'],
    ]);
    expectAbsent([
      ['Drinks coffee before class.', 'alcohol-use'],
      ['Had the flu shot in October.', 'recent-infection'],
      // A capitalized "Addy" may be a name.
      ['Addy is his younger sister.', 'stimulant-use'],
    ]);
  });

  describe('appetite: negated wording that means a poor appetite', () => {
    expectFound([
      ["She hasn't felt hungry for a week.", 'decreased-appetite:a'],
      ['He does not have an appetite since the pain began.', 'decreased-appetite:a'],
      ['Has not been as hungry lately.', 'decreased-appetite:a'],
      ['Some lose of appetite with the pain.', 'decreased-appetite:a'],
    ]);
  });

  describe('sleep: initiating sleep, prolonged sleep latency, early or interrupted sleep', () => {
    expectFound([
      ['Difficulty initiating sleep for 2 months.', 'insomnia:a'],
      ['Takes about two hours to fall asleep.', 'insomnia:a'],
      ['Early awakening at 4 am most nights.', 'insomnia:a'],
      ['Hot flashes interrupt her sleep.', 'sleep-disturbance:a'],
      ['Her sleep is affected by worry.', 'sleep-disturbance:a'],
    ]);
  });

  describe('night waking from pain', () => {
    expectFound([
      ['The burning pain wakes him up twice a week.', 'nocturnal-awakening:a'],
      ['She wakes up during the night with cramps.', 'nocturnal-awakening:a'],
    ]);
  });

  describe('epigastric pain: above the umbilicus, upper middle abdomen', () => {
    expectFound([
      ['Gnawing pain just above the umbilicus.', 'epigastric-pain:a'],
      ['Pain in the upper middle abdomen after meals.', 'epigastric-pain:a'],
      ['Discomfort in the upper part of his stomach.', 'epigastric-pain:a'],
    ]);
  });

  describe('stool and bowel phrasings', () => {
    expectFound([
      ['Stools have appeared darker for a week.', 'melena:a'],
      ['Stools are loose, 5 times a day.', 'diarrhea:a'],
      ['Watery bowel movements after meals.', 'diarrhea:a'],
      ['Stomach fullness after lunch.', 'bloating:a'],
      ['Fullness every time he eats.', 'early-satiety:a'],
    ]);
  });

  describe('gynecologic phrasings', () => {
    expectFound([
      ['Requiring lubricant for sex.', 'vaginal-dryness:a'],
      ['Dryness improved with lubrication.', 'vaginal-dryness:a'],
      ['No premenstrual sx.', 'premenstrual-symptoms:n'],
      ['Used to have breast tenderness before her period.', 'premenstrual-symptoms:a'],
      ['Denies premenstrual bloating.', 'premenstrual-symptoms:n'],
      ['Denies pain with periods.', 'dysmenorrhea:n'],
    ]);
  });

  describe('other phrasings', () => {
    expectFound([
      ['Uses his friend’s aderral before exams.', 'stimulant-use:a'],
      ['Has an IUD; IUDs placed twice before.', 'iud-use:a'],
      ['Feels naucious in the morning.', 'nausea:a'],
      ['Feels like she is losing her mind.', 'anxiety:a'],
      ['Flu-like aches and chills two weeks ago.', 'recent-infection:a'],
      ['Pain in the lower R quadrant.', 'rlq-pain:a'],
      ['No change in her urinary habits.', 'urinary-symptoms:n'],
      ['Denies any changes in her weight.', 'weight-loss:n'],
      ['Denies fresh blood with bowel movements.', 'hematochezia:n'],
    ]);
  });

  describe('fever felt but not measured, and measured temperatures', () => {
    expectFound([
      ['She felt warm this morning but did not check.', 'fever:a'],
      ['He has felt hot and sweaty at night.', 'fever:a'],
      ['Low grade temp at home.', 'fever:a'],
      ['Temp 100.8 at home.', 'fever:a'],
      ['No chills, temp 101F yesterday.', 'fever:a'],
      ['Her temperature was 98.6 at home.', 'fever:n'],
    ]);
    expectAbsent([
      ['The knee feels warm to the touch.', 'fever'],
      ['Took her temp: 99.9.', 'fever'],
      ['No temperature intolerance.', 'fever'],
    ]);
  });

  describe('visual aura is a change in vision', () => {
    expectFound([
      ['Sees zigzag lines for 20 minutes before the pain.', 'vision-changes:a'],
      ['Visual aura before each headache.', 'aura:a'],
      ['Visual aura before each headache.', 'vision-changes:a'],
      ['No trouble seeing.', 'vision-changes:n'],
    ]);
  });

  describe('a suicide method thought about is the plan question asked', () => {
    expectFound([
      ['He has thought about taking all of his sleeping pills but has not picked a day.', 'suicide-plan:a'],
      ['Has thought about overdosing.', 'suicide-plan:a'],
    ]);
  });

  describe('mood said to be happy', () => {
    expectFound([
      ['She is happy and sleeps well.', 'depressed-mood:n'],
      ['Mood: happy.', 'depressed-mood:n'],
    ]);
    expectAbsent([['She is happy with her new job.', 'depressed-mood']]);
  });

  describe('"sex" as sexual history, not as the patient\'s sex', () => {
    expectFound([
      ['Sex: one female partner, uses condoms.', 'sexually-active:a'],
      ['Sex 9 mo ago, none since.', 'sexually-active:n'],
      ['Sex: last 9m ago.', 'sexually-active:n'],
    ]);
    expectAbsent([
      ['Sex: F. Age: 34.', 'sexually-active'],
      ['Age/sex: 34 F.', 'sexually-active'],
      ['Decreased sex drive.', 'sexually-active'],
    ]);
  });
  describe('denials in full sentences and shorthand', () => {
    expectFound([
      ['Pain not tearing, does not go to the back.', 'tearing-pain-to-back:n'],
      ['Pressure rad to L arm and jaw.', 'pain-radiation:a'],
      ['Sharp pain in his chest only when he takes a deep breath.', 'pleuritic-chest-pain:a'],
      ['Never felt unusually high or didn\'t need sleep.', 'manic-symptoms:n'],
      ['Hearing unchanged, no ringing.', 'hearing-loss:n'],
      ['No changes in hearing, fatigue or diarrhea.', 'diarrhea:n'],
      ['No trouble getting his words out.', 'slurred-speech:n'],
      ['Speech normal per wife.', 'slurred-speech:n'],
      ['Feels hot when everyone else is comfortable.', 'heat-intolerance:a'],
      ['Last BM yesterday, normal brown color, no blood.', 'hematochezia:n'],
    ]);
    expectAbsent([
      ['Eyes tearing and itchy.', 'tearing-pain-to-back'],
      ['Radiology report pending.', 'pain-radiation'],
    ]);
  });
  describe('lay denials written as whole sentences', () => {
    expectFound([
      ["She isn't having any chest pain.", 'chest-pain:n'],
      ["He wasn't confused afterwards.", 'confusion:n'],
      ['Classes arent too stressful.', 'stress:n'],
      ['There is no blood when she pees.', 'hematuria:n'],
      ["The pain doesn't spread anywhere.", 'pain-radiation:n'],
      ['Has not been around anyone sick.', 'sick-contacts:n'],
      ["She hasn't fallen.", 'trauma:n'],
      ['Her vision is fine.', 'vision-changes:n'],
      ['No pain in his calves.', 'calf-pain:n'],
      ['No ringing in his ears.', 'tinnitus:n'],
      // Unsure is not a denial.
      ["He isn't sure if he had a fever.", 'fever:a'],
    ]);
  });
});
