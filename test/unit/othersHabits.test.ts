import assert from 'node:assert/strict';
import { builtinKnowledge } from '../../src/core/clinical/data/index';
import { compileLexicon, findMentions } from '../../src/core/clinical/matcher';

// A habit named in a clause whose subject is another person is theirs, not the patient's.
const LEX = compileLexicon(builtinKnowledge.findings);

function habits(text: string): string[] {
  const ids = new Set(['smoking', 'alcohol-use', 'illicit-drug-use', 'iv-drug-use', 'stimulant-use', 'caffeine-use']);
  return findMentions(text, LEX)
    .filter((m) => ids.has(m.concept))
    .map((m) => `${m.concept}:${m.polarity === 'negated' ? 'n' : 'a'}`);
}

describe("another person's habits", () => {
  const cases: ReadonlyArray<readonly [string, readonly string[]]> = [
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
  for (const [text, expected] of cases) it(JSON.stringify(text), () => assert.deepEqual(habits(text), expected));
});
