// Custom checklists: a red flag added in .csnote/checklists.json shows up as a diagnostic; an
// invalid file gets a diagnostic at the error (and the built-in checklists stay in force).
import * as vscode from 'vscode';
import * as assert from './support/assert';
import { extension, fixtureUri } from './support/workspace';
import { CHECKLISTS_PATH, codeOf, deleteFixture, readFixture, restoreFixture, waitFor, writeFixture } from './logSupport';

const NOTE = 'zebra-custom.note.md';

const NOTE_TEXT = `---
csnote: true
complaint: zebra-complaint
---

# History

HPI: 30 yo F c/o zebra complaint x 2 days. Denies fever.
ROS: Negative except as above.

# Physical Examination

VS: BP 120/80, HR 70, RR 14, T 98.6 F.

# Differential Diagnosis

1. Viral syndrome
   - History: fever

# Diagnostic Studies

- CBC
`;

const CUSTOM = {
  complaints: [
    {
      id: 'zebra-complaint',
      label: 'Zebra complaint',
      aliases: ['zebra complaint'],
      redFlags: [{ finding: 'zebra-stripes', why: 'Custom red flag from the test.', section: 'hpi' }],
    },
  ],
  findings: [{ id: 'zebra-stripes', label: 'striped skin', synonyms: ['striped skin', 'zebra stripes'], kind: 'symptom' }],
};

suite('Custom checklists', () => {
  let previous: string | undefined;

  suiteSetup(async () => {
    await extension().activate();
    previous = await readFixture(...CHECKLISTS_PATH);
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await deleteFixture(NOTE);
    await restoreFixture(previous, ...CHECKLISTS_PATH);
  });

  test('a red flag added in .csnote/checklists.json is reported as missing', async () => {
    await writeFixture(JSON.stringify(CUSTOM, null, 2), ...CHECKLISTS_PATH);
    const noteUri = await writeFixture(NOTE_TEXT, NOTE);
    const document = await vscode.workspace.openTextDocument(noteUri);
    await vscode.window.showTextDocument(document);
    const diagnostic = await waitFor(
      () => vscode.languages.getDiagnostics(noteUri).find((d) => codeOf(d) === 'missing-red-flag' && d.message.includes('striped skin')),
      'a missing-red-flag diagnostic for the custom red flag',
      20000,
    );
    assert.ok(diagnostic.message.includes('Zebra complaint'), diagnostic.message);
  });

  test('an invalid checklists file gets a diagnostic at the error', async () => {
    const text = '{\n  "complaints": [\n    { "id": "chest-pain", "addRedFlags": [{ "finding": "no-such-finding", "why": "x" }] }\n  ]\n}\n';
    const uri = await writeFixture(text, ...CHECKLISTS_PATH);
    const diagnostic = await waitFor(() => vscode.languages.getDiagnostics(uri).find((d) => d.source === 'cs-note checklists'), 'a diagnostic on .csnote/checklists.json', 20000);
    assert.ok(diagnostic.message.includes('no-such-finding'), diagnostic.message);
    assert.strictEqual(diagnostic.range.start.line, 2, 'on the line of the unknown id');
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(fixtureUri(...CHECKLISTS_PATH).toString() === uri.toString());
  });
});
