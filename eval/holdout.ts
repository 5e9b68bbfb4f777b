// Out-of-sample agreement of the missing-red-flag rule with a human judgement, on notes written
// after the checker (test/holdout/*.md). Each note's first line records, before any checker run,
// which red flags of its complaint the History documents neither as present nor as absent:
//   <!-- holdout-missing-red-flags: syncope, calf-pain -->
// The judgement is the reference: TP = judged missing and reported, FP = reported but judged
// documented, FN = judged missing and not reported. Unlike eval:fixtures, nothing here was
// reconciled with the checker.
//
//   npm run eval:holdout            # test/holdout
//   npm run eval:holdout -- DIR     # another folder
//
// Output lines are `name: value`, stable and greppable.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkNote } from '../src/core/check/checkNote';
import { HOLDOUT_DIR, loadHoldout } from '../test/support/holdout';

const RULE = 'missing-red-flag';

const dir = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
const folder = dir ? resolve(dir) : HOLDOUT_DIR;
if (!existsSync(folder)) {
  process.stderr.write(`eval:holdout: no folder ${folder}\nusage: npm run eval:holdout [-- FOLDER]\n`);
  process.exit(2);
}
const notes = loadHoldout(folder);

const total = { tp: 0, fp: 0, fn: 0 };
let exact = 0;
let judgedNotes = 0;
for (const note of notes) {
  if (note.judged === undefined) {
    console.log(`note: ${note.name} no-judgement (skipped)`);
    continue;
  }
  judgedNotes++;
  const result = checkNote(note.text);
  const reported = new Set<string>();
  for (const finding of result.findings) {
    const redFlag = finding.data['redFlag'];
    if (finding.rule === RULE && typeof redFlag === 'string') reported.add(redFlag);
  }
  const judged = new Set(note.judged);
  const tp = [...reported].filter((id) => judged.has(id));
  const fp = [...reported].filter((id) => !judged.has(id));
  const fn = [...judged].filter((id) => !reported.has(id));
  total.tp += tp.length;
  total.fp += fp.length;
  total.fn += fn.length;
  if (fp.length === 0 && fn.length === 0) exact++;
  console.log(
    `note: ${note.name} complaint=${result.complaint ?? 'none'} (${result.complaintSource}) judged=${judged.size} reported=${reported.size} tp=${tp.length} fp=${fp.length} fn=${fn.length}`,
  );
  for (const id of fp) console.log(`  FP ${id} (reported, judged documented)`);
  for (const id of fn) console.log(`  FN ${id} (judged missing, not reported)`);
}

const ratio = (num: number, den: number): string => (den === 0 ? 'n/a' : (num / den).toFixed(2));
console.log(`notes: ${judgedNotes}`);
console.log(`${RULE}.tp: ${total.tp}`);
console.log(`${RULE}.fp: ${total.fp}`);
console.log(`${RULE}.fn: ${total.fn}`);
console.log(`${RULE}.precision: ${ratio(total.tp, total.tp + total.fp)}`);
console.log(`${RULE}.recall: ${ratio(total.tp, total.tp + total.fn)}`);
console.log(`${RULE}.f1: ${ratio(2 * total.tp, 2 * total.tp + total.fp + total.fn)}`);
console.log(`${RULE}.notes-exact: ${exact}/${judgedNotes}`);
