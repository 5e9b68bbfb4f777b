// The notes the benchmark runs on: test/fixtures/*.md (comments blanked), realistic generated
// variants when there are few fixtures, and optionally a directory of .md files or a CSV of notes.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface BenchNote {
  readonly name: string;
  readonly text: string;
}

/** Blank `<!-- ... -->` comments (expectations in fixtures) so their words are not read as findings. */
export function blankComments(text: string): string {
  return text.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\r\n]/g, ' '));
}

/** A data folder's README describes its notes and is not one (../shared/data/nbme-dev has one). */
function isNoteFile(file: string): boolean {
  return file.endsWith('.md') && file.toLowerCase() !== 'readme.md';
}

export function loadMarkdownDir(dir: string): BenchNote[] {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) return [];
  return fs
    .readdirSync(dir)
    .filter(isNoteFile)
    .sort()
    .map((file) => ({ name: file, text: blankComments(fs.readFileSync(path.join(dir, file), 'utf8')) }))
    .filter((note) => note.text.trim().length > 0);
}

/** RFC 4180-ish CSV: quoted fields, doubled quotes, newlines inside quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let at = 0; at < text.length; at++) {
    const char = text[at] as string;
    if (quoted) {
      if (char === '"' && text[at + 1] === '"') {
        field += '"';
        at++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[at + 1] === '\n') at++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field.length > 0 || row.length > 0) rows.push([...row, field]);
  return rows.filter((cells) => cells.some((cell) => cell.length > 0));
}

const NOTE_COLUMN = /^(pn_history|note|notes|text|note_text)$/i;

/**
 * The notes of a CSV: the column named like a note (pn_history, note, text), else the longest one.
 * `namedOnly`: a CSV with no column named like a note has none (a directory's other tables, such as
 * NBME's annotations and features, hold no notes).
 */
export function loadCsvNotes(file: string, namedOnly = false): BenchNote[] {
  const [header, ...rows] = parseCsv(fs.readFileSync(file, 'utf8'));
  if (!header || rows.length === 0) return [];
  const named = header.findIndex((cell) => NOTE_COLUMN.test(cell.trim()));
  if (named < 0 && namedOnly) return [];
  const lengthOf = (column: number): number => rows.reduce((sum, cells) => sum + (cells[column]?.length ?? 0), 0);
  const column = named >= 0 ? named : header.map((_, index) => index).sort((a, b) => lengthOf(b) - lengthOf(a))[0] ?? 0;
  return rows
    .map((cells, index) => ({ name: `${path.basename(file)}#${index + 1}`, text: cells[column] ?? '' }))
    .filter((note) => note.text.trim().length > 0);
}

/**
 * Notes from a path argument: a directory of .md files and of CSVs with a note column, a .csv file
 * (its note column, else its longest) or one .md file.
 */
export function loadExtra(target: string): BenchNote[] {
  if (!fs.existsSync(target)) throw new Error(`${target}: no such file or directory`);
  if (fs.statSync(target).isDirectory()) {
    const csvs = fs.readdirSync(target).filter((file) => file.endsWith('.csv')).sort();
    return [...loadMarkdownDir(target), ...csvs.flatMap((file) => loadCsvNotes(path.join(target, file), true))];
  }
  if (target.endsWith('.csv')) return loadCsvNotes(target);
  return [{ name: path.basename(target), text: blankComments(fs.readFileSync(target, 'utf8')) }];
}

// ---------------------------------------------------------------------------------------------
// Generated notes: realistic Step 2 CS notes for several complaints, with deterministic variation.

interface Case {
  readonly complaint: string;
  readonly hpi: string;
  readonly denies: readonly string[];
  readonly pmh: string;
  readonly meds: string;
  readonly sh: string;
  readonly fh: string;
  readonly exam: readonly string[];
  readonly ddx: ReadonlyArray<readonly [string, string, string]>;
  readonly workup: readonly string[];
}

