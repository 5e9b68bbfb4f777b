// Evaluate the findings matcher on real examinee notes: the NBME "Score Clinical Patient Notes"
// development data (History texts + rubric annotations). The data is read at run time from the
// folder given on the command line and never copied into the project.
//
//   npm run eval:nbme -- ../shared/data/nbme-dev
//
// Output lines are `name: value`, stable and greppable.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { checkNote } from '../src/core/check/checkNote';
import { builtinKnowledge } from '../src/core/clinical/data/index';
import { findMentions } from '../src/core/clinical/matcher';
import { compileLexicon } from '../src/core/clinical/compiledLexicon';
import type { Mention } from '../src/core/clinical/mention';

type Polarity = 'affirmed' | 'negated';

interface MappedFeature {
  readonly feature: string;
  readonly case: number;
  readonly about: string;
  readonly concepts: readonly string[];
  readonly polarity: Polarity;
}

interface FeatureMap {
  readonly features: readonly MappedFeature[];
  readonly excluded: readonly { readonly feature: string; readonly reason: string }[];
}

/** One annotated span: its text (parts joined by a space) and its character ranges in the note. */
interface AnnotatedSpan {
  readonly text: string;
  readonly ranges: readonly { readonly start: number; readonly end: number }[];
}

interface AnnotationRow {
  readonly caseNum: number;
  readonly pnNum: string;
  readonly feature: string;
  readonly spans: readonly AnnotatedSpan[];
}

/** Every span and note is from the History field (pn_history), read as checkNote reads a History. */
const HISTORY = { signedLines: true } as const;

function fail(message: string): never {
  process.stderr.write(`eval:nbme: ${message}\n`);
  process.stderr.write('usage: npm run eval:nbme -- <folder with features.csv, annotations.csv, patient_notes_case0.csv>\n');
  process.exit(2);
}

/**
 * Parse a Python list literal of strings, e.g. `['a', "it's", 'x\'y']`. Items are single- or
 * double-quoted; backslash escapes the next character.
 */
export function parsePythonStringList(src: string): string[] {
  const s = src.trim();
  if (!s.startsWith('[') || !s.endsWith(']')) throw new Error(`not a list: ${s.slice(0, 40)}`);
  const out: string[] = [];
  let i = 1;
  const end = s.length - 1;
  while (i < end) {
    const c = s[i] as string;
    if (c === ' ' || c === ',' || c === '\n' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c !== "'" && c !== '"') throw new Error(`unexpected ${JSON.stringify(c)} at ${i} in list`);
    const quote = c;
    let item = '';
    i++;
    while (i < end && s[i] !== quote) {
      if (s[i] === '\\' && i + 1 < end) {
        const n = s[i + 1] as string;
        item += n === 'n' ? '\n' : n === 't' ? '\t' : n;
        i += 2;
      } else {
        item += s[i];
        i++;
      }
    }
    if (s[i] !== quote) throw new Error('unterminated string in list');
    out.push(item);
    i++;
  }
  return out;
}

function parseRanges(loc: string): { start: number; end: number }[] {
  return loc
    .split(';')
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => {
      const [a, b] = p.split(/\s+/).map(Number);
      if (!Number.isInteger(a) || !Number.isInteger(b)) throw new Error(`bad location ${JSON.stringify(p)}`);
      return { start: a as number, end: b as number };
    });
}

function readCsv(path: string): Record<string, string>[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, relax_quotes: false }) as Record<string, string>[];
}

function ratio(k: number, n: number): string {
  return n === 0 ? 'n/a' : (k / n).toFixed(2);
}

function ratio3(k: number, n: number): string {
  return n === 0 ? 'n/a' : (k / n).toFixed(3);
}

