import { builtinKnowledge } from '../../src/core/clinical/data/index';
import { compileLexicon } from '../../src/core/clinical/compiledLexicon';
import { checkReadings, readings, type ReadingCases } from '../support/readings';

// A habit named in a clause whose subject is another person is theirs, not the patient's.
const LEX = compileLexicon(builtinKnowledge.findings);

function habits(text: string): string[] {
  const ids = new Set(['smoking', 'alcohol-use', 'illicit-drug-use', 'iv-drug-use', 'stimulant-use', 'caffeine-use']);
  return readings(text, LEX).filter((reading) => ids.has(reading.slice(0, reading.lastIndexOf(':'))));
}

describe("another person's habits", () => {
  const cases: ReadingCases = [
    // The other person opens the clause: theirs.
    ['Her older brother injects heroin.', []],
    ['Lives with his cousin; the cousin smokes 2 ppd.', []],
    ['Her boyfriend takes Adderall to study.', []],
    ['Lives with her husband, who drinks heavily.', []],
    ['Parents smoke.', []],
    ['FHx: Father, a smoker, had an MI at 52.', []],
    // The patient is the subject, or owns the drug: the patient's.
    ['Lives with his parents, smokes 1 ppd.', ['smoking:a']],
    ["Takes his roommate's Adderall before exams.", ['stimulant-use:a']],
    ['Meds: roommates adderall 2x/week.', ['stimulant-use:a']],
    ["Friends' Adderall on exam days.", ['stimulant-use:a']],
    ['His brother says he injects heroin.', ['iv-drug-use:a']],
    ['Brother is a smoker. Pt denies smoking.', ['smoking:n']],
  ];
  checkReadings(cases, habits);
});