const CASES: readonly Case[] = [
  {
    complaint: 'chest-pain',
    hpi: '{age} yo {sex} c/o chest pain x {n} hours. Substernal, pressure-like, 7/10, radiating to the left arm, started while climbing stairs, not relieved by rest. Associated with shortness of breath and sweating.',
    denies: ['fever', 'cough', 'palpitations', 'leg swelling', 'recent travel', 'syncope', 'hemoptysis'],
    pmh: 'Hypertension x 10 years, hyperlipidemia.',
    meds: 'Lisinopril 10 mg daily, atorvastatin 20 mg daily.',
    sh: 'Smokes 1 ppd x 30 years, 2 beers/week, no illicit drugs.',
    fh: 'Father had MI at 60.',
    exam: ['General: Diaphoretic, in mild distress.', 'Heart: RRR, no murmurs, rubs or gallops. PMI nondisplaced.', 'Lungs: Clear to auscultation bilaterally.', 'Extremities: No edema, pulses 2+ and symmetric.'],
    ddx: [
      ['Acute coronary syndrome', 'substernal pressure radiating to left arm, exertional onset, smoker, HTN', 'diaphoresis, tachycardia'],
      ['Aortic dissection', 'severe chest pain, hypertension', 'elevated BP'],
      ['Pulmonary embolism', 'chest pain with shortness of breath', 'tachycardia, tachypnea'],
    ],
    workup: ['ECG', 'Serum troponin', 'Chest x-ray', 'CT angiography of the chest', 'CBC', 'BMP'],
  },
  {
    complaint: 'headache',
    hpi: '{age} yo {sex} c/o headache x {n} days. Bilateral, band-like, 5/10, worse in the evening and with stress, improved with ibuprofen. Gradual onset. Associated with neck stiffness in the morning.',
    denies: ['fever', 'vomiting', 'vision changes', 'weakness', 'numbness', 'confusion', 'worst headache of life', 'weight loss'],
    pmh: 'None.',
    meds: 'Ibuprofen as needed, OCP.',
    sh: 'Works as a lawyer, long hours. No smoking, social alcohol, no drugs.',
    fh: 'Mother with migraines.',
    exam: ['General: NAD.', 'HEENT: No sinus tenderness, fundoscopy normal, no papilledema.', 'Neck: Supple, no meningeal signs.', 'Neuro: CN 2-12 intact, strength 5/5, sensation intact, reflexes 2+ symmetric, gait normal, Romberg negative.'],
    ddx: [
      ['Tension-type headache', 'band-like bilateral pain, stress, evening worsening', 'normal neuro exam'],
      ['Migraine', 'family history of migraines, OCP use', 'no focal deficits'],
      ['Medication overuse headache', 'daily ibuprofen', 'normal exam'],
    ],
    workup: ['CBC', 'ESR', 'MRI brain', 'CT head'],
  },
  {
    complaint: 'abdominal-pain',
    hpi: '{age} yo {sex} c/o abdominal pain x {n} days. Started periumbilical, now in the right lower quadrant, sharp, 8/10, constant, worse with movement. Associated with nausea and loss of appetite.',
    denies: ['diarrhea', 'blood in stool', 'dysuria', 'vaginal discharge', 'hematuria', 'jaundice', 'chest pain'],
    pmh: 'None.',
    meds: 'None.',
    sh: 'College student, no smoking, occasional alcohol, sexually active with one partner, uses condoms.',
    fh: 'Non-contributory.',
    exam: ['General: Lying still, uncomfortable.', 'Abdomen: Tenderness in the RLQ, positive McBurney point tenderness, positive psoas and Rovsing signs, guarding, no rebound. Bowel sounds decreased.', 'Back: No CVA tenderness.'],
    ddx: [
      ['Acute appendicitis', 'periumbilical pain migrating to RLQ, anorexia, nausea', 'McBurney tenderness, psoas and Rovsing signs'],
      ['Ectopic pregnancy', 'sexually active, lower abdominal pain', 'RLQ tenderness'],
      ['Ovarian torsion', 'acute lower quadrant pain, nausea', 'RLQ tenderness, guarding'],
    ],
    workup: ['Urine hCG', 'CBC with differential', 'Urinalysis', 'CT abdomen and pelvis with contrast', 'Pelvic ultrasound', 'Pelvic exam'],
  },
  {
    complaint: 'shortness-of-breath',
    hpi: '{age} yo {sex} c/o shortness of breath x {n} days, progressive, now with minimal exertion. Needs 3 pillows to sleep, wakes up at night short of breath. Associated with leg swelling and weight gain.',
    denies: ['chest pain', 'fever', 'hemoptysis', 'recent travel', 'syncope'],
    pmh: 'Prior MI 3 years ago, type 2 diabetes.',
    meds: 'Metformin, aspirin, metoprolol.',
    sh: 'Former smoker, quit 5 years ago, 40 pack-years. No alcohol.',
    fh: 'Brother with heart failure.',
    exam: ['General: Mild respiratory distress.', 'Neck: JVD to the angle of the jaw.', 'Heart: S3 gallop, regular rhythm.', 'Lungs: Bibasilar crackles.', 'Extremities: 2+ pitting edema to the knees.'],
    ddx: [
      ['Congestive heart failure', 'orthopnea, PND, leg swelling, prior MI', 'JVD, S3, crackles, pitting edema'],
      ['COPD exacerbation', '40 pack-year smoking history, dyspnea', 'crackles'],
      ['Pulmonary embolism', 'dyspnea, leg swelling', 'tachypnea'],
    ],
    workup: ['Chest x-ray', 'BNP', 'ECG', 'Echocardiogram', 'Troponin', 'BMP'],
  },
  {
    complaint: 'back-pain',
    hpi: '{age} yo {sex} c/o low back pain x {n} weeks after lifting a heavy box. Dull, 6/10, radiating down the back of the left leg to the foot, worse with bending and sitting, better lying down.',
    denies: ['bowel incontinence', 'urinary retention', 'saddle anesthesia', 'fever', 'weight loss', 'night pain', 'trauma'],
    pmh: 'None.',
    meds: 'Acetaminophen as needed.',
    sh: 'Warehouse worker. No smoking, no IV drug use.',
    fh: 'Non-contributory.',
    exam: ['General: Moves slowly, in pain.', 'Back: Paraspinal muscle tenderness, no midline spinal tenderness, limited flexion.', 'Neuro: Straight leg raise positive on the left at 40 degrees. Strength 5/5, sensation intact, reflexes 2+ except decreased left ankle reflex. Gait normal.'],
    ddx: [
      ['Lumbar disc herniation', 'radiation down the left leg after lifting, worse with sitting', 'positive straight leg raise, decreased ankle reflex'],
      ['Lumbar muscle strain', 'lifting injury, dull pain', 'paraspinal tenderness'],
      ['Spinal stenosis', 'back pain with leg symptoms', 'limited flexion'],
    ],
    workup: ['MRI lumbar spine', 'X-ray lumbar spine', 'CBC', 'ESR'],
  },
  {
    complaint: 'palpitations',
    hpi: '{age} yo {sex} c/o palpitations x {n} weeks, episodes of racing heart lasting minutes, several times a day, with tremor, heat intolerance and 10 lb weight loss despite good appetite.',
    denies: ['chest pain', 'syncope', 'shortness of breath', 'caffeine use', 'drug use'],
    pmh: 'None.',
    meds: 'None.',
    sh: 'Teacher. No smoking, no alcohol, no drugs. Drinks 1 cup of coffee a day.',
    fh: 'Mother with hypothyroidism.',
    exam: ['General: Anxious, fidgety.', 'HEENT: Lid lag, no exophthalmos.', 'Neck: Diffusely enlarged, nontender thyroid, no nodules.', 'Heart: Tachycardic, regular, no murmurs.', 'Neuro: Fine tremor of the outstretched hands, reflexes 3+.'],
    ddx: [
      ['Hyperthyroidism', 'heat intolerance, weight loss, tremor', 'enlarged thyroid, tremor, brisk reflexes'],
      ['Panic disorder', 'episodic racing heart', 'anxious appearance'],
      ['Supraventricular tachycardia', 'episodic palpitations', 'tachycardia'],
    ],
    workup: ['TSH', 'Free T4', 'ECG', 'CBC', 'Holter monitor'],
  },
];

