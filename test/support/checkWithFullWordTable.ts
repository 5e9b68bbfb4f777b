// Run in a child process by wordIdsFull.test.ts: fills the word-id table with words no note has, then
// checks the notes given on stdin, so that their words get no id (NO_WORD_ID) and the matcher reads
// them by their text. Prints each note's findings and mentions (summarizeCheck) and how many tokens had no id.
import { readFileSync } from 'node:fs';
import { tokenize } from '../../src/core/clinical/normalize';
import { NO_WORD_ID } from '../../src/core/text/wordIds';
import { summarizeCheck } from './wordIdSummary';

const FILLER_WORDS = 100_000;
const filler = Array.from({ length: FILLER_WORDS }, (_, k) => `zq${k.toString(36)}`).join(' ');
tokenize(filler);
const notes = JSON.parse(readFileSync(0, 'utf8')) as string[];
const summaries = notes.map(summarizeCheck);
// How many of the notes' tokens went without an id: the test needs the fallback to have been taken.
const withoutId = notes.flatMap((note) => tokenize(note)).filter((tok) => tok.id === NO_WORD_ID).length;
process.stdout.write(JSON.stringify({ withoutId, summaries }));
