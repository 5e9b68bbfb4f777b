// Pure builder of a new practice note in the official Step 2 CS sections (no vscode import: unit-tested).

export interface TemplateComplaint {
  readonly id: string;
  readonly label: string;
  /** Review-of-systems systems of the complaint; they decide which exam systems are listed. */
  readonly rosSystems?: readonly string[];
}

export interface BuiltTemplate {
  readonly text: string;
  /** Offset where the cursor goes: right after "HPI: ". */
  readonly cursorOffset: number;
  readonly fileName: string;
}

const EXAM_LABELS: Readonly<Record<string, string>> = {
  cardiovascular: 'Heart',
  respiratory: 'Lungs',
  gastrointestinal: 'Abdomen',
  neurological: 'Neuro',
  musculoskeletal: 'Extremities',
  skin: 'Skin',
  ent: 'HEENT',
  eyes: 'HEENT',
  psychiatric: 'Mental status',
  endocrine: 'Neck',
  hematologic: 'Lymph nodes',
};

// Heart and lungs are examined in every encounter; the rest only when the complaint calls for them.
const ALWAYS = ['Heart', 'Lungs'];

export function examSystemsFor(rosSystems: readonly string[] | undefined): string[] {
  const systems = [...ALWAYS];
  for (const system of rosSystems ?? ['gastrointestinal']) {
    const label = EXAM_LABELS[system];
    if (label && !systems.includes(label)) systems.push(label);
  }
  return systems;
}

export function slugify(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'note';
}

/** Local date as YYYY-MM-DD (the date the student sees, not UTC). */
export function isoDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function noteFileName(date: Date, complaintId: string, attempt = 1): string {
  return `${isoDate(date)}-${slugify(complaintId)}${attempt > 1 ? `-${attempt}` : ''}.note.md`;
}

export function buildTemplate(complaint: TemplateComplaint, date: Date, eol = '\n'): BuiltTemplate {
  const diagnosis = (n: number): string[] => [`### ${n}. `, '- History: ', '- PE: ', ''];
  const head = ['---', 'csnote: 1', `complaint: ${complaint.id}`, `date: ${isoDate(date)}`, '---', '', '## History', '', 'HPI: '];
  const lines = [
    ...head,
    'ROS: ',
    'PMH: ',
    'Meds: ',
    'Allergies: ',
    'PSH: ',
    'SH: ',
    'FH: ',
    '',
    '## Physical Examination',
    '',
    'VS: ',
    'General: ',
    ...examSystemsFor(complaint.rosSystems).map((system) => `${system}: `),
    '',
    '## Data Interpretation',
    '',
    ...diagnosis(1),
    ...diagnosis(2),
    ...diagnosis(3),
    '## Diagnostic Studies',
    '',
    '- ',
    '',
  ];
  const text = lines.join(eol);
  const cursorOffset = head.join(eol).length;
  return { text, cursorOffset, fileName: noteFileName(date, complaint.id) };
}