/** A small deterministic PRNG (mulberry32) so generated notes are the same on every run. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function subset<T>(random: () => number, items: readonly T[], min: number): T[] {
  const kept = items.filter(() => random() < 0.75);
  return kept.length >= min ? kept : items.slice(0, min);
}

/** One realistic note: the case's content, varied in demographics, negatives, headings and completeness. */
export function generateNote(caseIndex: number, seed: number): BenchNote {
  const random = prng(seed * 7919 + caseIndex);
  const c = CASES[caseIndex % CASES.length] as Case;
  const sex = pick(random, ['M', 'F']);
  const hpi = c.hpi.replace('{age}', String(20 + Math.floor(random() * 55))).replace('{sex}', sex).replace('{n}', String(1 + Math.floor(random() * 6)));
  const h = random() < 0.7 ? '##' : '#';
  const vitals = `VS: BP ${110 + Math.floor(random() * 50)}/${70 + Math.floor(random() * 25)}, HR ${60 + Math.floor(random() * 50)}, RR ${12 + Math.floor(random() * 10)}, T ${(97.5 + random() * 3).toFixed(1)} F, SpO2 ${93 + Math.floor(random() * 7)}% on RA.`;
  const dxCount = 1 + Math.floor(random() * c.ddx.length);
  const lines = [
    '---',
    'csnote: 1',
    `complaint: ${c.complaint}`,
    '---',
    '',
    `${h} History`,
    '',
    `HPI: ${hpi} Denies ${subset(random, c.denies, 2).join(', ')}.`,
    `ROS: ${random() < 0.5 ? 'Negative except as above.' : `No ${pick(random, ['rash', 'joint pain', 'headache', 'abdominal pain'])}, no ${pick(random, ['dysuria', 'cough', 'fatigue'])}.`}`,
    `PMH: ${c.pmh}`,
    `PSH: ${random() < 0.6 ? 'None.' : 'Appendectomy at 12.'}`,
    `Meds: ${c.meds}`,
    'Allergies: NKDA.',
    `SH: ${c.sh}`,
    `FH: ${c.fh}`,
    '',
    `${h} Physical Examination`,
    '',
    ...(random() < 0.9 ? [vitals] : []),
    ...subset(random, c.exam, 1),
    '',
    `${h} ${random() < 0.7 ? 'Data Interpretation' : 'Differential Diagnosis'}`,
    '',
    ...c.ddx.slice(0, dxCount).flatMap(([dx, history, pe], index) =>
      h === '##' ? [`### ${index + 1}. ${dx}`, `- History: ${history}`, `- PE: ${pe}`, ''] : [`${index + 1}. ${dx}`, `   - History: ${history}`, `   - PE: ${pe}`],
    ),
    '',
    `${h} Diagnostic Studies`,
    '',
    ...subset(random, c.workup, 2).map((test) => `- ${test}`),
    '',
  ];
  const text = lines.join(random() < 0.1 ? '\r\n' : '\n');
  return { name: `generated-${c.complaint}-${seed}.md`, text };
}

