// Agreement of the checker with the expectations written inline in the fixture notes
// (test/fixtures/*.md, `<!-- expect: rule=subject -->` on the line of each finding).
//
//   npm run eval:fixtures                 # test/fixtures
//   npm run eval:fixtures -- DIR --notes  # another folder; --notes adds one line per note
//
// For every rule: TP (expected and reported on that line with that subject), FP (reported but
// not expected), FN (expected but not reported), then precision, recall and F1.
// Output lines are `name: value`, stable and greppable.
import { resolve } from 'node:path';
import { checkNote } from '../src/core/check/checkNote';
import { actualKeys, FIXTURE_DIR, keyOf, loadFixtures } from '../test/support/fixtures';

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const args = process.argv.slice(2);
const perNote = args.includes('--notes');
const dir = args.find((arg) => !arg.startsWith('--'));
const fixtures = loadFixtures(dir ? resolve(dir) : FIXTURE_DIR);

const byRule = new Map<string, Counts>();
const counts = (rule: string): Counts => {
  let found = byRule.get(rule);
  if (!found) byRule.set(rule, (found = { tp: 0, fp: 0, fn: 0 }));
  return found;
};

/** `12:missing-red-flag=fever` -> `missing-red-flag`. */
const ruleOf = (key: string): string => key.slice(key.indexOf(':') + 1).split('=')[0] ?? key;

let exact = 0;
const noteLines: string[] = [];
for (const fixture of fixtures) {
  const { findings } = checkNote(fixture.text);
  const actual = actualKeys(findings, fixture.expected);
  const expected = fixture.expected.map(keyOf);
  // Multiset matching: a key counts once per occurrence.
  const remaining = [...expected];
  const note = { tp: 0, fp: 0, fn: 0 };
  for (const key of actual) {
    const at = remaining.indexOf(key);
    if (at >= 0) {
      remaining.splice(at, 1);
      counts(ruleOf(key)).tp++;
      note.tp++;
    } else {
      counts(ruleOf(key)).fp++;
      note.fp++;
      if (perNote) noteLines.push(`  ${fixture.name}: FP ${key}`);
    }
  }
  for (const key of remaining) {
    counts(ruleOf(key)).fn++;
    note.fn++;
    if (perNote) noteLines.push(`  ${fixture.name}: FN ${key}`);
  }
  if (note.fp === 0 && note.fn === 0) exact++;
}

const ratio = (num: number, den: number): string => (den === 0 ? 'n/a' : (num / den).toFixed(2));
const f1 = ({ tp, fp, fn }: Counts): string => ratio(2 * tp, 2 * tp + fp + fn);

const total: Counts = { tp: 0, fp: 0, fn: 0 };
console.log(`notes: ${fixtures.length}`);
for (const rule of [...byRule.keys()].sort()) {
  const c = byRule.get(rule) as Counts;
  total.tp += c.tp;
  total.fp += c.fp;
  total.fn += c.fn;
  console.log(`${rule}: P=${ratio(c.tp, c.tp + c.fp)} R=${ratio(c.tp, c.tp + c.fn)} F1=${f1(c)} (${c.tp}/${c.fp}/${c.fn})`);
}
console.log(`overall: P=${ratio(total.tp, total.tp + total.fp)} R=${ratio(total.tp, total.tp + total.fn)} F1=${f1(total)} (${total.tp}/${total.fp}/${total.fn})`);
console.log(`agreement: ${ratio(total.tp, total.tp + total.fp + total.fn)} (findings agreed / findings either side)`);
console.log(`notes-exact: ${exact}/${fixtures.length}`);
if (perNote && noteLines.length > 0) {
  console.log('disagreements:');
  for (const line of noteLines) console.log(line);
}