function main(): void {
  const arg = process.argv[2];
  if (!arg) fail('missing the data folder argument');
  const dir = resolve(process.cwd(), arg);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) fail(`no such folder: ${dir}`);
  const files = ['features.csv', 'annotations.csv', 'patient_notes_case0.csv'];
  for (const f of files) if (!existsSync(resolve(dir, f))) fail(`missing ${f} in ${dir}`);

  const map = JSON.parse(readFileSync(resolve(__dirname, 'nbme-feature-map.json'), 'utf8')) as FeatureMap;
  const featureText = new Map<string, string>();
  for (const r of readCsv(resolve(dir, 'features.csv'))) featureText.set(r['feature_num'] as string, r['feature_text'] as string);

  const known = new Set(builtinKnowledge.findings.map((f) => f.id));
  for (const m of map.features) for (const c of m.concepts) if (!known.has(c)) fail(`map: unknown concept ${c} (feature ${m.feature})`);
  const mapped = new Map(map.features.map((m) => [m.feature, m]));
  const unlisted = [...featureText.keys()].filter((f) => !mapped.has(f) && !map.excluded.some((e) => e.feature === f));

  const rows: AnnotationRow[] = [];
  let listErrors = 0;
  for (const r of readCsv(resolve(dir, 'annotations.csv'))) {
    try {
      const texts = parsePythonStringList(r['annotation'] as string);
      const locs = parsePythonStringList(r['location'] as string);
      if (texts.length !== locs.length) throw new Error('annotation/location length mismatch');
      rows.push({
        caseNum: Number(r['case_num']),
        pnNum: String(Number(r['pn_num'])),
        feature: r['feature_num'] as string,
        spans: texts.map((t, k) => ({ text: t.replace(/\s+/g, ' ').trim(), ranges: parseRanges(locs[k] as string) })),
      });
    } catch {
      listErrors++;
    }
  }

  const lexicon = compileLexicon(builtinKnowledge.findings);
  const hit = (mentions: readonly Mention[], f: MappedFeature): boolean =>
    mentions.some((m) => f.concepts.includes(m.concept) && m.polarity === f.polarity);

  // 1. Span-level recognition.
  const perFeature = new Map<string, { k: number; n: number }>();
  const misses: string[] = [];
  for (const row of rows) {
    const f = mapped.get(row.feature);
    if (!f) continue;
    const acc = perFeature.get(f.feature) ?? { k: 0, n: 0 };
    for (const span of row.spans) {
      acc.n++;
      if (hit(findMentions(span.text, lexicon, undefined, HISTORY), f)) acc.k++;
      else misses.push(`${f.feature}\t${span.text}`);
    }
    perFeature.set(f.feature, acc);
  }

  console.log(`data: ${dir}`);
  console.log(`features: ${featureText.size}`);
  console.log(`features mapped: ${map.features.length}`);
  console.log(`features excluded: ${map.excluded.length}`);
  console.log(`features unlisted: ${unlisted.length}${unlisted.length ? ` (${unlisted.join(' ')})` : ''}`);
  console.log(`annotation rows: ${rows.length}`);
  console.log(`annotation list parse errors: ${listErrors}`);
  let all = { k: 0, n: 0 };
  let neg = { k: 0, n: 0 };
  for (const f of map.features) {
    const acc = perFeature.get(f.feature) ?? { k: 0, n: 0 };
    console.log(`feature ${f.feature} ${featureText.get(f.feature) ?? f.about}: recognised ${acc.k}/${acc.n} = ${ratio(acc.k, acc.n)}`);
    all = { k: all.k + acc.k, n: all.n + acc.n };
    if (f.polarity === 'negated') neg = { k: neg.k + acc.k, n: neg.n + acc.n };
  }
  console.log(`overall recognised: ${all.k}/${all.n} = ${ratio3(all.k, all.n)}`);
  console.log(`pertinent negatives recognised: ${neg.k}/${neg.n} = ${ratio3(neg.k, neg.n)}`);

  // 2. In context, case 0: mentions over the full note that overlap the annotated span.
  const notes = new Map<string, string>();
  for (const r of readCsv(resolve(dir, 'patient_notes_case0.csv'))) notes.set(String(Number(r['pn_num'])), r['pn_history'] as string);
  const noteMentions = new Map<string, Mention[]>();
  const mentionsOf = (pn: string): Mention[] => {
    let m = noteMentions.get(pn);
    if (!m) {
      m = findMentions(notes.get(pn) ?? '', lexicon, undefined, HISTORY);
      noteMentions.set(pn, m);
    }
    return m;
  };
  let ctx = { k: 0, n: 0 };
  let ctxNeg = { k: 0, n: 0 };
  for (const row of rows) {
    const f = mapped.get(row.feature);
    if (!f || row.caseNum !== 0 || !notes.has(row.pnNum)) continue;
    const mentions = mentionsOf(row.pnNum);
    for (const span of row.spans) {
      const overlapping = mentions.filter((m) => span.ranges.some((r) => m.span.start < r.end && r.start < m.span.end));
      const ok = hit(overlapping, f) ? 1 : 0;
      if (!ok) misses.push(`ctx ${f.feature}\t${span.text}`);
      ctx = { k: ctx.k + ok, n: ctx.n + 1 };
      if (f.polarity === 'negated') ctxNeg = { k: ctxNeg.k + ok, n: ctxNeg.n + 1 };
    }
  }
  console.log(`case 0 in context recognised: ${ctx.k}/${ctx.n} = ${ratio3(ctx.k, ctx.n)}`);
  console.log(`case 0 in context pertinent negatives recognised: ${ctxNeg.k}/${ctxNeg.n} = ${ratio3(ctxNeg.k, ctxNeg.n)}`);

  // 3. Full notes: checkNote never throws; "documented" precision and recall on annotated notes.
  let checkErrors = 0;
  for (const [, text] of notes) {
    try {
      checkNote(text);
      checkNote(`## History\n${text}\n`);
    } catch {
      checkErrors++;
    }
  }
  console.log(`case 0 notes checked: ${notes.size}`);
  console.log(`case 0 check errors: ${checkErrors}`);
  const annotatedNotes = new Set(rows.filter((r) => r.caseNum === 0 && notes.has(r.pnNum)).map((r) => r.pnNum));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const row of rows) {
    const f = mapped.get(row.feature);
    if (!f || row.caseNum !== 0 || !annotatedNotes.has(row.pnNum)) continue;
    const predicted = mentionsOf(row.pnNum).some((m) => f.concepts.includes(m.concept));
    const truth = row.spans.length > 0;
    if (predicted && truth) tp++;
    else if (predicted) {
      fp++;
      misses.push(`fp ${f.feature}\tpn ${row.pnNum}`);
    } else if (truth) fn++;
    else tn++;
  }
  console.log(`case 0 annotated notes: ${annotatedNotes.size}`);
  console.log(`documented tp: ${tp}`);
  console.log(`documented fp: ${fp}`);
  console.log(`documented fn: ${fn}`);
  console.log(`documented tn: ${tn}`);
  console.log(`documented precision: ${ratio3(tp, tp + fp)}`);
  console.log(`documented recall: ${ratio3(tp, tp + fn)}`);
  if (process.env['NBME_EVAL_MISSES']) for (const m of misses) process.stderr.write(`miss ${m}\n`);
}

main();
