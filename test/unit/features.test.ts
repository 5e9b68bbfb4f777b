// Pure parts of the editor features: template, timer state machine, front matter, report HTML.
import * as assert from 'node:assert/strict';
import { escapeHtml, reportHtml } from '../../src/features/checkNote/reportHtml';
import { frontMatterValue, hasCsNoteFrontMatter, setFrontMatterValue, applyReplacement } from '../../src/features/frontMatter';
import { buildTemplate, noteFileName } from '../../src/features/template/buildTemplate';
import { timeUsedEdit } from '../../src/features/timer/timeUsed';
import { webviewPage } from '../../src/features/webviewHtml';
import * as timer from '../../src/features/timer/timerModel';

describe('template', () => {
  const date = new Date(2026, 0, 5);
  const built = buildTemplate({ id: 'chest-pain', label: 'Chest pain', rosSystems: ['cardiovascular', 'respiratory', 'gastrointestinal'] }, date);

  it('has front matter and the official sections in order', () => {
    assert.ok(built.text.startsWith('---\ncsnote: 1\ncomplaint: chest-pain\n'));
    const order = ['## History', 'HPI:', 'ROS:', 'PMH:', 'Meds:', 'Allergies:', 'PSH:', 'SH:', 'FH:', '## Physical Examination', 'VS:', 'General:', 'Heart:', 'Lungs:', 'Abdomen:', '## Data Interpretation', '### 1.', '- History:', '- PE:', '## Diagnostic Studies'];
    let at = -1;
    for (const part of order) {
      const next = built.text.indexOf(part, at + 1);
      assert.ok(next > at, `${part} after previous`);
      at = next;
    }
  });

  it('puts the cursor after "HPI: "', () => {
    assert.equal(built.text.slice(built.cursorOffset - 5, built.cursorOffset), 'HPI: ');
  });

  it('names files by date and complaint, numbering repeats', () => {
    assert.equal(built.fileName, '2026-01-05-chest-pain.note.md');
    assert.equal(noteFileName(date, 'Joint Pain!', 3), '2026-01-05-joint-pain-3.note.md');
  });
});

describe('timer model', () => {
  const options = { noteMinutes: 10, encounterMode: false, noteUri: 'file:///n.note.md' };

  it('counts down, pauses and resumes', () => {
    let state = timer.start(options, 0);
    assert.equal(timer.remaining(state, 60_000), 540_000);
    state = timer.pause(state, 60_000);
    assert.equal(timer.remaining(state, 500_000), 540_000);
    state = timer.resume(state, 500_000);
    assert.equal(timer.remaining(state, 510_000), 530_000);
  });

  it('warns at 2:00, errors at 1:00, ends at 0:00', () => {
    const state = timer.start(options, 0);
    assert.equal(timer.level(state, 479_000), 'normal');
    assert.equal(timer.level(state, 480_000), 'warning');
    assert.equal(timer.level(state, 540_000), 'error');
    assert.equal(timer.tick(state, 599_999).event, undefined);
    const ended = timer.tick(state, 600_000);
    assert.equal(ended.event, 'timeUp');
    assert.equal(ended.state.status, 'done');
    assert.equal(timer.timeUsedMs(ended.state, 700_000), 600_000);
  });

  it('adds unused encounter time to the note', () => {
    let state = timer.start({ ...options, encounterMode: true }, 0);
    assert.equal(state.phase, 'encounter');
    state = timer.endEncounter(state, 12 * 60_000);
    assert.equal(state.phase, 'note');
    assert.equal(timer.remaining(state, 12 * 60_000), 13 * 60_000);
  });

  it('moves from encounter to note at the end of the encounter', () => {
    const { state, event } = timer.tick(timer.start({ ...options, encounterMode: true }, 0), timer.ENCOUNTER_MS);
    assert.equal(event, 'encounterEnd');
    assert.equal(timer.remaining(state, timer.ENCOUNTER_MS), 600_000);
  });

  it('formats m:ss and revives persisted state', () => {
    assert.equal(timer.formatClock(119_001), '2:00');
    assert.equal(timer.formatClock(0), '0:00');
    assert.deepEqual(timer.revive(JSON.parse(JSON.stringify(timer.start(options, 5)))), timer.start(options, 5));
    assert.equal(timer.revive({ status: 'bogus' }).status, 'idle');
  });
});

describe('front matter', () => {
  it('detects csnote and reads keys', () => {
    const text = '---\ncsnote: 1\ncomplaint: headache\n---\n# x\n';
    assert.ok(hasCsNoteFrontMatter(text));
    assert.ok(!hasCsNoteFrontMatter('# csnote: 1\n'));
    assert.equal(frontMatterValue(text, 'complaint'), 'headache');
  });

  it('records timeUsed, replacing a previous value', () => {
    const text = '---\ncsnote: 1\n---\nHPI: x\n';
    const once = applyReplacement(text, timeUsedEdit(text, 454_000));
    assert.equal(once, '---\ncsnote: 1\ntimeUsed: 7:34\n---\nHPI: x\n');
    assert.equal(applyReplacement(once, timeUsedEdit(once, 60_000)), '---\ncsnote: 1\ntimeUsed: 1:00\n---\nHPI: x\n');
  });

  it('adds front matter to a plain Markdown file', () => {
    assert.equal(applyReplacement('# Note\n', setFrontMatterValue('# Note\n', 'csnote', '1')), '---\ncsnote: 1\n---\n\n# Note\n');
  });
});

describe('webview page', () => {
  const page = { cspSource: 'vscode-webview:', nonce: 'n1', title: 'A <b> title', style: 'h1 {}', body: '<h1>x</h1>' };

  it('allows only the nonce\'d style unless scripts or images are asked for', () => {
    assert.ok(webviewPage(page).includes(`content="default-src 'none'; style-src vscode-webview: 'nonce-n1';"`));
    assert.ok(
      webviewPage({ ...page, scripts: true, images: true }).includes(
        `content="default-src 'none'; img-src vscode-webview: data:; style-src vscode-webview: 'nonce-n1'; script-src 'nonce-n1';"`,
      ),
    );
  });

  it('escapes the title and keeps the style and body', () => {
    const html = webviewPage(page);
    assert.ok(html.includes('<title>A &lt;b&gt; title</title>') && html.includes('<style nonce="n1">h1 {}</style>') && html.includes('<body>\n<h1>x</h1>\n</body>'));
  });
});

describe('report HTML', () => {
  const model = { fileName: '<x>.note.md', isNote: true, complaint: 'Chest pain', timeUsed: '7:34', summary: '4/5', sections: [{ title: 'HPI', pass: false, reasons: ['<script>'] }], findings: [] };

  it('escapes text and sets a strict CSP', () => {
    const html = reportHtml(model, { cspSource: 'vscode-webview:', nonce: 'abc' });
    assert.ok(!html.includes('<script>alert') && !html.includes('<x>') && html.includes('&lt;script&gt;'));
    assert.ok(html.includes("default-src 'none'; style-src vscode-webview: 'nonce-abc'; script-src 'nonce-abc';"));
    assert.ok(html.includes('No findings'));
    assert.equal(escapeHtml(`"'&`), '&quot;&#39;&amp;');
  });

  it('offers "Treat as CS note" for other Markdown', () => {
    assert.ok(reportHtml({ ...model, isNote: false }, { cspSource: 's', nonce: 'n' }).includes('treat-as-note'));
  });
});