export function generateNotes(count: number): BenchNote[] {
  return Array.from({ length: count }, (_, index) => generateNote(index % CASES.length, Math.floor(index / CASES.length) + 1));
}

/** What the typing figure types, one character a keystroke: a pertinent negative added to the history. */
const TYPED = ' Denies fever, chills and weight loss.';

/**
 * The versions of a note an editor checks while a sentence is typed into it: the note with one, two,
 * ... characters of TYPED inserted at the end of the line a third of the way down (in the history of
 * most notes), one version a keystroke.
 */
export function typingVersions(text: string): string[] {
  const third = Math.floor(text.length / 3);
  const lineEnd = text.indexOf('\n', third);
  const at = lineEnd === -1 ? text.length : text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
  return Array.from({ length: TYPED.length }, (_, k) => text.slice(0, at) + TYPED.slice(0, k + 1) + text.slice(at));
}

/** A long but plausible note of about `bytes` characters: a generated note with a fuller HPI and exam. */
export function noteOfSize(bytes: number): BenchNote {
  const base = generateNote(0, 1).text;
  const extra = [
    'Pain first noticed at rest this morning, lasted 20 minutes, recurred twice since.',
    'Took an antacid without relief.',
    'Had a similar but milder episode a week ago while shovelling snow.',
    'Reports fatigue over the past month and decreased exercise tolerance.',
    'Last physical a year ago, told cholesterol was high.',
    'Sleeps 6 hours a night, no snoring reported by wife.',
  ];
  let text = base;
  let at = 0;
  while (text.length < bytes) {
    const sentence = extra[at % extra.length] as string;
    text = text.replace(/(HPI: [^\n]*)/, `$1 ${sentence}`);
    if (at % 3 === 2) text = text.replace(/(Extremities: [^\n]*)/, '$1 Capillary refill under 2 seconds.');
    at++;
  }
  return { name: `generated-${bytes}b.md`, text };
}
